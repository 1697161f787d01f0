package dev.iia.brief;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as people write them in a brief: {@code 2026-11-22} becomes {@code 22 November 2026}. */
final class Dates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private Dates() {
    }

    /**
     * An ISO day or month in words; anything else (a year, "Spring 2022") as written. The shape is
     * checked first: java.time's formatters and exceptions cost a cold JVM milliseconds, and month
     * names in words made them load the locale's data.
     */
    static String asWritten(String date) {
        if (date == null) {
            return null;
        }
        String text = Markdown.oneLine(date);
        if (text.length() >= 7 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)) {
            return inWords(text);
        }
        boolean signed = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-');
        return signed ? SignedYear.asWritten(text) : text;
    }

    /** {@code 2026-11} or {@code 2026-11-22} in words, when they are a month or a day; anything else as written. */
    private static String inWords(String text) {
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        if (month < 1 || month > 12) {
            return text;
        }
        String monthAndYear = MONTHS[month - 1] + " " + text.substring(0, 4);
        if (text.length() == 7) {
            return monthAndYear;
        }
        if (text.length() != 10 || text.charAt(7) != '-' || !digits(text, 8, 10)) {
            return text;
        }
        int day = number(text, 8, 10);
        return day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth() ? day + " " + monthAndYear : text;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /** Years written with a sign ({@code +12026-11-22}, {@code -0044-03-15}), which ISO allows: java.time reads them. */
    private static final class SignedYear {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
        private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

        static String asWritten(String text) {
            try {
                return LocalDate.parse(text).format(DAY);
            } catch (DateTimeParseException notADay) {
                try {
                    return YearMonth.parse(text).format(MONTH);
                } catch (DateTimeParseException notAMonth) {
                    return text;
                }
            }
        }
    }
}
