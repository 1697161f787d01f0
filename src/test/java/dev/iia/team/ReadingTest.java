package dev.iia.team;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingTest {
    @Test
    void readsAlphaByKrippendorffsCutOffsAsShownToThreeDecimals() {
        assertThat(Reading.of(1.0)).isEqualTo(Reading.GOOD);
        assertThat(Reading.of(0.7996)).isEqualTo(Reading.GOOD);
        assertThat(Reading.of(0.7994)).isEqualTo(Reading.TENTATIVE);
        assertThat(Reading.of(0.667)).isEqualTo(Reading.TENTATIVE);
        assertThat(Reading.of(0.666)).isEqualTo(Reading.UNRELIABLE);
        assertThat(Reading.of(-0.4)).isEqualTo(Reading.UNRELIABLE);
        assertThat(Reading.of((Double) null).words()).isEqualTo("not computable");
    }

    @Test
    void withoutVariationTheAnalystsAreAllAlikeAndWithoutPairsNothingCanBeSaid() {
        assertThat(Reading.of(new KrippendorffAlpha.Result(null, 4, 2))).isEqualTo(Reading.ALL_ALIKE);
        assertThat(Reading.of(new KrippendorffAlpha.Result(null, 0, 0))).isEqualTo(Reading.NOT_COMPUTABLE);
        assertThat(Reading.of(new KrippendorffAlpha.Result(0.9, 4, 2))).isEqualTo(Reading.GOOD);
    }
}
