package dev.iia.brief;

import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.TemplateContext;
import dev.iia.brief.TemplateSource.TemplateText;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives Mustache.java the templates of a {@link TemplateSource}, checked (sections, total size) and
 * without their final line break, so that a partial on a line of its own adds exactly its lines.
 * Remembers each text so that problems can name a template's file, line and column.
 */
final class TemplateResolver implements MustacheResolver {
    /** All templates of one render together: a brief's own are under 20 kB. */
    static final int MAX_TOTAL_CHARS = 1024 * 1024;

    private final TemplateSource source;
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, String> shownNames = new ConcurrentHashMap<>();
    private int totalChars;
    private String mainName;

    TemplateResolver(TemplateSource source) {
        this.source = source;
    }

    @Override
    public synchronized Reader getReader(String name) {
        if (mainName == null) {
            mainName = name;
        }
        Optional<TemplateText> found = source.read(name);
        if (found.isEmpty()) {
            return null;
        }
        String shown = found.get().shown();
        String text = withoutFinalLineBreak(found.get().text());
        totalChars += text.length();
        if (totalChars > MAX_TOTAL_CHARS) {
            throw new TemplateException(new Problem(shown, Location.START, "the template and its partials are larger than "
                    + (MAX_TOTAL_CHARS >> 20) + " MB together"));
        }
        TemplateShape.check(text, shown);
        shownNames.put(name, shown);
        texts.put(name, text);
        return new StringReader(text);
    }

    private static String withoutFinalLineBreak(String text) {
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    String mainShown() {
        return shown(mainName);
    }

    String shown(String name) {
        return name == null ? "template" : shownNames.getOrDefault(name, name);
    }

    TemplateException problemAt(TemplateContext context, String key, String message) {
        return new TemplateException(new Problem(shown(context.file()), new Location(context.line(), column(context, key)), message));
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
        String message = "partial '" + partial + "' not found (looked in " + source.describe() + ")";
        Pattern tag = Pattern.compile("\\{\\{>\\s*" + Pattern.quote(partial.substring(partial.lastIndexOf('/') + 1)) + "\\s*}}");
        for (Map.Entry<String, String> template : texts.entrySet()) {
            List<String> lines = template.getValue().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = tag.matcher(lines.get(i));
                if (matcher.find()) {
                    return new TemplateException(new Problem(shown(template.getKey()), new Location(i + 1, matcher.start() + 1), message));
                }
            }
        }
        return new TemplateException(new Problem(mainShown(), Location.START, message));
    }
}
