package dev.iia.scoring;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Goal;
import dev.iia.rubric.LevelBound;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.rubric.SevereHarmRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The scoring model (docs/scoring.md): per criterion a weighted mean of answer values, weighted by
 * question weight and confidence; levels from the rubric's thresholds; the severe-harm cap; the
 * trade-off flag; coverage and a band of still-possible scores; goals as the mean of their enablers;
 * the overall level as the worst of properties and goals when any is harmed, else the level of the
 * overall score. Pure: no I/O, no state.
 */
public final class Scorer {
    private Scorer() {
    }

    public static AssessmentScore score(Rubric rubric, Assessment assessment) {
        List<CriterionScore> properties = rubric.properties().stream().map(c -> criterion(rubric, c, assessment)).toList();
        List<GoalScore> goals = rubric.goals().stream()
                .map(goal -> goal(rubric, goal, rubric.enablersOf(goal).stream().map(c -> criterion(rubric, c, assessment)).toList()))
                .toList();
        return overall(rubric, properties, goals);
    }

    static CriterionScore criterion(Rubric rubric, Criterion criterion, Assessment assessment) {
        List<Contribution> contributions = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        double openWeight = 0;
        for (Question question : criterion.questions()) {
            Answer answer = assessment.answers().get(question.id());
            if (answer == null) {
                unanswered.add(question.id());
                openWeight += question.effectiveWeight() * rubric.maxConfidenceWeight();
                continue;
            }
            Contribution contribution = contribution(rubric, question, answer);
            contributions.add(contribution);
            if (!contribution.valued()) {
                openWeight += question.effectiveWeight() * rubric.maxConfidenceWeight();
            }
        }
        List<Contribution> valued = contributions.stream().filter(Contribution::valued).toList();
        int total = criterion.questions().size();
        int answered = contributions.size();
        double points = valued.stream().mapToDouble(Contribution::points).sum();
        double weight = valued.stream().mapToDouble(Contribution::effectiveWeight).sum();
        Band band = band(rubric, points, weight, openWeight);
        boolean tradeOff = valued.stream().anyMatch(c -> c.value() < 0) && valued.stream().anyMatch(c -> c.value() > 0);
        List<String> trace = new ArrayList<>();
        if (answered == 0) {
            trace.add("no answers: not assessed");
            return new CriterionScore(criterion, Levels.NOT_ASSESSED, null, band, false, false, 0, total, null,
                    contributions, unanswered, trace);
        }
        if (valued.isEmpty()) {
            trace.add("every answer is without value (" + contributions.stream().map(Contribution::impact).distinct()
                    .collect(Collectors.joining(", ")) + "): unclear");
            return new CriterionScore(criterion, Levels.UNCLEAR, null, band, false, false, answered, total, null,
                    contributions, unanswered, trace);
        }
        double score = points / weight;
        trace.add(formula(valued, points, weight, score));
        String level = Levels.of(rubric, score);
        trace.add(Numbers.signed(score) + " " + bound(rubric, level).rule() + " → " + rubric.levelLabel(level));
        Contribution severe = severeHarm(rubric, valued);
        boolean capped = false;
        if (severe != null && Levels.rank(rubric, level) > Levels.rank(rubric, rubric.severeHarm().cap())) {
            level = rubric.severeHarm().cap();
            capped = true;
            trace.add("severe harm: " + severe.questionId() + " is " + rubric.levelLabel(severe.impact()).toLowerCase(java.util.Locale.ROOT)
                    + " with " + severe.confidence() + " confidence → at best " + rubric.levelLabel(level));
        }
        if (tradeOff) {
            trace.add("trade-off: answers both harm and support this criterion");
        }
        return new CriterionScore(criterion, level, score, band, tradeOff, capped, answered, total,
                meanConfidence(rubric, valued), contributions, unanswered, trace);
    }

    private static Contribution contribution(Rubric rubric, Question question, Answer answer) {
        String confidenceKey = answer.confidence() != null ? answer.confidence() : rubric.defaultConfidence();
        double confidenceWeight = rubric.confidenceLevel(confidenceKey).map(ConfidenceLevel::weight).orElse(1.0);
        Double value = rubric.scaleEntry(answer.impact()).map(ScaleEntry::value).orElse(null);
        return new Contribution(question.id(), answer.impact(), value, question.effectiveWeight(), confidenceKey, confidenceWeight);
    }

