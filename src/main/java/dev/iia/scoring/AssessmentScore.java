package dev.iia.scoring;

import dev.iia.rubric.Fraction;
import dev.iia.rubric.Rubric;
import java.util.List;

/**
 * The scored assessment. When a critical property or a goal is harmed, the overall level is the
 * worst level among them (a harm is never averaged away); otherwise the rubric's aggregation rule
 * decides (docs/scoring.md). The score is the mean of the property scores: it ranks.
 */
public record AssessmentScore(Rubric rubric, List<CriterionScore> properties, List<GoalScore> goals,
                              String level, Fraction exactScore, Band band, boolean possibleHarm, int answered, int total,
                              Verdict verdict, List<String> trace) {

    /** Every criterion, properties first, in rubric order. */
    public List<CriterionScore> criteria() {
        return java.util.stream.Stream.concat(properties.stream(), goals.stream().flatMap(g -> g.enablers().stream())).toList();
    }

    public Double score() {
        return exactScore == null ? null : exactScore.doubleValue();
    }

    /** True when the overall level is at or worse than {@code level} (never for not-assessed or unclear). */
    public boolean atOrBelow(String level) {
        return Levels.valued(rubric, this.level) && Levels.rank(rubric, this.level) <= Levels.rank(rubric, level);
    }
}
