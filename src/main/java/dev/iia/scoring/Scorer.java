package dev.iia.scoring;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.rubric.Aggregation;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Fraction;
import dev.iia.rubric.Goal;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scoring model (docs/scoring.md): per criterion a weighted mean of answer values, weighted by
 * question weight and confidence, in exact arithmetic; coverage and a band of still-possible scores;
 * goals scored as the mean of their enablers; levels by the rubric's aggregation rule, harm first
 * ({@link WorstHarm}) or the level of the mean ({@link MeanRule}). Pure: no I/O, no state.
 */
public final class Scorer {
    private Scorer() {
    }

    /** Whether the scores say how each level was reached: briefs and {@code --explain} read it, a gate does not. */
    public enum Traces { KEPT, SKIPPED }

    public static AssessmentScore score(Rubric rubric, Assessment assessment) {
        return score(rubric, assessment, Traces.KEPT);
    }

    /**
     * The scores; with {@link Traces#SKIPPED}, every trace is empty and everything else the same.
     * The model's arithmetic is written as plain loops: a batch scores every criterion of thousands
     * of files, and streams cost it both time and the compiler's work.
     */
    public static AssessmentScore score(Rubric rubric, Assessment assessment, Traces traces) {
        List<CriterionScore> properties = new ArrayList<>();
        for (Criterion property : rubric.properties()) {
            properties.add(criterion(rubric, property, assessment, traces));
        }
        List<GoalScore> goals = new ArrayList<>();
        for (Goal goal : rubric.goals()) {
            List<CriterionScore> enablers = new ArrayList<>();
            for (Criterion enabler : rubric.enablersOf(goal)) {
                enablers.add(criterion(rubric, enabler, assessment, traces));
            }
            goals.add(goal(rubric, goal, List.copyOf(enablers), traces));
        }
        return overall(rubric, List.copyOf(properties), List.copyOf(goals), traces);
    }

    /** What a rule decided: the level, its flags, and the lines that explain it. */
    record Decision(String level, boolean tradeOff, boolean capped, boolean possibleHarm, List<String> trace) {
    }

    static CriterionScore criterion(Rubric rubric, Criterion criterion, Assessment assessment, Traces traces) {
        List<Contribution> contributions = new ArrayList<>();
        List<Contribution> valued = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        BigDecimal openWeight = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal maxConfidenceWeight = rubric.maxConfidenceWeight();
        for (Question question : criterion.questions()) {
            Answer answer = assessment.answers().get(question.id());
            Contribution contribution = answer == null ? null : contribution(rubric, question, answer);
            if (answer == null) {
                unanswered.add(question.id());
            } else {
                contributions.add(contribution);
            }
            if (contribution != null && contribution.valued()) {
                valued.add(contribution);
                points = points.add(contribution.exactPoints());
                weight = weight.add(contribution.exactEffectiveWeight());
            } else {
                openWeight = openWeight.add(question.exactEffectiveWeight().multiply(maxConfidenceWeight));
            }
        }
        int total = criterion.questions().size();
        int answered = contributions.size();
        Band band = band(rubric, points, weight, openWeight);
        if (answered == 0) {
            return new CriterionScore(criterion, Levels.NOT_ASSESSED, null, band, false, false, false, 0, total, null,
                    contributions, unanswered, Trace.start(traces).add("no answers: not assessed").lines());
        }
        if (valued.isEmpty()) {
            Trace trace = Trace.start(traces);
            if (trace.kept()) {
                trace.add("every answer is without value ("
                        + contributions.stream().map(Contribution::impact).distinct().collect(Collectors.joining(", ")) + "): unclear");
            }
            return new CriterionScore(criterion, Levels.UNCLEAR, null, band, false, false, false, answered, total, null,
                    contributions, unanswered, trace.lines());
        }
        Fraction score = Fraction.ratio(points, weight);
        Trace trace = Trace.start(traces);
        String formula = trace.kept() ? formula(rubric, valued, points, weight, score) : null;
        Decision decision = rubric.aggregation() == Aggregation.WORST_HARM
                ? WorstHarm.criterion(rubric, valued, formula, trace)
                : MeanRule.criterion(rubric, valued, score, formula, trace);
        return new CriterionScore(criterion, decision.level(), score, band, decision.tradeOff(), decision.capped(),
                decision.possibleHarm(), answered, total, meanConfidence(rubric, valued), contributions, unanswered,
                decision.trace());
    }

