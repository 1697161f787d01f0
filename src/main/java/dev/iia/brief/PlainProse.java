package dev.iia.brief;

/**
 * Author text that is plain prose: lines of words and punctuation that CommonMark reads as
 * paragraphs of literal text, with nothing {@link SafeMarkdown} would escape. Most rationales are;
 * they are made safe without parsing, which on a cold JVM costs a brief milliseconds per text.
 */
final class PlainProse {
    /** Characters that are, or may start, Markdown syntax anywhere in a line, or that SafeMarkdown escapes. */
    private static final String SYNTAX = "\\`*_[]|~<>&!#";
    /** Characters that may start a block (a list item, a quote, a heading's underline) at the start of a line. */
    private static final String BLOCK_START = "-+=";
    /** {@link #visible} of each ASCII character, looked up: a brief checks every character of every text. */
    private static final boolean[] VISIBLE_ASCII = new boolean[128];

    static {
        for (char c = '!'; c < 127; c++) {
            VISIBLE_ASCII[c] = SYNTAX.indexOf(c) < 0;
        }
    }

    private PlainProse() {
    }

    /**
     * Whether the text is plain prose: only spaces, line breaks and visible characters other than
     * Markdown's, and no line that starts like a list item, a quote or an underline.
     */
    static boolean is(String text) {
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = true;
            } else if (c != ' ') {
                if (!visible(c) || lineStart && (BLOCK_START.indexOf(c) >= 0 || numbered(text, i))) {
                    return false;
                }
                lineStart = false;
            }
        }
        return true;
    }

    /**
     * Plain prose ({@link #is}) as {@link SafeMarkdown#of(String)} writes it: each paragraph on one
     * line, its lines stripped and joined by spaces; paragraphs apart by a blank line.
     */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankBefore = false;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                blankBefore = out.length() > 0;
                continue;
            }
            out.append(out.length() == 0 ? "" : blankBefore ? "\n\n" : " ").append(line);
            blankBefore = false;
        }
        return out.toString();
    }

    private static boolean visible(char c) {
        if (c < VISIBLE_ASCII.length) {
            return VISIBLE_ASCII[c];
        }
        return !Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }

    /** Digits and then {@code .} or {@code )}: an ordered list item, or what SafeMarkdown escapes as one. */
    private static boolean numbered(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > from && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')');
    }
}
