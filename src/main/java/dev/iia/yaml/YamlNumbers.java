package dev.iia.yaml;

import java.math.BigDecimal;

/**
 * The numbers of YAML 1.1 as Jackson's YAML parser reads them: whole numbers in decimal, {@code 0x}
 * hexadecimal, {@code 0b} binary or octal after a leading zero, decimals as written (their scale
 * kept), underscores between digits ignored.
 */
final class YamlNumbers {
    private YamlNumbers() {
    }

    /**
     * The whole number {@code text} writes, or null when it writes none (such as 1:30, in base 60) and
     * stays text.
     *
     * @throws ArithmeticException when the number is beyond a long's range
     * @throws NumberFormatException for a sign alone, or a base's prefix (0x, 0b or 0) before other digits
     */
    static Long integer(String text) {
        boolean negative = text.startsWith("-");
        int start = negative || text.startsWith("+") ? 1 : 0;
        if (start == text.length()) {
            throw new NumberFormatException(text + " is a sign without a number");
        }
        int radix = 10;
        if (start + 1 < text.length() && text.charAt(start) == '0') {
            char next = text.charAt(start + 1);
            if (next == 'b' || next == 'B' || next == 'x' || next == 'X') {
                radix = next == 'b' || next == 'B' ? 2 : 16;
                start += 2;
            } else if (next == '_' || next >= '0' && next <= '9') {
                radix = 8;
                start++;
            } else {
                return null;
            }
        }
        String digits = text.substring(start).replace("_", "");
        if (digits.isEmpty() || !allDigits(digits, radix)) {
            if (radix == 10) {
                return null;
            }
            throw new NumberFormatException(text + " is not a number in base " + radix);
        }
        try {
            return Long.parseLong(negative ? "-" + digits : digits, radix);
        } catch (NumberFormatException e) {
            throw new ArithmeticException(text + " is beyond the range of whole numbers");
        }
    }

    private static boolean allDigits(String digits, int radix) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c > 'z' || Character.digit(c, radix) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The decimal {@code text} writes, or null when it writes none (such as .inf). */
    static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