    private static Contribution contribution(Rubric rubric, Question question, Answer answer) {
        String confidenceKey = answer.confidence() != null ? answer.confidence() : rubric.defaultConfidence();
        ScaleEntry entry = rubric.scaleEntry(answer.impact()).orElse(null);
        BigDecimal value = entry == null ? null : entry.exactValue();
        return new Contribution(question.id(), answer.impact(), value, question.exactEffectiveWeight(), confidenceKey,
                rubric.confidenceWeight(confidenceKey));
    }

    /** Open questions could still be answered anywhere on the scale, with the highest confidence. */
    private static Band band(Rubric rubric, BigDecimal points, BigDecimal weight, BigDecimal openWeight) {
        BigDecimal all = weight.add(openWeight);
        if (all.signum() == 0) {
            return new Band(rubric.minValue(), rubric.maxValue());
        }
        Fraction low = Fraction.ratio(points.add(openWeight.multiply(rubric.exactMinValue())), all);
        Fraction high = Fraction.ratio(points.add(openWeight.multiply(rubric.exactMaxValue())), all);
        return new Band(low.doubleValue(), high.doubleValue());
    }

    private static String formula(Rubric rubric, List<Contribution> valued, BigDecimal points, BigDecimal weight, Fraction score) {
        String top = valued.stream().map(c -> Numbers.plain(c.exactWeight()) + "×" + Numbers.plain(c.exactConfidenceWeight())
                + "×" + Numbers.plain(c.exactValue())).collect(Collectors.joining(" + "));
        String bottom = valued.stream().map(c -> Numbers.plain(c.exactWeight()) + "×" + Numbers.plain(c.exactConfidenceWeight()))
                .collect(Collectors.joining(" + "));
        return "(" + top + ") / (" + bottom + ") = " + Numbers.signed(points) + " / " + Numbers.plain(weight)
                + " = " + Levels.shown(rubric, score);
    }

