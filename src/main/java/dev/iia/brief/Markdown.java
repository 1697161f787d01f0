package dev.iia.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Escapes user text for CommonMark/GFM so that it always renders as the literal text written: no
 * headings, lists, links, images, HTML, code or emphasis can be smuggled in, and a table cell can
 * never be broken by {@code |} or a line break.
 */
public final class Markdown {
    /** Characters that start inline syntax anywhere in a line. */
    private static final String INLINE_SPECIALS = "\\`*_[]<>|~";
    private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern SETEXT_OR_BREAK = Pattern.compile("^(=+|-+|(?:[-*_]\\s*){3,})$");

    private Markdown() {
    }

    /** Text kept on one line: for headings, list items and links' text. */
    public static String inline(String text) {
        if (text == null) {
            return "";
        }
        return line(String.join(" ", text.strip().split("\\s*\\R\\s*")));
    }

    /** Text for a table cell: one line, pipes escaped, never empty-looking. */
    public static String cell(String text) {
        return inline(text);
    }

    /** Multi-line text as paragraphs: lines kept, blank lines separate paragraphs. */
    public static String block(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        boolean blank = true;
        for (String raw : text.strip().split("\\R", -1)) {
            String stripped = raw.strip();
            if (stripped.isEmpty()) {
                if (!blank) {
                    lines.add("");
                }
                blank = true;
                continue;
            }
            lines.add(line(stripped));
            blank = false;
        }
        return String.join("\n", lines).strip();
    }

    /** Escapes one line of text, including what would only mean something at the start of a line. */
    static String line(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(stripped.length() + 8);
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = ENTITY.matcher(out).replaceAll("\\\\&$1");
        return escapeLineStart(escaped);
    }

    private static String escapeLineStart(String line) {
        if (SETEXT_OR_BREAK.matcher(line.replace("\\", "")).matches()) {
            return "\\" + line;
        }
        char first = line.charAt(0);
        if (first == '#' || first == '+' || first == '-' || first == '=') {
            return "\\" + line;
        }
        var ordered = ORDERED_ITEM.matcher(line);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + line.substring(ordered.end());
        }
        return line;
    }
}
