package dev.iia.brief;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.AbstractObjectHandler;
import com.github.mustachejava.util.Wrapper;
import dev.iia.io.FileAccessException;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import dev.iia.problem.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders view models to Markdown with Mustache templates: the built-in ones in {@code /templates}, or
 * a user's own template whose partials are looked up next to it first, then among the built-in ones.
 *
 * <p>What makes the output safe whatever the data says:
 * <ul>
 * <li>every {@code {{value}}} is escaped for Markdown ({@link Markdown#block}), not for HTML;
 *     {@code {{{raw}}}}, {@code {{& raw}}} and pragmas are refused, whatever the delimiters;</li>
 * <li>templates see the model only as the tree {@link ViewTree} makes (maps, lists, text, numbers):
 *     a name is looked up as a map key and nothing else, so no Java method is ever called;</li>
 * <li>a name the model does not have is an error at the template's line and column (strict mode),
 *     never an empty string;</li>
 * <li>{@code {{#oneLine}}...{{/oneLine}}} joins what it renders into one line, for table cells;</li>
 * <li>each template file's final line break is dropped, so a partial on a line of its own adds
 *     exactly its lines (no blank line that would split a table).</li>
 * </ul>
 */
public final class MarkdownTemplates {
    public static final String BRIEF = "brief.mustache";
    public static final String DIFF = "diff.mustache";
    public static final String AGREE = "agree.mustache";

    /** The lambda templates use to keep a rendered value, or a whole table row, on one line. */
    private static final String ONE_LINE = "oneLine";
    private static final int MAX_TEMPLATE_BYTES = 1024 * 1024;
    private static final Function<String, String> JOIN_LINES = Markdown::oneLine;
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private final Sources sources;
    private final Mustache mustache;

    private MarkdownTemplates(Sources sources, String name) {
        this.sources = sources;
        Factory factory = new Factory(sources);
        try {
            this.mustache = factory.compile(name);
        } catch (MustacheException e) {
            throw problem(e);
        }
    }

    /** A built-in template, e.g. {@link #BRIEF}. */
    public static MarkdownTemplates builtIn(String name) {
        return new MarkdownTemplates(new Sources(null), name);
    }

    /**
     * A user's template file; its partials come from its folder, else from the built-in templates.
     *
     * @throws FileAccessException when the file cannot be read
     * @throws TemplateException   when the template (or a partial) is not valid
     */
    public static MarkdownTemplates file(Path template) {
        if (!Files.isRegularFile(template)) {
            throw new FileAccessException(template + ": cannot read template: " + (Files.exists(template)
                    ? "not a regular file" : "no such file"));
        }
        Path folder = template.toAbsolutePath().normalize().getParent();
        Path shownFolder = template.getParent() == null ? Path.of("") : template.getParent();
        return new MarkdownTemplates(new Sources(new UserFolder(folder, shownFolder)), template.getFileName().toString());
    }

    /**
     * Renders {@code model} (a record such as {@link Brief}) and tidies the result: line breaks are
     * {@code \n}, runs of blank lines outside fenced code become one, and the text ends with one line break.
     *
     * @throws TemplateException when the template names a key the model does not have
     */
    public String render(Record model) {
        Map<String, Object> tree = ViewTree.of(model);
        tree.put(ONE_LINE, JOIN_LINES);
        TextWriter out = new TextWriter();
        try {
            mustache.execute(out, tree);
        } catch (MustacheException e) {
            throw problem(e);
        }
        return tidy(out.text.toString());
    }

    static String tidy(String rendered) {
        String text = rendered.indexOf('\r') < 0 ? rendered : rendered.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        String fence = null;
        boolean blankBefore = true;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            boolean blank = isBlank(text, start, end);
            if (fence != null) {
                String line = text.substring(start, end);
                fence = closes(line, fence) ? null : fence;
                out.append(line).append('\n');
            } else if (!blank) {
                fence = opensFence(text, start, end);
                out.append(text, start, end).append('\n');
            } else if (!blankBefore) {
                out.append('\n');
            }
            blankBefore = blank && fence == null;
            start = end + 1;
        }
        int length = out.length();
        while (length > 0 && Character.isWhitespace(out.charAt(length - 1))) {
            length--;
        }
        out.setLength(length);
        return length == 0 ? "" : out.append('\n').toString();
    }

    /** The fence a line opens (up to three spaces, then three or more backticks or tildes), or null. */
    private static String opensFence(String text, int start, int end) {
        int first = start;
        while (first < end && first - start < 3 && text.charAt(first) == ' ') {
            first++;
        }
        if (first == end || text.charAt(first) != '`' && text.charAt(first) != '~') {
            return null;
        }
        Matcher opening = FENCE.matcher(text.substring(start, end));
        return opening.find() ? opening.group(1) : null;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean closes(String line, String fence) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** Turns what Mustache.java throws into one problem at the template's file, line and column. */
    private TemplateException problem(MustacheException e) {
        MissingKey missing = cause(e, MissingKey.class);
        if (missing != null) {
            return sources.problemAt(missing.context, missing.name, missing.detail);
        }
        MustacheNotFoundException notFound = cause(e, MustacheNotFoundException.class);
        if (notFound != null) {
            return sources.partialNotFound(notFound.getName());
        }
        TemplateContext context = innermostContext(e);
        String message = bareMessage(e);
        if (context == null) {
            return new TemplateException(new Problem(sources.mainShown(), Location.START, message));
        }
        return sources.problemAt(context, null, message);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static TemplateContext innermostContext(Throwable e) {
        TemplateContext found = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MustacheException m && m.getContext() != null) {
                found = m.getContext();
            }
        }
        return found;
    }

    /** The message of the innermost Mustache exception, without the {@code @[file:line]} it appends. */
    private static String bareMessage(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (t instanceof MustacheException || message == null)) {
                message = t.getMessage();
            }
        }
        String bare = message == null ? "" : message.replaceAll(" @\\[[^\\]]*]$", "").strip();
        return bare.isEmpty() ? "invalid template" : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    /** A writer into a StringBuilder: StringWriter's locking costs a brief a quarter of its rendering time. */
    private static final class TextWriter extends Writer {
        private final StringBuilder text = new StringBuilder(64 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The folder of a user's template: where it really is, and how to name it to the user. */
    private record UserFolder(Path folder, Path shown) {
    }

    /** Finds template files, remembers their text for error locations, and names them as users know them. */
    private static final class Sources implements MustacheResolver {
        private final UserFolder user;
        private final Map<String, String> texts = new ConcurrentHashMap<>();
        private final Map<String, String> shownNames = new ConcurrentHashMap<>();
        private String mainName;

        Sources(UserFolder user) {
            this.user = user;
        }

        @Override
        public Reader getReader(String name) {
            if (mainName == null) {
                mainName = name;
            }
            String text = user == null ? null : userTemplate(name);
            if (text == null) {
                text = builtInTemplate(name);
                if (text != null) {
                    shownNames.put(name, "templates/" + name + " (built in)");
                }
            }
            if (text == null) {
                return null;
            }
            text = text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            texts.put(name, text);
            return new StringReader(text);
        }

        private String userTemplate(String name) {
            Path file = user.folder().resolve(name).normalize();
            if (!file.startsWith(user.folder()) || !Files.isRegularFile(file)) {
                return null;
            }
            String shown = user.shown().resolve(name).toString();
            try {
                if (Files.size(file) > MAX_TEMPLATE_BYTES) {
                    throw new TemplateException(new Problem(shown, Location.START,
                            "template is larger than " + (MAX_TEMPLATE_BYTES >> 20) + " MB"));
                }
                shownNames.put(name, shown);
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new TemplateException(new Problem(shown, Location.START, "template is not UTF-8 text"));
            } catch (IOException e) {
                throw FileAccessException.reading(Path.of(shown), e);
            }
        }

        private static String builtInTemplate(String name) {
            if (name.startsWith("/") || name.contains("..")) {
                return null;
            }
            try (InputStream in = MarkdownTemplates.class.getResourceAsStream("/templates/" + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String mainShown() {
            return shown(mainName);
        }

        String shown(String name) {
            return name == null ? "template" : shownNames.getOrDefault(name, name);
        }

        TemplateException problemAt(TemplateContext context, String key, String message) {
            return new TemplateException(new Problem(shown(context.file()),
                    new Location(context.line(), column(context, key)), message));
        }

        /** Where in its line the tag naming {@code key} starts; the line's first tag when unknown. */
        private int column(TemplateContext context, String key) {
            String text = texts.get(context.file());
            if (text == null) {
                return 1;
            }
            List<String> lines = text.lines().toList();
            if (context.line() < 1 || context.line() > lines.size()) {
                return 1;
            }
            String line = lines.get(context.line() - 1);
            String pattern = Pattern.quote(context.startChars()) + "[#^/&>{]?\\s*" + (key == null ? "" : Pattern.quote(key) + "\\b");
            Matcher tag = Pattern.compile(pattern).matcher(line);
            return tag.find() ? tag.start() + 1 : 1;
        }

        /** A partial is missing: reported at the tag that includes it, found in the templates read so far. */
        TemplateException partialNotFound(String name) {
            String partial = name.replaceAll("\\.mustache$", "");
            String where = user == null ? "the built-in templates"
                    : (user.shown().toString().isEmpty() ? "the current folder" : user.shown() + "/") + " and the built-in templates";
            String message = "partial '" + partial + "' not found (looked in " + where + ")";
            Pattern tag = Pattern.compile("\\{\\{>\\s*" + Pattern.quote(Path.of(partial).getFileName().toString()) + "\\s*}}");
            for (Map.Entry<String, String> source : texts.entrySet()) {
                List<String> lines = source.getValue().lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = tag.matcher(lines.get(i));
                    if (matcher.find()) {
                        return new TemplateException(new Problem(shown(source.getKey()), new Location(i + 1, matcher.start() + 1), message));
                    }
                }
            }
            return new TemplateException(new Problem(mainShown(), Location.START, message));
        }
    }

    /** Markdown escaping instead of HTML, and none of the constructs that could bypass it. */
    private static final class Factory extends DefaultMustacheFactory {
        Factory(Sources sources) {
            super(sources);
            setObjectHandler(new ViewHandler());
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(Markdown.block(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
                @Override
                public void pragma(TemplateContext tc, String pragma, String args) {
                    throw new MustacheException("pragmas are not allowed in iia templates", tc);
                }

                @Override
                public void value(TemplateContext tc, String variable, boolean encoded) {
                    if (!encoded) {
                        throw new MustacheException("unescaped output ({{{" + variable + "}}} or {{& " + variable
                                + "}}) is not allowed: iia escapes every value for Markdown", tc);
                    }
                    super.value(tc, variable, encoded);
                }
            };
        }
    }

    /** A name the view model does not have. */
    private static final class MissingKey extends MustacheException {
        private static final long serialVersionUID = 1L;
        private final transient TemplateContext context;
        private final String name;
        private final String detail;

        MissingKey(String name, TemplateContext context, String detail) {
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
        public Wrapper find(String name, List<Object> scopes) {
            String[] path = path(name);
            return current -> lookup(name, path, current, null);
        }

        /** Called for every tag, text included (with a null name), when a template is compiled. */
        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            String[] path = path(name);
            return scopes -> lookup(name, path, scopes, tc);
        }

        private static String[] path(String name) {
            return name == null ? new String[] {""} : name.split("\\.", -1);
        }

        private static Object lookup(String name, String[] path, List<Object> scopes, TemplateContext tc) {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                if (scopes.get(i) instanceof Map<?, ?> map && map.containsKey(path[0])) {
                    return descend(map.get(path[0]), path, name, scopes, tc);
                }
            }
            throw missing(name, path[0], scopes, tc);
        }

        private static Object descend(Object value, String[] path, String name, List<Object> scopes, TemplateContext tc) {
            Object current = value;
            for (int p = 1; p < path.length && current != null; p++) {
                if (!(current instanceof Map<?, ?> map) || !map.containsKey(path[p])) {
                    String parent = String.join(".", java.util.Arrays.copyOf(path, p));
                    List<Object> inner = current instanceof Map<?, ?> ? List.of(current) : List.of();
                    MissingKey error = missing(name, path[p], inner, tc);
                    throw current instanceof Map<?, ?> ? error
                            : new MissingKey(name, tc, "'" + parent + "' is a value, not a map of keys, so '" + name + "' does not exist");
                }
                current = map.get(path[p]);
            }
            return current;
        }

        private static MissingKey missing(String name, String key, List<Object> scopes, TemplateContext tc) {
            Set<String> known = new LinkedHashSet<>();
            for (int i = scopes.size() - 1; i >= 0; i--) {
                if (scopes.get(i) instanceof Map<?, ?> map) {
                    map.keySet().forEach(k -> known.add(String.valueOf(k)));
                }
            }
            return new MissingKey(name, tc, "unknown key '" + name + "'" + Suggestions.didYouMean(key, known)
                    + " (docs/templates.md lists the keys)");
        }
    }
}
