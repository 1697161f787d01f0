package dev.iia.io;

import java.util.Locale;

/**
 * Text from files and names someone else made, made safe to print on one line: control characters
 * (escape sequences that would drive a terminal, line breaks that would forge a second message)
 * are shown escaped, as {@code \e}, {@code \n} or {@code \u0007}, and quoted values are cut short.
 */
public final class Printable {
    /** How much of a value an error message quotes. */
    public static final int QUOTED_CHARS = 60;

    private Printable() {
    }

    /** True for the characters no iia file may hold and no message prints raw (C0 and C1 controls, DEL). */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** {@code text} with every control character escaped, tabs and line breaks included. */
    public static String line(String text) {
        if (text == null) {
            return "null";
        }
        int first = firstControl(text, false);
        if (first < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                shown.append(escaped(c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** A value as an error message quotes it: on one line, escaped, and at most {@link #QUOTED_CHARS} characters. */
    public static String quote(String value) {
        String shown = line(value);
        if (shown.length() <= QUOTED_CHARS) {
            return shown;
        }
        int end = QUOTED_CHARS - 1;
        if (Character.isHighSurrogate(shown.charAt(end - 1))) {
            end--;
        }
        return shown.substring(0, end) + "…";
    }

    /**
     * The index of the first control character, or -1.
     *
     * @param textAllowed when true, tabs and line breaks are text and not counted
     */
    public static int firstControl(String text, boolean textAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(textAllowed && (c == '\t' || c == '\n'))) {
                return i;
            }
        }
        return -1;
    }

    /** How a control character is named in a message: {@code U+001B (escape)}. */
    public static String name(char c) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return switch (c) {
            case 0 -> code + " (NUL)";
            case 0x1B -> code + " (escape)";
            case '\r' -> code + " (carriage return)";
            case 0x07 -> code + " (bell)";
            case 0x08 -> code + " (backspace)";
            default -> code;
        };
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case 0x1B -> "\\e";
            default -> String.format(Locale.ROOT, "\\u%04X", (int) c);
        };
    }
}
