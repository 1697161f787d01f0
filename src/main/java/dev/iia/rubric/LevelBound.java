package dev.iia.rubric;

/**
 * A level and its upper bound: a score gets this level when {@code score <= upTo} or
 * {@code score < below}; a level with neither bound takes every score above the previous one.
 */
public record LevelBound(String level, Double upTo, Double below) {
    public boolean contains(double score) {
        if (upTo != null) {
            return score <= upTo;
        }
        if (below != null) {
            return score < below;
        }
        return true;
    }

    public boolean bounded() {
        return upTo != null || below != null;
    }

    public double bound() {
        return upTo != null ? upTo : below != null ? below : Double.POSITIVE_INFINITY;
    }

    /** The rule as people read it: {@code <= -1.25}, {@code < +0.25} or {@code otherwise}. */
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