    /** Open questions could still be answered anywhere on the scale, with the highest confidence. */
    private static Band band(Rubric rubric, double points, double weight, double openWeight) {
        if (weight + openWeight == 0) {
            return new Band(rubric.minValue(), rubric.maxValue());
        }
        double low = (points + openWeight * rubric.minValue()) / (weight + openWeight);
        double high = (points + openWeight * rubric.maxValue()) / (weight + openWeight);
        return new Band(low, high);
    }

    private static String formula(List<Contribution> valued, double points, double weight, double score) {
        String top = valued.stream().map(c -> Numbers.plain(c.weight()) + "×" + Numbers.plain(c.confidenceWeight()) + "×" + Numbers.plain(c.value()))
                .collect(Collectors.joining(" + "));
        String bottom = valued.stream().map(c -> Numbers.plain(c.weight()) + "×" + Numbers.plain(c.confidenceWeight()))
                .collect(Collectors.joining(" + "));
        return "(" + top + ") / (" + bottom + ") = " + Numbers.signed(points) + " / " + Numbers.plain(weight)
                + " = " + Numbers.signed(score);
    }

    private static LevelBound bound(Rubric rubric, String level) {
        return rubric.levels().stream().filter(b -> b.level().equals(level)).findFirst().orElseThrow();
    }

    private static Contribution severeHarm(Rubric rubric, List<Contribution> valued) {
        SevereHarmRule rule = rubric.severeHarm();
        if (rule == null) {
            return null;
        }
        double minimum = rubric.confidenceLevel(rule.minConfidence()).map(ConfidenceLevel::weight).orElse(0.0);
        return valued.stream().filter(c -> c.impact().equals(rule.impact()) && c.confidenceWeight() >= minimum)
                .findFirst().orElse(null);
    }

    /** The confidence level nearest to the weighted mean confidence of the valued answers. */
    private static String meanConfidence(Rubric rubric, List<Contribution> valued) {
        double questionWeight = valued.stream().mapToDouble(Contribution::weight).sum();
        double mean = valued.stream().mapToDouble(c -> c.weight() * c.confidenceWeight()).sum() / questionWeight;
        return rubric.confidence().stream().min(Comparator.comparingDouble(c -> Math.abs(c.weight() - mean)))
                .map(ConfidenceLevel::key).orElse(null);
    }

    static GoalScore goal(Rubric rubric, Goal goal, List<CriterionScore> enablers) {
        List<CriterionScore> scored = enablers.stream().filter(e -> e.score() != null).toList();
        Band band = meanBand(enablers);
        List<String> trace = new ArrayList<>();
        if (enablers.stream().noneMatch(CriterionScore::assessed)) {
            trace.add("no enabler assessed: not assessed");
            return new GoalScore(goal, Levels.NOT_ASSESSED, null, band, false, false, enablers, trace);
        }
        if (scored.isEmpty()) {
            trace.add("no enabler has a score: unclear");
            return new GoalScore(goal, Levels.UNCLEAR, null, band, false, false, enablers, trace);
        }
        double score = scored.stream().mapToDouble(CriterionScore::score).average().orElseThrow();
        trace.add("mean of " + scored.stream().map(e -> e.criterion().id() + " " + Numbers.signed(e.score()))
                .collect(Collectors.joining(", ")) + " = " + Numbers.signed(score));
        String level = Levels.of(rubric, score);
        trace.add(Numbers.signed(score) + " " + bound(rubric, level).rule() + " → " + rubric.levelLabel(level));
        boolean capped = false;
        SevereHarmRule rule = rubric.severeHarm();
        if (rule != null) {
            CriterionScore severe = scored.stream().filter(e -> e.level().equals(rule.impact())).findFirst().orElse(null);
            if (severe != null && Levels.rank(rubric, level) > Levels.rank(rubric, rule.cap())) {
                level = rule.cap();
                capped = true;
                trace.add("severe harm: " + severe.criterion().id() + " is " + rubric.levelLabel(rule.impact()).toLowerCase(java.util.Locale.ROOT)
                        + " → at best " + rubric.levelLabel(level));
            }
        }
        boolean tradeOff = scored.stream().anyMatch(CriterionScore::tradeOff)
                || scored.stream().anyMatch(e -> Levels.direction(rubric, e.level()) < 0)
                && scored.stream().anyMatch(e -> Levels.direction(rubric, e.level()) > 0);
        if (tradeOff) {
            trace.add("trade-off: its enablers are both harmed and supported");
        }
        return new GoalScore(goal, level, score, band, tradeOff, capped, enablers, trace);
    }

