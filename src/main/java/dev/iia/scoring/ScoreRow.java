package dev.iia.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a score as every view lays it out: the critical properties, then each goal followed by
 * its enablers. The score table, its Markdown and the dialogue's summary all walk these rows.
 *
 * @param id         the criterion's or goal's id
 * @param confidence the answers' confidence key; null for a goal, which has none of its own
 * @param trace      how the level was reached, as people read it
 */
public record ScoreRow(Kind kind, String id, String title, String level, Double score, Band band, int answered, int total,
                       String confidence, boolean tradeOff, boolean capped, boolean possibleHarm, List<String> trace) {
    /** What a row is about. */
    public enum Kind { PROPERTY, GOAL, ENABLER }

    public ScoreRow {
        trace = List.copyOf(trace);
    }

    /** The rows of a score, properties first, then every goal with its enablers right after it. */
    public static List<ScoreRow> of(AssessmentScore score) {
        List<ScoreRow> rows = new ArrayList<>();
        score.properties().forEach(property -> rows.add(of(Kind.PROPERTY, property)));
        for (GoalScore goal : score.goals()) {
            rows.add(new ScoreRow(Kind.GOAL, goal.goal().id(), goal.goal().title(), goal.level(), goal.score(), goal.band(),
                    goal.answered(), goal.total(), null, goal.tradeOff(), goal.capped(), goal.possibleHarm(), goal.trace()));
            goal.enablers().forEach(enabler -> rows.add(of(Kind.ENABLER, enabler)));
        }
        return rows;
    }

    private static ScoreRow of(Kind kind, CriterionScore criterion) {
        return new ScoreRow(kind, criterion.criterion().id(), criterion.criterion().title(), criterion.level(), criterion.score(),
                criterion.band(), criterion.answered(), criterion.total(), criterion.confidence(), criterion.tradeOff(),
                criterion.capped(), criterion.possibleHarm(), criterion.trace());
    }

    /** Questions answered of those asked, such as {@code 3/4}. */
    public String coverage() {
        return answered + "/" + total;
    }

    /**
     * What else shapes the level, in the words every view uses: a trade-off, a cap by a severe harm, a
     * harm found only with less than the rubric's credible confidence (which the level leaves out).
     */
    public List<String> notes() {
        return notes(tradeOff, capped, possibleHarm);
    }

    /** The same for a score that is not laid out as a row, such as a criterion's while it is being assessed. */
    public static List<String> notes(boolean tradeOff, boolean capped, boolean possibleHarm) {
        List<String> notes = new ArrayList<>();
        if (tradeOff) {
            notes.add("trade-off");
        }
        if (capped) {
            notes.add("capped by a severe harm");
        }
        if (possibleHarm) {
            notes.add("possible harm, not counted");
        }
        return notes;
    }
}
