package dev.iia.rubric;

import java.math.BigDecimal;

/**
 * A level and its exact upper bound: a score gets this level when {@code score <= upTo} or
 * {@code score < below}; a level with neither bound takes every score above the previous one.
 */
public record LevelBound(String level, BigDecimal upTo, BigDecimal below) {
    public boolean contains(Fraction score) {
        if (upTo != null) {
            return score.compareTo(upTo) <= 0;
        }
        if (below != null) {
            return score.compareTo(below) < 0;
        }
        return true;
    }

    public boolean bounded() {
        return upTo != null || below != null;
    }

    /** The bound, or null for the last level. */
    public BigDecimal bound() {
        return upTo != null ? upTo : below;
    }

    /** The rule as people read it: {@code ≤ -1.25}, {@code < +0.25} or {@code otherwise}. */
    public String rule() {
        if (upTo != null) {
            return "≤ " + Numbers.signed(upTo);
        }
        if (below != null) {
            return "< " + Numbers.signed(below);
        }
        return "otherwise";
    }
}
