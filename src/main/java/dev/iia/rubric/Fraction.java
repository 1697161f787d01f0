package dev.iia.rubric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number: what a weighted mean of decimals is. Scores are compared with the
 * rubric's thresholds as fractions, so a score exactly on a threshold is never off by a binary
 * rounding error.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    private static final int SHOWN_DECIMALS = 6;

    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a fraction needs a non-zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.compareTo(BigInteger.ONE) > 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Fraction of(BigDecimal value) {
        return value.scale() <= 0 ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** {@code top / bottom}, exactly. */
    public static Fraction ratio(BigDecimal top, BigDecimal bottom) {
        return of(top).divide(of(bottom));
    }

    public Fraction add(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction subtract(Fraction other) {
        return add(new Fraction(other.numerator.negate(), other.denominator));
    }

    public Fraction abs() {
        return numerator.signum() < 0 ? new Fraction(numerator.negate(), denominator) : this;
    }

    public Fraction divide(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Fraction divide(long divisor) {
        return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    public int signum() {
        return numerator.signum();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public int compareTo(BigDecimal other) {
        return compareTo(of(other));
    }

    /** The nearest double: only for display and JSON, never for deciding a level. */
    public double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 17, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** True when the value has a finite decimal expansion (the denominator has no prime factor but 2 and 5). */
    public boolean terminates() {
        BigInteger rest = denominator;
        for (BigInteger factor : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
            while (rest.mod(factor).signum() == 0) {
                rest = rest.divide(factor);
            }
        }
        return rest.equals(BigInteger.ONE);
    }

    /**
     * The value as the trace shows it, with nothing rounded onto a threshold: every digit when the
     * decimal ends ({@code -0.25}, {@code +0.125}), else six decimals cut off and an ellipsis
     * ({@code -1.368421…}). Signed, at least two decimals, like every score iia prints.
     */
    public String exactText() {
        BigDecimal shown;
        String suffix = "";
        if (terminates()) {
            shown = new BigDecimal(numerator).divide(new BigDecimal(denominator));
        } else {
            shown = new BigDecimal(numerator).divide(new BigDecimal(denominator), SHOWN_DECIMALS, RoundingMode.DOWN);
            suffix = "…";
        }
        return Numbers.signed(shown) + suffix;
    }

    @Override
    public String toString() {
        return exactText();
    }
}
