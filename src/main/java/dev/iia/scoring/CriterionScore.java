package dev.iia.scoring;

import dev.iia.rubric.Criterion;
import java.util.List;

/**
 * The result for one critical property or enabler, with everything needed to show how it was
 * reached: the contributions, the formula, and the rules that set the level.
 *
 * @param score      the weighted mean, or null when nothing valued was answered
 * @param confidence the confidence key closest to the answers' mean confidence, or null
 * @param unanswered question ids without an answer, in rubric order
 * @param trace      the formula and the level rules, as people read them
 */
public record CriterionScore(Criterion criterion, String level, Double score, Band band, boolean tradeOff,
                             boolean capped, int answered, int total, String confidence,
                             List<Contribution> contributions, List<String> unanswered, List<String> trace) {
    public boolean assessed() {
        return answered > 0;
    }
}
