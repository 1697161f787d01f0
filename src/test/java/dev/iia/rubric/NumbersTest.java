package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
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

    @Test
    void hundredthsRoundLikeTheExactDecimalOfEveryDouble() {
        Random random = new Random(20261202);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextInt(2_000_001) / 200_000.0 - 5;
                case 1 -> (random.nextInt(4001) - 2000) / 200.0;
                case 2 -> (random.nextInt(4001) - 2000) / 200.0 + (random.nextBoolean() ? 1 : -1) * Math.ulp(10.0) * random.nextInt(4);
                default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(16));
            };
            long exact = new BigDecimal(value).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
            assertThat(Numbers.hundredths(value)).as("%s", value).isEqualTo(exact);
        }
    }
}
