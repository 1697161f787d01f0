package dev.iia.rubric;

/** Number formatting shared by traces, tables and briefs: two decimals, explicit sign, a true minus. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code -1.25}, {@code +0.50}, {@code 0.00}. */
    public static String signed(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths == 0) {
            return "0.00";
        }
        String digits = twoDecimals(Math.abs(hundredths));
        return (hundredths < 0 ? "-" : "+") + digits;
    }

    /** Up to two decimals without trailing zeros: {@code 1}, {@code 0.7}, {@code 0.25}, {@code -2}. */
    public static String plain(double value) {
        long hundredths = Math.round(value * 100);
        String text = twoDecimals(Math.abs(hundredths));
        if (text.endsWith("0")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return (hundredths < 0 ? "-" : "") + text;
    }

    private static String twoDecimals(long hundredths) {
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
