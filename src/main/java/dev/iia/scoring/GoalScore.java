package dev.iia.scoring;

import dev.iia.rubric.Goal;
import java.util.List;

/** A goal (Open, Globally connected, Secure, Trustworthy): the mean of its enablers. */
public record GoalScore(Goal goal, String level, Double score, Band band, boolean tradeOff, boolean capped,
                        List<CriterionScore> enablers, List<String> trace) {
    public int answered() {
        return enablers.stream().mapToInt(CriterionScore::answered).sum();
    }

    public int total() {
        return enablers.stream().mapToInt(CriterionScore::total).sum();
    }

    public boolean assessed() {
        return answered() > 0;
    }
}
