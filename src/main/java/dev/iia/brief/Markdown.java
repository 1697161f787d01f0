package dev.iia.brief;

import java.util.ArrayList;
import java.util.List;

/**
 * Escapes user text for CommonMark/GFM so that it always renders as the literal text written: no
 * headings, lists, links, images, HTML, code or emphasis can be smuggled in, and a table cell can
 * never be broken by {@code |} or a line break. A backslash is only added where the character could
 * mean something, so ordinary prose ({@code 2.5 million}, {@code -1.37}, {@code a < b}) stays readable.
 */
public final class Markdown {
    /** Characters that start or end inline syntax anywhere in a line. */
    private static final String INLINE_SPECIALS = "\\`*_[]|~";

    private Markdown() {
    }

    /** Text kept on one line: for headings, list items and links' text. */
    public static String inline(String text) {
        if (text == null) {
            return "";
        }
        return line(oneLine(text));
    }

    /** Text for a table cell: one line, pipes escaped. */
    public static String cell(String text) {
        return inline(text);
    }

    /** Multi-line text as paragraphs: lines kept, blank lines separate paragraphs. */
    public static String block(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return line(text);
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

    /** Joins the lines of a text with single spaces: {@code "a\n\n b"} becomes {@code "a b"}. */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        return String.join(" ", text.strip().split("\\s*\\R\\s*"));
    }

    /** Escapes one line of text, including what would only mean something at the start of a line. */
    static String line(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return "";
        }
        int length = stripped.length();
        StringBuilder out = new StringBuilder(length + 8);
        for (int i = 0; i < length; i++) {
            char c = stripped.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0
                    || c == '<' && i + 1 < length && opensHtml(stripped.charAt(i + 1))
                    || c == '&' && isEntity(stripped, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        escapeClosingHashes(out);
        return escapeLineStart(out);
    }

    /** {@code <} opens raw HTML or an autolink only when a letter, {@code /}, {@code !} or {@code ?} follows. */
    private static boolean opensHtml(char next) {
        return next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '!' || next == '?';
    }

    /** {@code &name;}, {@code &#123;} or {@code &#x1F;}: an entity CommonMark would decode. */
    private static boolean isEntity(String text, int ampersand) {
        int i = ampersand + 1;
        if (i < text.length() && text.charAt(i) == '#') {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128) {
            i++;
        }
        return i > start && i < text.length() && text.charAt(i) == ';';
    }

    /** A run of {@code #} after a space at the end of a line would close a heading and vanish. */
    private static void escapeClosingHashes(StringBuilder line) {
        int start = line.length();
        while (start > 0 && line.charAt(start - 1) == '#') {
            start--;
        }
        if (start < line.length() && start > 0 && Character.isWhitespace(line.charAt(start - 1))) {
            line.insert(start, '\\');
        }
    }

    private static String escapeLineStart(StringBuilder line) {
        char first = line.charAt(0);
        if (first == '\\') {
            return line.toString();
        }
        if (first == '>' || first == '#' && isAtxHeading(line) || (first == '-' || first == '+') && spaceOrEndAt(line, 1)
                || first == '=' && only(line, '=') || first == '-' && isDashLine(line)) {
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits)) && line.charAt(digits) < 128) {
            digits++;
        }
        if (digits >= 1 && digits <= 9 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && spaceOrEndAt(line, digits + 1)) {
            line.insert(digits, '\\');
        }
        return line.toString();
    }

    private static boolean isAtxHeading(CharSequence line) {
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        return hashes <= 6 && spaceOrEndAt(line, hashes);
    }

    private static boolean spaceOrEndAt(CharSequence line, int index) {
        return index >= line.length() || Character.isWhitespace(line.charAt(index));
    }

    private static boolean only(CharSequence line, char c) {
        return line.chars().allMatch(x -> x == c);
    }

    /** A setext underline ({@code ---}) or a thematic break ({@code - - -}). */
    private static boolean isDashLine(CharSequence line) {
        long dashes = line.chars().filter(c -> c == '-').count();
        boolean onlyDashesAndSpaces = line.chars().allMatch(c -> c == '-' || c == ' ' || c == '\t');
        return onlyDashesAndSpaces && (dashes >= 3 || only(line, '-'));
    }
}
