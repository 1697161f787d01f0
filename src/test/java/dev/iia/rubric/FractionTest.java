package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {
    private static Fraction ratio(String top, String bottom) {
        return Fraction.ratio(new BigDecimal(top), new BigDecimal(bottom));
    }

    @Test
    void aRatioOfDecimalsIsExactWhereBinaryFloatingPointIsNot() {
        double inBinary = (1.5 * 1.0 * -2 + 1 * 0.7 * 0 + 1 * 0.7 * 1 + 1 * 0.7 * 2) / (1.5 * 1.0 + 1 * 0.7 + 1 * 0.7 + 1 * 0.7);
        assertThat(inBinary).isGreaterThan(-0.25);
        assertThat(ratio("-0.9", "3.6").compareTo(new BigDecimal("-0.25"))).isZero();
        assertThat(ratio("-0.9", "3.6")).isEqualTo(ratio("-1", "4"));
    }

    @Test
    void sumsAndMeansStayExact() {
        Fraction third = ratio("1", "3");
        assertThat(third.add(third).add(third).compareTo(BigDecimal.ONE)).isZero();
        assertThat(ratio("-7", "24").add(ratio("-7", "9")).divide(2).compareTo(ratio("-77", "144"))).isZero();
    }

    @Test
    void exactTextShowsEveryDigitOfAnEndingDecimalAndCutsTheOthersVisibly() {
        assertThat(ratio("-0.9", "3.6").exactText()).isEqualTo("-0.25");
        assertThat(ratio("0.35", "2").exactText()).isEqualTo("+0.175");
        assertThat(ratio("-2.6", "1.9").exactText()).isEqualTo("-1.368421…");
        assertThat(Fraction.ZERO.exactText()).isEqualTo("0.00");
    }
}