    private static Band meanBand(List<CriterionScore> scores) {
        return new Band(scores.stream().mapToDouble(s -> s.band().low()).average().orElse(0),
                scores.stream().mapToDouble(s -> s.band().high()).average().orElse(0));
    }

    static AssessmentScore overall(Rubric rubric, List<CriterionScore> properties, List<GoalScore> goals) {
        List<String> trace = new ArrayList<>();
        List<CriterionScore> scoredProperties = properties.stream().filter(p -> p.score() != null).toList();
        Double score = scoredProperties.isEmpty() ? null
                : scoredProperties.stream().mapToDouble(CriterionScore::score).average().orElseThrow();
        if (score != null) {
            trace.add("score: mean of the critical properties " + scoredProperties.stream()
                    .map(p -> p.criterion().id() + " " + Numbers.signed(p.score())).collect(Collectors.joining(", "))
                    + " = " + Numbers.signed(score));
        }
        String worst = worst(rubric, properties, goals);
        String level;
        if (Levels.direction(rubric, worst) < 0) {
            level = worst;
            trace.add("level: the worst of the critical properties and the goals, as a harm is never averaged away → "
                    + rubric.levelLabel(level));
        } else if (Levels.valued(rubric, worst) && score != null) {
            level = Levels.of(rubric, score);
            trace.add("level: nothing is harmed, so the level of the score: " + Numbers.signed(score) + " "
                    + bound(rubric, level).rule() + " → " + rubric.levelLabel(level));
        } else {
            level = worst;
            trace.add("level: " + Levels.label(rubric, level).toLowerCase(java.util.Locale.ROOT));
        }
        int answered = properties.stream().mapToInt(CriterionScore::answered).sum() + goals.stream().mapToInt(GoalScore::answered).sum();
        int total = properties.stream().mapToInt(CriterionScore::total).sum() + goals.stream().mapToInt(GoalScore::total).sum();
        Band band = properties.isEmpty() ? meanBand(goals.stream().flatMap(g -> g.enablers().stream()).toList()) : meanBand(properties);
        Verdict verdict = new Verdict(
                count(rubric, properties.stream().map(CriterionScore::level).toList(), -1),
                count(rubric, properties.stream().map(CriterionScore::level).toList(), 1),
                (int) properties.stream().filter(CriterionScore::assessed).count(), properties.size(),
                count(rubric, goals.stream().map(GoalScore::level).toList(), -1),
                count(rubric, goals.stream().map(GoalScore::level).toList(), 1),
                (int) goals.stream().filter(GoalScore::assessed).count(), goals.size());
        return new AssessmentScore(rubric, properties, goals, level, score, band, answered, total, verdict, trace);
    }

    private static String worst(Rubric rubric, List<CriterionScore> properties, List<GoalScore> goals) {
        List<String> levels = new ArrayList<>();
        properties.forEach(p -> levels.add(p.level()));
        goals.forEach(g -> levels.add(g.level()));
        String worst = levels.stream().filter(l -> Levels.valued(rubric, l))
                .min(Comparator.comparingInt(l -> Levels.rank(rubric, l))).orElse(null);
        if (worst != null) {
            return worst;
        }
        return levels.stream().anyMatch(l -> Objects.equals(l, Levels.UNCLEAR)) ? Levels.UNCLEAR : Levels.NOT_ASSESSED;
    }

    private static int count(Rubric rubric, List<String> levels, int sign) {
        return (int) levels.stream().filter(l -> Math.signum(Levels.direction(rubric, l)) == sign).count();
    }
}
