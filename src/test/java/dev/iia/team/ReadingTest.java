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
        assertThat(Reading.of(null).words()).isEqualTo("not computable");
    }
}
