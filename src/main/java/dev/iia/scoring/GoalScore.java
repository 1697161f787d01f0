package dev.iia.scoring;

import dev.iia.rubric.Fraction;
import dev.iia.rubric.Goal;
import java.util.List;

/** A goal (Open, Globally connected, Secure, Trustworthy): its level from its enablers, its score their mean. */
public record GoalScore(Goal goal, String level, Fraction exactScore, Band band, boolean tradeOff, boolean capped,
                        boolean possibleHarm, List<CriterionScore> enablers, List<String> trace) implements Scored {
    @Override
    public int answered() {
        return Scored.answered(enablers);
    }

    @Override
    public int total() {
        return Scored.total(enablers);
    }

    @Override
    public boolean assessed() {
        return answered() > 0;
    }

    public Double score() {
        return exactScore == null ? null : exactScore.doubleValue();
    }
}
