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
import java.util.function.Supplier;
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

    /** The scores; with {@link Traces#SKIPPED}, every trace is empty and everything else the same. */
    public static AssessmentScore score(Rubric rubric, Assessment assessment, Traces traces) {
        List<CriterionScore> properties = rubric.properties().stream().map(c -> criterion(rubric, c, assessment, traces)).toList();
        List<GoalScore> goals = rubric.goals().stream()
                .map(goal -> goal(rubric, goal, rubric.enablersOf(goal).stream().map(c -> criterion(rubric, c, assessment, traces)).toList(),
                        traces))
                .toList();
        return overall(rubric, properties, goals, traces);
    }

    /** What a rule decided: the level, its flags, and the lines that explain it. */
    record Decision(String level, boolean tradeOff, boolean capped, boolean possibleHarm, List<String> trace) {
    }

    static CriterionScore criterion(Rubric rubric, Criterion criterion, Assessment assessment, Traces traces) {
        List<Contribution> contributions = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        BigDecimal openWeight = BigDecimal.ZERO;
        for (Question question : criterion.questions()) {
            Answer answer = assessment.answers().get(question.id());
            Contribution contribution = answer == null ? null : contribution(rubric, question, answer);
            if (answer == null) {
                unanswered.add(question.id());
            } else {
                contributions.add(contribution);
            }
            if (contribution == null || !contribution.valued()) {
                openWeight = openWeight.add(question.exactEffectiveWeight().multiply(rubric.maxConfidenceWeight()));
            }
        }
        List<Contribution> valued = contributions.stream().filter(Contribution::valued).toList();
        int total = criterion.questions().size();
        int answered = contributions.size();
        BigDecimal points = valued.stream().map(Contribution::exactPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weight = valued.stream().map(Contribution::exactEffectiveWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Band band = band(rubric, points, weight, openWeight);
        if (answered == 0) {
            return new CriterionScore(criterion, Levels.NOT_ASSESSED, null, band, false, false, false, 0, total, null,
                    contributions, unanswered, Trace.start(traces).add(() -> "no answers: not assessed").lines());
        }
        if (valued.isEmpty()) {
            Trace trace = Trace.start(traces).add(() -> "every answer is without value ("
                    + contributions.stream().map(Contribution::impact).distinct().collect(Collectors.joining(", ")) + "): unclear");
            return new CriterionScore(criterion, Levels.UNCLEAR, null, band, false, false, false, answered, total, null,
                    contributions, unanswered, trace.lines());
        }
        Fraction score = Fraction.ratio(points, weight);
        Supplier<String> formula = () -> formula(rubric, valued, points, weight, score);
        Decision decision = rubric.aggregation() == Aggregation.WORST_HARM
                ? WorstHarm.criterion(rubric, valued, formula, Trace.start(traces))
                : MeanRule.criterion(rubric, valued, score, formula, Trace.start(traces));
        return new CriterionScore(criterion, decision.level(), score, band, decision.tradeOff(), decision.capped(),
                decision.possibleHarm(), answered, total, meanConfidence(rubric, valued), contributions, unanswered,
                decision.trace());
    }

    private static Contribution contribution(Rubric rubric, Question question, Answer answer) {
        String confidenceKey = answer.confidence() != null ? answer.confidence() : rubric.defaultConfidence();
        BigDecimal value = rubric.scaleEntry(answer.impact()).map(ScaleEntry::exactValue).orElse(null);
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
        BigDecimal questionWeight = valued.stream().map(Contribution::exactWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = valued.stream().map(Contribution::exactEffectiveWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
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
        List<CriterionScore> scored = enablers.stream().filter(e -> e.exactScore() != null).toList();
        Band band = meanBand(enablers);
        if (enablers.stream().noneMatch(CriterionScore::assessed)) {
            return new GoalScore(goal, Levels.NOT_ASSESSED, null, band, false, false, false, enablers,
                    Trace.start(traces).add(() -> "no enabler assessed: not assessed").lines());
        }
        if (scored.isEmpty()) {
            return new GoalScore(goal, Levels.UNCLEAR, null, band, false, false, false, enablers,
                    Trace.start(traces).add(() -> "no enabler has a score: unclear").lines());
        }
        Fraction score = mean(scored.stream().map(CriterionScore::exactScore).toList());
        Supplier<String> meanLine = () -> "mean of " + scored.stream()
                .map(e -> e.criterion().id() + " " + Levels.shown(rubric, e.exactScore()))
                .collect(Collectors.joining(", ")) + " = " + Levels.shown(rubric, score);
        Decision decision = rubric.aggregation() == Aggregation.WORST_HARM
                ? WorstHarm.combine(rubric, scored.stream().map(WorstHarm.Part::of).toList(), meanLine, "enabler", Trace.start(traces))
                : MeanRule.goal(rubric, scored, score, meanLine, Trace.start(traces));
        return new GoalScore(goal, decision.level(), score, band, decision.tradeOff(), decision.capped(),
                decision.possibleHarm(), enablers, decision.trace());
    }

    static Fraction mean(List<Fraction> values) {
        return values.stream().reduce(Fraction.ZERO, Fraction::add).divide(values.size());
    }

    private static Band meanBand(List<CriterionScore> scores) {
        return new Band(scores.stream().mapToDouble(s -> s.band().low()).average().orElse(0),
                scores.stream().mapToDouble(s -> s.band().high()).average().orElse(0));
    }

    static AssessmentScore overall(Rubric rubric, List<CriterionScore> properties, List<GoalScore> goals, Traces traces) {
        Trace trace = Trace.start(traces);
        List<CriterionScore> scoredProperties = properties.stream().filter(p -> p.exactScore() != null).toList();
        Fraction score = scoredProperties.isEmpty() ? null : mean(scoredProperties.stream().map(CriterionScore::exactScore).toList());
        if (score != null) {
            trace.add(() -> "score: mean of the critical properties " + scoredProperties.stream()
                    .map(p -> p.criterion().id() + " " + Levels.shown(rubric, p.exactScore())).collect(Collectors.joining(", "))
                    + " = " + Levels.shown(rubric, score));
        }
        Decision decision;
        if (rubric.aggregation() == Aggregation.WORST_HARM) {
            List<WorstHarm.Part> parts = new ArrayList<>(properties.stream().map(WorstHarm.Part::of).toList());
            goals.forEach(g -> parts.add(WorstHarm.Part.of(g)));
            decision = WorstHarm.combine(rubric, parts, null, "critical property or goal", trace);
        } else {
            decision = MeanRule.overall(rubric, properties, goals, score, trace);
        }
        int answered = properties.stream().mapToInt(CriterionScore::answered).sum() + goals.stream().mapToInt(GoalScore::answered).sum();
        int total = properties.stream().mapToInt(CriterionScore::total).sum() + goals.stream().mapToInt(GoalScore::total).sum();
        Band band = properties.isEmpty() ? meanBand(goals.stream().flatMap(g -> g.enablers().stream()).toList()) : meanBand(properties);
        List<String> propertyLevels = properties.stream().map(CriterionScore::level).toList();
        List<String> goalLevels = goals.stream().map(GoalScore::level).toList();
        Verdict verdict = new Verdict(
                count(rubric, propertyLevels, -1), count(rubric, propertyLevels, 1),
                (int) properties.stream().filter(CriterionScore::assessed).count(), properties.size(),
                count(rubric, goalLevels, -1), count(rubric, goalLevels, 1),
                (int) goals.stream().filter(GoalScore::assessed).count(), goals.size(),
                (int) properties.stream().filter(CriterionScore::possibleHarm).count(),
                (int) goals.stream().filter(GoalScore::possibleHarm).count());
        return new AssessmentScore(rubric, properties, goals, decision.level(), score, band, decision.possibleHarm(),
                answered, total, verdict, decision.trace());
    }

    private static int count(Rubric rubric, List<String> levels, int sign) {
        return (int) levels.stream().filter(l -> Math.signum(Levels.direction(rubric, l)) == sign).count();
    }
}
