package dev.iia.scoring;

import dev.iia.rubric.Rubric;
import java.util.List;

/**
 * The scored assessment. When a critical property or a goal is harmed, the overall level is the
 * worst level among them (a harm is never averaged away); otherwise it is the level of the overall
 * score, the mean of the property scores.
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
