package dev.iia.rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by traces, tables and briefs: two decimals, explicit sign, a true minus. */
public final class Numbers {
    /** Far below where a double's ulp nears a hundredth. */
    private static final double NEAR_HALF_LIMIT = 1e12;
    private static final double NEAR_HALF = 1e-3;

    private Numbers() {
    }

    /** {@code -1.25}, {@code +0.50}, {@code 0.00}; halves round away from zero, on either side alike. */
    public static String signed(double value) {
        long hundredths = hundredths(value);
        if (hundredths == 0) {
            return "0.00";
        }
        String digits = twoDecimals(Math.abs(hundredths));
        return (hundredths < 0 ? "-" : "+") + digits;
    }

    /** Up to two decimals without trailing zeros: {@code 1}, {@code 0.7}, {@code 0.25}, {@code -2}. */
    public static String plain(double value) {
        long hundredths = hundredths(value);
        String text = twoDecimals(Math.abs(hundredths));
        if (text.endsWith("0")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return (hundredths < 0 ? "-" : "") + text;
    }

    /** An exact decimal with every digit and no trailing zeros: {@code 1}, {@code 0.7}, {@code 0.175}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /** An exact decimal, signed, with at least two decimals and every further digit: {@code -3.60}, {@code +0.175}. */
    public static String signed(BigDecimal value) {
        if (value.signum() == 0) {
            return "0.00";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        BigDecimal shown = stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
        return (value.signum() < 0 ? "" : "+") + shown.toPlainString();
    }

    /** The value in hundredths, rounded half away from zero from the double's exact value. */
    public static long hundredths(double value) {
        double scaled = Math.abs(value) * 100;
        double whole = Math.floor(scaled);
        // The product is off by an ulp at most, which can only matter next to a half: there, exactly.
        if (scaled < NEAR_HALF_LIMIT && Math.abs(scaled - whole - 0.5) > NEAR_HALF) {
            long magnitude = (long) whole + (scaled - whole > 0.5 ? 1 : 0);
            return value < 0 ? -magnitude : magnitude;
        }
        return new BigDecimal(value).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String twoDecimals(long hundredths) {
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
