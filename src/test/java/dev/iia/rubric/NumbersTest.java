package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void signedShowsTwoDecimalsAndTheSignExceptForZero() {
        assertThat(Numbers.signed(-1.25)).isEqualTo("-1.25");
        assertThat(Numbers.signed(0.5)).isEqualTo("+0.50");
        assertThat(Numbers.signed(2)).isEqualTo("+2.00");
        assertThat(Numbers.signed(-0.004)).isEqualTo("0.00");
        assertThat(Numbers.signed(-0.076)).isEqualTo("-0.08");
        assertThat(Numbers.signed(1.005)).isEqualTo("+1.00");
    }

    @Test
    void plainDropsTrailingZeros() {
        assertThat(Numbers.plain(1)).isEqualTo("1");
        assertThat(Numbers.plain(0.7)).isEqualTo("0.7");
        assertThat(Numbers.plain(0.25)).isEqualTo("0.25");
        assertThat(Numbers.plain(-2)).isEqualTo("-2");
        assertThat(Numbers.plain(-0.4)).isEqualTo("-0.4");
        assertThat(Numbers.plain(10.5)).isEqualTo("10.5");
    }
}
