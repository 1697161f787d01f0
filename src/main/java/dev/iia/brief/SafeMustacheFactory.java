package dev.iia.brief;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.AbstractObjectHandler;
import com.github.mustachejava.util.Wrapper;
import dev.iia.problem.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mustache factory for templates nobody checked: values are escaped for Markdown, not HTML
 * ({@link Markdown#block}); unescaped output and pragmas are refused whatever the delimiters; names
 * are looked up as keys of the {@link ViewTree} maps and nothing else, so no Java method is ever
 * called; a name the model does not have is an error at its tag; partials nest at most
 * {@link #MAX_PARTIAL_DEPTH} deep, and one render may look names up at most {@link #MAX_LOOKUPS}
 * times, which bounds its time whatever the sections multiply.
 */
final class SafeMustacheFactory extends DefaultMustacheFactory {
    static final int MAX_PARTIAL_DEPTH = 8;
    /** The built-in brief needs about 1,300; this is a fraction of a second. */
    static final int MAX_LOOKUPS = 100_000;

    /** Lookups left in the render running on this thread (renders of one template run in parallel). */
    private static final ThreadLocal<int[]> LOOKUPS_LEFT = new ThreadLocal<>();

    SafeMustacheFactory(TemplateResolver resolver) {
        super(resolver);
        setObjectHandler(new ViewHandler());
        setRecursionLimit(MAX_PARTIAL_DEPTH);
    }

    /** Renders {@code scope} with a fresh lookup budget. */
    static void render(Mustache mustache, Writer out, Object scope) {
        LOOKUPS_LEFT.set(new int[] {MAX_LOOKUPS});
        try {
            mustache.execute(out, scope);
        } finally {
            LOOKUPS_LEFT.remove();
        }
    }

    /**
     * Marks a {@link Markup} value on its way from {@code stringify} to {@code encode}; plain text
     * never carries it, because {@code stringify} replaces the character in every string.
     */
    private static final char MARKUP = '\u0000';

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(!value.isEmpty() && value.charAt(0) == MARKUP ? value.substring(1) : Markdown.block(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new SafeMustacheVisitor(this);
    }

    /** A name the view model does not have, or a render that ran out of lookups: at its tag. */
    static final class LocatedProblem extends MustacheException {
        private static final long serialVersionUID = 1L;
        final transient TemplateContext context;
        final String name;
        final String detail;

        LocatedProblem(String name, TemplateContext context, String detail) {
            super(detail);
            this.name = name;
            this.context = context;
            this.detail = detail;
        }
    }

    /**
     * Looks names up as keys of the maps in scope, innermost first, and follows {@code a.b} through
     * nested maps. Never reflects on objects; a name that is nowhere is an error.
     */
    private static final class ViewHandler extends AbstractObjectHandler {
        @Override
        public String stringify(Object object) {
            if (object instanceof Markup markup) {
                return MARKUP + markup.markdown();
            }
            return object.toString().replace(MARKUP, '\uFFFD');
        }

        @Override
        public Wrapper find(String name, List<Object> scopes) {
            return new Lookup(name, null);
        }

        /** Called for every tag, text included (with a null name), when a template is compiled. */
        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            return new Lookup(name, tc);
        }

        /** One name, looked up in the scopes of each render. */
        private static final class Lookup implements Binding, Wrapper {
            private final String name;
            private final String[] path;
            private final TemplateContext tc;

            Lookup(String name, TemplateContext tc) {
                this.name = name;
                this.path = name == null ? new String[] {""} : name.split("\\.", -1);
                this.tc = tc;
            }

            @Override
            public Object get(List<Object> scopes) {
                return lookup(name, path, scopes, tc);
            }

            @Override
            public Object call(List<Object> scopes) {
                return lookup(name, path, scopes, tc);
            }
        }

        private static Object lookup(String name, String[] path, List<Object> scopes, TemplateContext tc) {
            spendOne(name, tc);
            for (int i = scopes.size() - 1; i >= 0; i--) {
                if (scopes.get(i) instanceof Map<?, ?> map && map.containsKey(path[0])) {
                    return descend(map.get(path[0]), path, name, tc);
                }
            }
            throw missing(name, path[0], scopes, tc);
        }

        private static void spendOne(String name, TemplateContext tc) {
            int[] left = LOOKUPS_LEFT.get();
            if (left != null && --left[0] < 0) {
                throw new LocatedProblem(name, tc, "the template does too much work (more than " + MAX_LOOKUPS
                        + " lookups): sections inside sections multiply; nest fewer");
            }
        }

        private static Object descend(Object value, String[] path, String name, TemplateContext tc) {
            Object current = value;
            for (int p = 1; p < path.length && current != null; p++) {
                if (!(current instanceof Map<?, ?> map) || !map.containsKey(path[p])) {
                    String parent = String.join(".", Arrays.copyOf(path, p));
                    List<Object> inner = current instanceof Map<?, ?> ? List.of(current) : List.of();
                    LocatedProblem error = missing(name, path[p], inner, tc);
                    throw current instanceof Map<?, ?> ? error
                            : new LocatedProblem(name, tc, "'" + parent + "' is a value, not a map of keys, so '" + name + "' does not exist");
                }
                current = map.get(path[p]);
            }
            return current;
        }

        private static LocatedProblem missing(String name, String key, List<Object> scopes, TemplateContext tc) {
            Set<String> known = new LinkedHashSet<>();
            for (int i = scopes.size() - 1; i >= 0; i--) {
                if (scopes.get(i) instanceof Map<?, ?> map) {
                    map.keySet().forEach(k -> known.add(String.valueOf(k)));
                }
            }
            return new LocatedProblem(name, tc, "unknown key '" + name + "'" + Suggestions.didYouMean(key, known)
                    + " (docs/templates.md lists the keys)");
        }
    }
}
