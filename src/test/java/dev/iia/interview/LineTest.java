package dev.iia.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {
    @Test
    void wrapsAtSpacesAndIndentsContinuationsLikeTheLine() {
        Line line = Line.of("    access-cost  ").plus("negative", Tone.HARM).plus(": every network must buy transit from the gateway");

        List<Line> wrapped = line.wrap(40);

        assertThat(wrapped).extracting(Line::text).containsExactly(
                "    access-cost  negative: every network",
                "    must buy transit from the gateway");
        assertThat(wrapped.get(0).spans()).contains(new Line.Span("negative", Tone.HARM));
    }

    @Test
    void aHangingIndentLinesContinuationsUpUnderAColumn() {
        Line line = Line.of("    access-cost  negative, high confidence: every network pays").hanging(17);

        assertThat(line.wrap(50)).extracting(Line::text).containsExactly(
                "    access-cost  negative, high confidence: every",
                "                 network pays");
    }

    @Test
    void aWidthOfZeroOrAShortLineLeavesItWhole() {
        Line line = Line.of("a short line");

        assertThat(line.wrap(0)).containsExactly(line);
        assertThat(line.wrap(80)).containsExactly(line);
    }

    @Test
    void aWordLongerThanTheWidthStaysWhole() {
        assertThat(Line.of("see https://example.org/a/very/long/address/indeed now").wrap(20)).extracting(Line::text)
                .containsExactly("see", "https://example.org/a/very/long/address/indeed", "now");
    }
}
