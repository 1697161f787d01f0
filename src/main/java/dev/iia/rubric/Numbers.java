package dev.iia.rubric;

import java.util.Locale;

/** Number formatting shared by traces, tables and briefs: two decimals, explicit sign, a true minus. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code -1.25}, {@code +0.50}, {@code 0.00}. */
    public static String signed(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == 0) {
            return "0.00";
        }
        return String.format(Locale.ROOT, "%+.2f", rounded);
    }

    /** Up to two decimals without trailing zeros: {@code 1}, {@code 0.7}, {@code 0.25}. */
    public static String plain(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
