package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
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

    /** Sizes either side of where the fast paths end: 31, 53 and 63 bits. */
    private static BigInteger someInteger(Random random) {
        int bits = new int[] {3, 20, 30, 31, 32, 52, 53, 54, 62, 63, 64, 90}[random.nextInt(12)];
        BigInteger value = new BigInteger(bits, random);
        return random.nextBoolean() ? value.negate() : value;
    }

    private static BigInteger someDenominator(Random random) {
        BigInteger value = someInteger(random).abs();
        return value.signum() == 0 ? BigInteger.ONE : random.nextBoolean() ? value : value.multiply(BigInteger.TEN.pow(random.nextInt(4)));
    }

    @Test
    void fractionsOfEverySizeAgreeWithPlainBigIntegerArithmetic() {
        Random random = new Random(20261202);
        for (int i = 0; i < 20_000; i++) {
            BigInteger a = someInteger(random);
            BigInteger b = someDenominator(random);
            BigInteger c = someInteger(random);
            BigInteger d = someDenominator(random);
            Fraction x = new Fraction(a, b);
            Fraction y = new Fraction(c, d);
            assertThat(x.numerator().gcd(x.denominator())).as("%s/%s in lowest terms", a, b).isIn(BigInteger.ONE, x.denominator());
            assertThat(x.numerator().multiply(b)).as("%s/%s keeps its value", a, b).isEqualTo(a.multiply(x.denominator()));
            assertThat(x.compareTo(y)).as("%s/%s against %s/%s", a, b, c, d).isEqualTo(a.multiply(d).compareTo(c.multiply(b)));
            BigDecimal exact = new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128);
            assertThat(x.doubleValue()).as("%s/%s as a double", a, b).isCloseTo(exact.doubleValue(), offset(Math.ulp(exact.doubleValue())));
            BigInteger rest = x.denominator();
            while (rest.mod(BigInteger.TWO).signum() == 0) {
                rest = rest.divide(BigInteger.TWO);
            }
            while (rest.mod(BigInteger.valueOf(5)).signum() == 0) {
                rest = rest.divide(BigInteger.valueOf(5));
            }
            assertThat(x.terminates()).as("%s/%s ends", a, b).isEqualTo(rest.equals(BigInteger.ONE));
        }
    }
}
