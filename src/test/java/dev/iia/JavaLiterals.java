package dev.iia;

import java.util.Locale;

/** Java source for text, for the classes the tests generate. */
public final class JavaLiterals {
    private JavaLiterals() {
    }

    /**
     * {@code text} as one string literal, in ASCII: anything outside printable ASCII as a Unicode
     * escape, except the line breaks and the tab, which Java reads before a literal ends.
     */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
