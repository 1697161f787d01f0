package dev.iia.scoring;

import dev.iia.rubric.Criterion;
import dev.iia.rubric.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The scores as plain data for JSON and templates: ids, level keys and labels, numbers rounded to
 * two decimals, and the trace of every number when it was kept (null, and left out of JSON, when not).
 */
public record ScoreReport(String rubric, String aggregation, String level, String label, Double score, Band band, int answered,
                          int questions, String verdict, List<CriterionReport> properties, List<GoalReport> goals,
                          List<String> trace) {

    public record CriterionReport(String id, String title, String goal, String level, String label, Double score,
                                  Band band, int answered, int questions, String confidence, boolean tradeOff,
                                  boolean capped, boolean possibleHarm, List<Contribution> answers, List<String> unanswered,
                                  List<String> trace) {
    }

    public record GoalReport(String id, String title, String level, String label, Double score, Band band,
                             int answered, int questions, boolean tradeOff, boolean capped, boolean possibleHarm,
                             List<CriterionReport> enablers, List<String> trace) {
    }

    public static ScoreReport of(AssessmentScore score) {
        var rubric = score.rubric();
        List<GoalReport> goals = new ArrayList<>();
        for (GoalScore g : score.goals()) {
            goals.add(new GoalReport(g.goal().id(), g.goal().title(), g.level(), Levels.label(rubric, g.level()), round(g.score()),
                    round(g.band()), g.answered(), g.total(), g.tradeOff(), g.capped(), g.possibleHarm(), criteria(score, g.enablers()),
                    kept(g.trace())));
        }
        return new ScoreReport(rubric.reference(), rubric.aggregation().key(), score.level(), Levels.label(rubric, score.level()), round(score.score()),
                round(score.band()), score.answered(), score.total(), score.verdict().text(), criteria(score, score.properties()),
                List.copyOf(goals), kept(score.trace()));
    }

    private static List<CriterionReport> criteria(AssessmentScore score, List<CriterionScore> criteria) {
        List<CriterionReport> reports = new ArrayList<>(criteria.size());
        for (CriterionScore criterion : criteria) {
            reports.add(criterion(score, criterion));
        }
        return List.copyOf(reports);
    }

    private static CriterionReport criterion(AssessmentScore score, CriterionScore c) {
        Criterion criterion = c.criterion();
        return new CriterionReport(criterion.id(), criterion.title(), criterion.goal(), c.level(),
                Levels.label(score.rubric(), c.level()), round(c.score()), round(c.band()), c.answered(), c.total(),
                c.confidence(), c.tradeOff(), c.capped(), c.possibleHarm(), c.contributions(), c.unanswered(), kept(c.trace()));
    }

    /** A kept trace has a line for every level; an empty one was skipped ({@link Scorer.Traces#SKIPPED}). */
    private static List<String> kept(List<String> trace) {
        return trace.isEmpty() ? null : trace;
    }

    /** Two decimals, as every number in JSON and briefs; null stays null. */
    public static Double round(Double value) {
        return value == null ? null : Numbers.hundredths(value) / 100.0;
    }

    static Band round(Band band) {
        return new Band(round(band.low()), round(band.high()));
    }
}
