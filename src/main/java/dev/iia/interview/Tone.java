package dev.iia.interview;

import dev.iia.rubric.Rubric;
import dev.iia.scoring.Levels;

/**
 * How a piece of text may be styled. A front end with colour shows levels in red and green; the
 * level word is always written too, so colour never carries meaning alone.
 */
public enum Tone {
    PLAIN, HEADING, MUTED, HINT, SEVERE_HARM, HARM, NEUTRAL, BENEFIT, STRONG_BENEFIT, UNCLEAR;

    /** The tone of a level or scale key: harms red, benefits green, the extremes stronger. */
    public static Tone of(Rubric rubric, String level) {
        if (!Levels.valued(rubric, level)) {
            return Levels.NOT_ASSESSED.equals(level) ? MUTED : UNCLEAR;
        }
        double direction = Levels.direction(rubric, level);
        int rank = Levels.rank(rubric, level);
        boolean extreme = rank == 0 || rank == rubric.levels().size() - 1;
        if (direction < 0) {
            return extreme ? SEVERE_HARM : HARM;
        }
        if (direction > 0) {
            return extreme ? STRONG_BENEFIT : BENEFIT;
        }
        return NEUTRAL;
    }
}
