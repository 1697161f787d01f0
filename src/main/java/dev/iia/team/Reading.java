package dev.iia.team;

import java.math.BigDecimal;

/**
 * What an alpha means in plain words, by Krippendorff's cut-offs (Content Analysis, 2nd ed., 2004,
 * p. 241): rely on data with alpha of at least 0.800, draw only tentative conclusions from 0.667
 * up, and discard the rest. The figure is rounded to three decimals first, as it is shown.
 */
public enum Reading {
    GOOD("good"), TENTATIVE("tentative"), UNRELIABLE("unreliable"),
    /** Every pairable rating is the same: the analysts agree, but alpha is undefined without variation. */
    ALL_ALIKE("all alike"),
    /** No question was rated by two analysts. */
    NOT_COMPUTABLE("not computable");

    private static final BigDecimal GOOD_FROM = new BigDecimal("0.800");
    private static final BigDecimal TENTATIVE_FROM = new BigDecimal("0.667");

    private final String words;

    Reading(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static Reading of(KrippendorffAlpha.Result result) {
        return result.alpha() == null && result.pairableValues() > 0 ? ALL_ALIKE : of(result.alpha());
    }

    public static Reading of(Double alpha) {
        if (alpha == null) {
            return NOT_COMPUTABLE;
        }
        BigDecimal shown = rounded(alpha);
        if (shown.compareTo(GOOD_FROM) >= 0) {
            return GOOD;
        }
        return shown.compareTo(TENTATIVE_FROM) >= 0 ? TENTATIVE : UNRELIABLE;
    }

    /** Alpha as it is shown and stored: three decimals. */
    public static BigDecimal rounded(double alpha) {
        return BigDecimal.valueOf(alpha).setScale(3, java.math.RoundingMode.HALF_UP);
    }
}
