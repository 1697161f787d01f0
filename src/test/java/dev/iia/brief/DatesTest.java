package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @Test
    void anIsoDayOrMonthIsWrittenInWordsAndAnythingElseAsWritten() {
        assertThat(Dates.asWritten("2026-11-22")).isEqualTo("22 November 2026");
        assertThat(Dates.asWritten(" 2024-02-09\n")).isEqualTo("9 February 2024");
        assertThat(Dates.asWritten("2019-11")).isEqualTo("November 2019");
        assertThat(Dates.asWritten("2024")).isEqualTo("2024");
        assertThat(Dates.asWritten("Spring 2022")).isEqualTo("Spring 2022");
        assertThat(Dates.asWritten(null)).isNull();
    }

    /** What java.time's ISO formats read, and only that, is a day or a month: the shape is only checked first. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22", "2024-02-29", "2023-02-29", "2023-02-28", "2024-04-31", "2024-04-30",
        "2024-12-31", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", "9999-12-31", "2024", "2024-1-01",
        "2024-01-1", "2024-01", "2024-12", "2024-13", "2024-00", "2024-01-01T00:00", "2024-01-01 ", "2024/01/01",
        "24-01-01", "20240101", "２０２４-01-01", "2024-０1", "+12026-11-22", "+12026-11", "-0044-03-15",
        "+2024-01-01", "-2024-01", "-", "+", "", "Spring 2022", "2024-01-", "2024-01-0x", "2024-x1"})
    void readsAsJavaTimeDoes(String date) {
        assertThat(Dates.asWritten(date)).isEqualTo(javaTime(date));
    }

    private static String javaTime(String date) {
        String text = Markdown.oneLine(date);
        try {
            return LocalDate.parse(text).format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
        } catch (DateTimeParseException notADay) {
            try {
                return YearMonth.parse(text).format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH));
            } catch (DateTimeParseException notAMonth) {
                return text;
            }
        }
    }
}
