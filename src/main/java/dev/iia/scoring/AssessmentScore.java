package dev.iia.scoring;

import dev.iia.rubric.Rubric;
import java.util.List;

/**
 * The scored assessment. The overall level is the worst level among the critical properties and
 * the goals (a harm is never averaged away); the overall score, the mean of the property scores,
 * only ranks proposals.
 */
public record AssessmentScore(Rubric rubric, List<CriterionScore> properties, List<GoalScore> goals,
                              String level, Double score, Band band, int answered, int total, Verdict verdict,
                              List<String> trace) {

    /** Every criterion, properties first, in rubric order. */
    public List<CriterionScore> criteria() {
        return java.util.stream.Stream.concat(properties.stream(), goals.stream().flatMap(g -> g.enablers().stream())).toList();
    }

    /** True when the overall level is at or worse than {@code level} (never for not-assessed or unclear). */
    public boolean atOrBelow(String level) {
        return Levels.valued(rubric, this.level) && Levels.rank(rubric, this.level) <= Levels.rank(rubric, level);
    }
}
