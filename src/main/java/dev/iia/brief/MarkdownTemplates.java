package dev.iia.brief;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.TemplateContext;
import dev.iia.brief.SafeMustacheFactory.LocatedProblem;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders view models to Markdown with Mustache templates: the built-in ones, or a user's from a
 * {@link TemplateSource} (partials from there first, then among the built-in ones).
 *
 * <p>Safe whatever the data and the template say: values are escaped for Markdown
 * ({@link Markdown#block}); the factory ({@link SafeMustacheFactory}) reaches only the model's keys
 * and bounds the work; sections are checked before compiling ({@link TemplateShape}); the output is
 * at most {@link #MAX_OUTPUT_CHARS}. {@code {{#oneLine}}...{{/oneLine}}} joins what it renders into
 * one line, for table cells. Every problem is one {@link TemplateException} at file:line:column.
 */
public final class MarkdownTemplates {
    public static final String BRIEF = "brief.mustache";
    public static final String DIFF = "diff.mustache";
    public static final String AGREE = "agree.mustache";
    /** Ten times the longest brief a rubric of a hundred questions could give. */
    static final int MAX_OUTPUT_CHARS = 16 * 1024 * 1024;

    /** The lambda templates use to keep a rendered value, or a whole table row, on one line. */
    private static final String ONE_LINE = "oneLine";
    private static final Function<String, String> JOIN_LINES = new JoinLines();

    private final TemplateResolver resolver;
    private final Mustache mustache;

    private MarkdownTemplates(TemplateSource source, String name) {
        this.resolver = new TemplateResolver(source);
        try {
            this.mustache = new SafeMustacheFactory(resolver).compile(name);
        } catch (MustacheException e) {
            throw problem(e);
        }
    }

    /** A built-in template, e.g. {@link #BRIEF}. */
    public static MarkdownTemplates builtIn(String name) {
        return new MarkdownTemplates(TemplateSource.builtIn(), name);
    }

    /**
     * The template {@code name} of a user's source; partials it does not have come from the built-in ones.
     *
     * @throws TemplateException when the template (or a partial) is not valid
     */
    public static MarkdownTemplates of(TemplateSource user, String name) {
        return new MarkdownTemplates(user.orElse(TemplateSource.builtIn()), name);
    }

    /**
     * Renders {@code model} (a record such as {@link Brief}) and tidies the result ({@link Markdown#tidy}).
     *
     * @throws TemplateException when the template names a key the model does not have, or does too much
     */
    public String render(Record model) {
        Map<String, Object> tree = ViewTree.of(model);
        tree.put(ONE_LINE, JOIN_LINES);
        BoundedWriter out = new BoundedWriter();
        try {
            SafeMustacheFactory.render(mustache, out, tree);
        } catch (OutputTooLarge e) {
            throw outputTooLarge();
        } catch (MustacheException e) {
            throw problem(e);
        }
        return Markdown.tidy(out.text.toString());
    }

    /** Turns what Mustache.java throws into one problem at the template's file, line and column. */
    private TemplateException problem(MustacheException e) {
        OutputTooLarge tooLarge = cause(e, OutputTooLarge.class);
        if (tooLarge != null) {
            return outputTooLarge();
        }
        LocatedProblem located = cause(e, LocatedProblem.class);
        if (located != null) {
            return located.context == null ? new TemplateException(new Problem(resolver.mainShown(), Location.START, located.detail))
                    : resolver.problemAt(located.context, located.name, located.detail);
        }
        MustacheNotFoundException notFound = cause(e, MustacheNotFoundException.class);
        if (notFound != null) {
            return resolver.partialNotFound(notFound.getName());
        }
        TemplateContext context = innermostContext(e);
        String message = bareMessage(e);
        if (context == null) {
            return new TemplateException(new Problem(resolver.mainShown(), Location.START, message));
        }
        return resolver.problemAt(context, null, message);
    }

    private TemplateException outputTooLarge() {
        return new TemplateException(new Problem(resolver.mainShown(), Location.START, "the template writes more than "
                + (MAX_OUTPUT_CHARS >> 20) + " MB: sections inside sections multiply; nest fewer"));
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

    /**
     * {@link Markdown#oneLine} as the {@link #ONE_LINE} lambda: a class rather than a method reference,
     * which every brief would link at start-up.
     */
    private static final class JoinLines implements Function<String, String> {
        @Override
        public String apply(String text) {
            return Markdown.oneLine(text);
        }
    }

    /** The output passed its bound. */
    private static final class OutputTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputTooLarge() {
            super(null, null, false, false);
        }
    }

    /**
     * A writer into a StringBuilder that stops at {@link #MAX_OUTPUT_CHARS}; StringWriter's locking
     * would cost a brief a quarter of its rendering time.
     */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder(64 * 1024);

        private void room(int length) {
            if (text.length() + length > MAX_OUTPUT_CHARS) {
                throw new OutputTooLarge();
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            room(length);
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            room(string.length());
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            room(length);
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            room(1);
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
