package dev.iia.brief;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes user text for CommonMark/GFM so that it always renders as the literal text written: no
 * headings, lists, links, images, HTML, code or emphasis can be smuggled in, and a table cell can
 * never be broken by {@code |} or a line break. A backslash is only added where the character could
 * mean something, so ordinary prose ({@code 2.5 million}, {@code -1.37}, {@code a < b}) stays readable.
 */
public final class Markdown {
    /** Characters that start or end inline syntax anywhere in a line: {@code \ ` * _ [ ] | ~}. */
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "\\`*_[]|~".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private Markdown() {
    }

    /** Text kept on one line: for headings, list items and links' text. */
    public static String inline(String text) {
        if (text == null) {
            return "";
        }
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        appendLine(line, 0, line.length(), out);
        return out.toString();
    }

    /** Text for a table cell: one line, pipes escaped. */
    public static String cell(String text) {
        return inline(text);
    }

    /** Multi-line text as paragraphs: lines kept (without their indentation), blank lines separate paragraphs. */
    public static String block(String text) {
        if (text == null) {
            return "";
        }
        String lines = withNewlines(text);
        StringBuilder out = new StringBuilder(lines.length() + 16);
        boolean blankBefore = false;
        for (int start = 0; start <= lines.length(); ) {
            int end = lines.indexOf('\n', start);
            end = end < 0 ? lines.length() : end;
            int from = start;
            int to = end;
            start = end + 1;
            while (from < to && Character.isWhitespace(lines.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(lines.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                blankBefore = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankBefore ? "\n\n" : "\n");
            }
            blankBefore = false;
            appendLine(lines, from, to, out);
        }
        return out.toString();
    }

    /** Joins the lines of a text with single spaces: {@code "a\n\n b"} becomes {@code "a b"}. */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String lines = withNewlines(text);
        if (lines.indexOf('\n') < 0) {
            return lines.strip();
        }
        StringBuilder out = new StringBuilder(lines.length());
        for (String line : lines.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(stripped);
            }
        }
        return out.toString();
    }

    /** The text with every line break (CR, LF or CRLF, as CommonMark knows them) written as LF. */
    private static String withNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Appends {@code text[from, to)}, a line without surrounding whitespace, escaped: a backslash before
     * each character that could start or end inline syntax, and before what would only mean something
     * at the start of the line or as a heading's closing hashes.
     */
    private static void appendLine(String text, int from, int to, StringBuilder out) {
        int lineStart = lineStartEscape(text, from, to);
        int closingHashes = closingHashes(text, from, to);
        int copied = from;
        for (int i = from; i < to; i++) {
            if (i == lineStart || i == closingHashes || escaped(text, i, to)) {
                out.append(text, copied, i).append('\\');
                copied = i;
            }
        }
        out.append(text, copied, to);
    }

    private static boolean escaped(String text, int i, int to) {
        char c = text.charAt(i);
        if (c >= 128) {
            return false;
        }
        return SPECIAL[c]
                || c == '<' && i + 1 < to && opensHtml(text.charAt(i + 1))
                || c == '&' && isEntity(text, i, to);
    }

    /** {@code <} opens raw HTML or an autolink only when a letter, {@code /}, {@code !} or {@code ?} follows. */
    private static boolean opensHtml(char next) {
        return next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '!' || next == '?';
    }

    /** {@code &name;}, {@code &#123;} or {@code &#x1F;}: an entity CommonMark would decode. */
    private static boolean isEntity(String text, int ampersand, int to) {
        int i = ampersand + 1;
        if (i < to && text.charAt(i) == '#') {
            i++;
        }
        int start = i;
        while (i < to && text.charAt(i) < 128 && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i > start && i < to && text.charAt(i) == ';';
    }

    /**
     * Where a backslash keeps the line from starting a block (a heading, list item, quote, setext
     * underline or thematic break), or -1. A line whose first character is escaped anyway needs none.
     */
    private static int lineStartEscape(String text, int from, int to) {
        char first = text.charAt(from);
        if (escaped(text, from, to)) {
            return -1;
        }
        if (first == '>' || first == '#' && isAtxHeading(text, from, to) || (first == '-' || first == '+') && spaceOrEndAt(text, from + 1, to)
                || first == '=' && only(text, from, to, "=") || first == '-' && isDashLine(text, from, to)) {
            return from;
        }
        int digits = 0;
        while (from + digits < to && digits < 10 && text.charAt(from + digits) >= '0' && text.charAt(from + digits) <= '9') {
            digits++;
        }
        int delimiter = from + digits;
        boolean ordered = digits >= 1 && digits <= 9 && delimiter < to
                && (text.charAt(delimiter) == '.' || text.charAt(delimiter) == ')') && spaceOrEndAt(text, delimiter + 1, to);
        return ordered ? delimiter : -1;
    }

    /** The start of a run of {@code #} that ends the line after a space (it would close a heading and vanish), or -1. */
    private static int closingHashes(String text, int from, int to) {
        int run = to;
        while (run > from && text.charAt(run - 1) == '#') {
            run--;
        }
        return run < to && run > from && Character.isWhitespace(text.charAt(run - 1)) ? run : -1;
    }

    private static boolean isAtxHeading(String text, int from, int to) {
        int hashes = 0;
        while (from + hashes < to && text.charAt(from + hashes) == '#') {
            hashes++;
        }
        return hashes <= 6 && spaceOrEndAt(text, from + hashes, to);
    }

    private static boolean spaceOrEndAt(String text, int index, int to) {
        return index >= to || Character.isWhitespace(text.charAt(index));
    }

    private static boolean only(String text, int from, int to, String allowed) {
        for (int i = from; i < to; i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A setext underline ({@code ---}) or a thematic break ({@code - - -}). */
    private static boolean isDashLine(String text, int from, int to) {
        if (!only(text, from, to, "- \t")) {
            return false;
        }
        int dashes = 0;
        for (int i = from; i < to; i++) {
            dashes += text.charAt(i) == '-' ? 1 : 0;
        }
        return dashes >= 3 || only(text, from, to, "-");
    }

    /**
     * Rendered Markdown made tidy: line breaks are {@code \n}, runs of blank lines outside fenced code
     * become one, and the text ends with one line break.
     */
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
                fence = closesFence(line, fence) ? null : fence;
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

    private static boolean closesFence(String line, String fence) {
        String stripped = line.strip();
        if (stripped.length() < fence.length()) {
            return false;
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) != fence.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