    /** The confidence level nearest to the weighted mean confidence of the valued answers. */
    private static String meanConfidence(Rubric rubric, List<Contribution> valued) {
        BigDecimal questionWeight = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Contribution contribution : valued) {
            questionWeight = questionWeight.add(contribution.exactWeight());
            weighted = weighted.add(contribution.exactEffectiveWeight());
        }
        Fraction mean = Fraction.ratio(weighted, questionWeight);
        String nearest = null;
        Fraction nearestDistance = null;
        for (ConfidenceLevel level : rubric.confidence()) {
            Fraction distance = Fraction.of(level.exactWeight()).subtract(mean).abs();
            if (nearestDistance == null || distance.compareTo(nearestDistance) < 0) {
                nearest = level.key();
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    static GoalScore goal(Rubric rubric, Goal goal, List<CriterionScore> enablers, Traces traces) {
        List<CriterionScore> scored = scored(enablers);
        Band band = meanBand(enablers);
        if (!anyAssessed(enablers)) {
            return new GoalScore(goal, Levels.NOT_ASSESSED, null, band, false, false, false, enablers,
                    Trace.start(traces).add("no enabler assessed: not assessed").lines());
        }
        if (scored.isEmpty()) {
            return new GoalScore(goal, Levels.UNCLEAR, null, band, false, false, false, enablers,
                    Trace.start(traces).add("no enabler has a score: unclear").lines());
        }
        Fraction score = mean(scored);
        Trace trace = Trace.start(traces);
        String meanLine = trace.kept() ? "mean of " + meanText(rubric, scored, score) : null;
        Decision decision;
        if (rubric.aggregation() == Aggregation.WORST_HARM) {
            List<WorstHarm.Part> parts = new ArrayList<>();
            for (CriterionScore enabler : scored) {
                parts.add(WorstHarm.Part.of(enabler));
            }
            decision = WorstHarm.combine(rubric, parts, meanLine, "enabler", trace);
        } else {
            decision = MeanRule.goal(rubric, scored, score, meanLine, trace);
        }
        return new GoalScore(goal, decision.level(), score, band, decision.tradeOff(), decision.capped(),
                decision.possibleHarm(), enablers, decision.trace());
    }

    /** {@code a -0.50, b +1.00 = +0.25}: each criterion's score, then their mean. */
    private static String meanText(Rubric rubric, List<CriterionScore> scored, Fraction mean) {
        return scored.stream().map(c -> c.criterion().id() + " " + Levels.shown(rubric, c.exactScore()))
                .collect(Collectors.joining(", ")) + " = " + Levels.shown(rubric, mean);
    }

    private static List<CriterionScore> scored(List<CriterionScore> criteria) {
        List<CriterionScore> scored = new ArrayList<>();
        for (CriterionScore criterion : criteria) {
            if (criterion.exactScore() != null) {
                scored.add(criterion);
            }
        }
        return scored;
    }

    private static boolean anyAssessed(List<CriterionScore> criteria) {
        for (CriterionScore criterion : criteria) {
            if (criterion.assessed()) {
                return true;
            }
        }
        return false;
    }

    /** The mean of the exact scores of criteria that have one. */
    static Fraction mean(List<CriterionScore> scored) {
        Fraction sum = Fraction.ZERO;
        for (CriterionScore criterion : scored) {
            sum = sum.add(criterion.exactScore());
        }
        return sum.divide(scored.size());
    }

    private static Band meanBand(List<CriterionScore> scores) {
        if (scores.isEmpty()) {
            return new Band(0, 0);
        }
        double low = 0;
        double high = 0;
        for (CriterionScore score : scores) {
            low += score.band().low();
            high += score.band().high();
        }
        return new Band(low / scores.size(), high / scores.size());
    }

    static AssessmentScore overall(Rubric rubric, List<CriterionScore> properties, List<GoalScore> goals, Traces traces) {
        Trace trace = Trace.start(traces);
        List<CriterionScore> scoredProperties = scored(properties);
        Fraction score = scoredProperties.isEmpty() ? null : mean(scoredProperties);
        if (score != null && trace.kept()) {
            trace.add("score: mean of the critical properties " + meanText(rubric, scoredProperties, score));
        }
        Decision decision;
        if (rubric.aggregation() == Aggregation.WORST_HARM) {
            List<WorstHarm.Part> parts = new ArrayList<>();
            for (CriterionScore property : properties) {
                parts.add(WorstHarm.Part.of(property));
            }
            for (GoalScore goal : goals) {
                parts.add(WorstHarm.Part.of(goal));
            }
            decision = WorstHarm.combine(rubric, parts, null, "critical property or goal", trace);
        } else {
            decision = MeanRule.overall(rubric, properties, goals, score, trace);
        }
        return new AssessmentScore(rubric, properties, goals, decision.level(), score, overallBand(properties, goals),
                decision.possibleHarm(), Scored.answered(properties) + Scored.answered(goals),
                Scored.total(properties) + Scored.total(goals), verdict(rubric, properties, goals), decision.trace());
    }

    private static Band overallBand(List<CriterionScore> properties, List<GoalScore> goals) {
        if (!properties.isEmpty()) {
            return meanBand(properties);
        }
        List<CriterionScore> enablers = new ArrayList<>();
        for (GoalScore goal : goals) {
            enablers.addAll(goal.enablers());
        }
        return meanBand(enablers);
    }

    private static Verdict verdict(Rubric rubric, List<CriterionScore> properties, List<GoalScore> goals) {
        Tally ofProperties = Tally.of(rubric, properties);
        Tally ofGoals = Tally.of(rubric, goals);
        return new Verdict(ofProperties.harmed(), ofProperties.helped(), ofProperties.assessed(), properties.size(),
                ofGoals.harmed(), ofGoals.helped(), ofGoals.assessed(), goals.size(), ofProperties.possiblyHarmed(),
                ofGoals.possiblyHarmed());
    }

    /** How many parts (critical properties, or goals) are harmed, helped, assessed and possibly harmed. */
    private record Tally(int harmed, int helped, int assessed, int possiblyHarmed) {
        static Tally of(Rubric rubric, List<? extends Scored> parts) {
            int harmed = 0;
            int helped = 0;
            int assessedParts = 0;
            int possiblyHarmed = 0;
            for (Scored part : parts) {
                double direction = Levels.direction(rubric, part.level());
                harmed += direction < 0 ? 1 : 0;
                helped += direction > 0 ? 1 : 0;
                assessedParts += part.assessed() ? 1 : 0;
                possiblyHarmed += part.possibleHarm() ? 1 : 0;
            }
            return new Tally(harmed, helped, assessedParts, possiblyHarmed);
        }
    }
}
