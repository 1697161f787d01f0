package dev.iia.brief;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as people write them in a brief: {@code 2026-11-22} becomes {@code 22 November 2026}. */
final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    /** An ISO day or month in words; anything else (a year, "Spring 2022") as written. */
    static String asWritten(String date) {
        if (date == null) {
            return null;
        }
        String text = Markdown.oneLine(date);
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
