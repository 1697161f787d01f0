package dev.iia.scoring;

import dev.iia.rubric.Rubric;

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
        return rubric.levelKeys().contains(level);
    }

    /** Position from worst (0); levels without value sort after every valued one. */
    public static int rank(Rubric rubric, String level) {
        int index = rubric.levelKeys().indexOf(level);
        return index >= 0 ? index : Integer.MAX_VALUE;
    }

    /** The sign of a level: below zero for harms, above for benefits, zero for none or unvalued. */
    public static double direction(Rubric rubric, String level) {
        return rubric.scaleEntry(level).filter(e -> e.valued()).map(e -> Math.signum(e.value())).orElse(0.0);
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

    /** The level a score falls in, and the rule that put it there. */
    public static String of(Rubric rubric, double score) {
        return rubric.levels().stream().filter(bound -> bound.contains(score)).findFirst()
                .orElse(rubric.levels().get(rubric.levels().size() - 1)).level();
    }
}
