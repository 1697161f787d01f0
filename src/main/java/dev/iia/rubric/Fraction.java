package dev.iia.rubric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number: what a weighted mean of decimals is. Scores are compared with the
 * rubric's thresholds as fractions, so a score exactly on a threshold is never off by a binary
 * rounding error. Always in lowest terms, with a positive denominator. The numbers of a real rubric
 * fit in a {@code long}: those take a path in {@code long} arithmetic, which is exact too and much
 * cheaper than {@link BigInteger}'s (a batch scores hundreds of thousands of criteria).
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    private static final int SHOWN_DECIMALS = 6;
    private static final BigInteger[] POWERS_OF_TEN = powersOfTen(18);
    /** Bits a double holds exactly: a quotient of two such is rounded once, correctly (IEEE 754). */
    private static final int DOUBLE_DIGITS = 53;

    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a fraction needs a non-zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (numerator.bitLength() < Long.SIZE - 1 && denominator.bitLength() < Long.SIZE - 1) {
            long top = numerator.longValue();
            long bottom = denominator.longValue();
            long gcd = gcd(Math.abs(top), bottom);
            if (gcd > 1) {
                numerator = BigInteger.valueOf(top / gcd);
                denominator = BigInteger.valueOf(bottom / gcd);
            }
        } else {
            BigInteger gcd = numerator.gcd(denominator);
            if (gcd.compareTo(BigInteger.ONE) > 0) {
                numerator = numerator.divide(gcd);
                denominator = denominator.divide(gcd);
            }
        }
    }

    public static Fraction of(BigDecimal value) {
        return value.scale() <= 0 ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(value.unscaledValue(), powerOfTen(value.scale()));
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
        if (fitsHalfLong(numerator) && fitsHalfLong(denominator) && fitsHalfLong(other.numerator) && fitsHalfLong(other.denominator)) {
            return Long.compare(numerator.longValue() * other.denominator.longValue(), other.numerator.longValue() * denominator.longValue());
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public int compareTo(BigDecimal other) {
        return compareTo(of(other));
    }

    /** The nearest double: only for display and JSON, never for deciding a level. */
    public double doubleValue() {
        if (numerator.bitLength() <= DOUBLE_DIGITS && denominator.bitLength() <= DOUBLE_DIGITS) {
            return (double) numerator.longValue() / denominator.longValue();
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }

    /** True when the value has a finite decimal expansion (the denominator has no prime factor but 2 and 5). */
    public boolean terminates() {
        if (denominator.bitLength() < Long.SIZE - 1) {
            long rest = denominator.longValue();
            rest >>= Long.numberOfTrailingZeros(rest);
            while (rest % 5 == 0) {
                rest /= 5;
            }
            return rest == 1;
        }
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

    private static long gcd(long a, long b) {
        while (b != 0) {
            long rest = a % b;
            a = b;
            b = rest;
        }
        return a;
    }

    /** Small enough that a product of two stays within a {@code long}. */
    private static boolean fitsHalfLong(BigInteger value) {
        return value.bitLength() < Integer.SIZE - 1;
    }

    private static BigInteger powerOfTen(int exponent) {
        return exponent < POWERS_OF_TEN.length ? POWERS_OF_TEN[exponent] : BigInteger.TEN.pow(exponent);
    }

    private static BigInteger[] powersOfTen(int highest) {
        BigInteger[] powers = new BigInteger[highest + 1];
        powers[0] = BigInteger.ONE;
        for (int i = 1; i <= highest; i++) {
            powers[i] = powers[i - 1].multiply(BigInteger.TEN);
        }
        return powers;
    }
}
