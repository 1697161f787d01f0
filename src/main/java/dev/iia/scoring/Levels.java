package dev.iia.scoring;

import dev.iia.rubric.Fraction;
import dev.iia.rubric.LevelBound;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import java.math.BigDecimal;

/**
 * Level names beyond the rubric's own: nothing answered, or answered only with "unclear". Every other
 * level is a valued scale key named in the rubric's levels, worst first.
 */
public final class Levels {
    public static final String NOT_ASSESSED = "not-assessed";
    public static final String UNCLEAR = "unclear";

    private Levels() {
    }

    public static boolean valued(Rubric rubric, String level) {
        return rubric.levelIndex(level) >= 0;
    }

    /** Position from worst (0); levels without value sort after every valued one. */
    public static int rank(Rubric rubric, String level) {
        int index = rubric.levelIndex(level);
        return index >= 0 ? index : Integer.MAX_VALUE;
    }

    /** The worse of two levels by {@link #rank}, the first of equals; {@code level} when {@code worst} is null. */
    static String worse(Rubric rubric, String worst, String level) {
        return worst == null || rank(rubric, level) < rank(rubric, worst) ? level : worst;
    }

    /** The sign of a level: below zero for harms, above for benefits, zero for none or unvalued. */
    public static double direction(Rubric rubric, String level) {
        ScaleEntry entry = rubric.scaleEntry(level).orElse(null);
        return entry != null && entry.valued() ? entry.exactValue().signum() : 0.0;
    }

    public static String label(Rubric rubric, String level) {
        if (NOT_ASSESSED.equals(level)) {
            return "Not assessed";
        }
        if (UNCLEAR.equals(level) && rubric.scaleEntry(level).isEmpty()) {
            return "Unclear";
        }
        return rubric.levelLabel(level);
    }

    /** The level an exact score falls in. */
    public static String of(Rubric rubric, Fraction score) {
        return bound(rubric, score).level();
    }

    /** The level of a displayed score; deciding code uses the exact {@link #of(Rubric, Fraction)}. */
    public static String of(Rubric rubric, double score) {
        return of(rubric, Fraction.of(BigDecimal.valueOf(score)));
    }

    /** The first level whose bound holds the score: the rule that names its level. */
    static LevelBound bound(Rubric rubric, Fraction score) {
        for (LevelBound bound : rubric.levels()) {
            if (bound.contains(score)) {
                return bound;
            }
        }
        return rubric.levels().get(rubric.levels().size() - 1);
    }

    /** {@code -0.25 ≤ -0.25 → Negative}: the value compared and the rule it met. */
    static String rule(Rubric rubric, Fraction score) {
        LevelBound bound = bound(rubric, score);
        return shown(rubric, score) + " " + bound.rule() + " → " + rubric.levelLabel(bound.level());
    }

    /**
     * A score as traces show it: two decimals, as everywhere, when those stand on the same side of
     * every threshold as the exact value (and on one only when the value is exactly there); else the
     * exact digits ({@link Fraction#exactText()}), so that no rounding ever seems to contradict a level.
     */
    public static String shown(Rubric rubric, Fraction score) {
        String rounded = Numbers.signed(score.doubleValue());
        Fraction display = Fraction.of(new BigDecimal(rounded));
        boolean faithful = rubric.levels().stream().map(LevelBound::bound).filter(java.util.Objects::nonNull)
                .allMatch(b -> Integer.signum(display.compareTo(b)) == Integer.signum(score.compareTo(b)));
        return faithful ? rounded : score.exactText();
    }
}
