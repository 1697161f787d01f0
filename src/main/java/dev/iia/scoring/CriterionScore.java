package dev.iia.scoring;

import dev.iia.rubric.Criterion;
import dev.iia.rubric.Fraction;
import java.util.List;

/**
 * The result for one critical property or enabler, with everything needed to show how it was
 * reached: the contributions, the formula, and the rules that set the level.
 *
 * @param exactScore   the weighted mean, exact, or null when nothing valued was answered
 * @param possibleHarm harmed only by answers below the rubric's credible confidence (worst-harm rule)
 * @param confidence   the confidence key closest to the answers' mean confidence, or null
 * @param unanswered   question ids without an answer, in rubric order
 * @param trace        the formula and the level rules, as people read them
 */
public record CriterionScore(Criterion criterion, String level, Fraction exactScore, Band band, boolean tradeOff,
                             boolean capped, boolean possibleHarm, int answered, int total, String confidence,
                             List<Contribution> contributions, List<String> unanswered, List<String> trace) implements Scored {
    @Override
    public boolean assessed() {
        return answered > 0;
    }

    /** The score as a double, for display and JSON; null when there is none. */
    public Double score() {
        return exactScore == null ? null : exactScore.doubleValue();
    }
}
