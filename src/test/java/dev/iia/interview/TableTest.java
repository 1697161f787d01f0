package dev.iia.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void columnsArePaddedToTheirWidestCellTwoSpacesApartWithoutTrailingBlanks() {
        List<Line> lines = new Table().headings("NAME", "LEVEL", "NOTES")
                .plainRow(List.of("accessible-infrastructure", "Negative", ""))
                .plainRow(List.of("x", "Strongly positive", "trade-off"))
                .lines("  ");

        assertThat(lines).extracting(Line::text).containsExactly(
                "  NAME                       LEVEL              NOTES",
                "  accessible-infrastructure  Negative",
                "  x                          Strongly positive  trade-off");
    }

    @Test
    void thePaddingStaysOutsideTheStyledText() {
        List<Line> lines = new Table().row(List.of(new Line.Span("a", Tone.PLAIN), new Line.Span("Negative", Tone.HARM),
                new Line.Span("1/2", Tone.PLAIN))).plainRow(List.of("abc", "None", "2/2")).lines("");

        assertThat(lines.get(0).spans()).contains(new Line.Span("Negative", Tone.HARM), new Line.Span("  ", Tone.PLAIN));
        assertThat(lines.get(0).text()).isEqualTo("a    Negative  1/2");
        assertThat(lines.get(1).text()).isEqualTo("abc  None      2/2");
    }

    @Test
    void headingsAreStyledAsHeadings() {
        List<Line> lines = new Table().headings("A", "B").lines("");

        assertThat(lines.get(0).spans()).filteredOn(span -> !span.text().isBlank()).extracting(Line.Span::tone)
                .containsOnly(Tone.HEADING);
    }
}
