package dev.iia.scoring;

import dev.iia.rubric.Fraction;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.SevereHarmRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Aggregation {@code mean} (iwn 1.0 and rubrics that name no rule): a criterion or goal takes the
 * level its mean falls in, capped by the severe-harm rule; the overall level is the worst of
 * properties and goals when any is harmed, else the level of the overall score.
 */
final class MeanRule {
    private MeanRule() {
    }

    /** @param formula the line of the criterion's score, when the trace is kept */
    static Scorer.Decision criterion(Rubric rubric, List<Contribution> valued, Fraction score, String formula, Trace trace) {
        if (trace.kept()) {
            trace.add(formula).add(Levels.rule(rubric, score));
        }
        String level = Levels.of(rubric, score);
        Contribution severe = severeHarm(rubric, valued);
        boolean capped = false;
        if (severe != null && Levels.rank(rubric, level) > Levels.rank(rubric, rubric.severeHarm().cap())) {
            level = rubric.severeHarm().cap();
            capped = true;
            String cap = level;
            if (trace.kept()) {
                trace.add("severe harm: " + severe.questionId() + " is " + rubric.levelLabel(severe.impact()).toLowerCase(Locale.ROOT)
                        + " with " + severe.confidence() + " confidence → at best " + rubric.levelLabel(cap));
            }
        }
        boolean harms = false;
        boolean supports = false;
        for (Contribution answer : valued) {
            harms |= answer.harms();
            supports |= answer.supports();
        }
        boolean tradeOff = harms && supports;
        if (tradeOff) {
            trace.add("trade-off: answers both harm and support this criterion");
        }
        return new Scorer.Decision(level, tradeOff, capped, false, trace.lines());
    }

    private static Contribution severeHarm(Rubric rubric, List<Contribution> valued) {
        SevereHarmRule rule = rubric.severeHarm();
        if (rule == null) {
            return null;
        }
        BigDecimal minimum = rubric.confidenceWeight(rule.minConfidence());
        for (Contribution answer : valued) {
            if (answer.impact().equals(rule.impact()) && answer.exactConfidenceWeight().compareTo(minimum) >= 0) {
                return answer;
            }
        }
        return null;
    }

    /** @param meanLine the line of the enablers' mean score, when the trace is kept */
    static Scorer.Decision goal(Rubric rubric, List<CriterionScore> scored, Fraction score, String meanLine, Trace trace) {
        if (trace.kept()) {
            trace.add(meanLine).add(Levels.rule(rubric, score));
        }
        String level = Levels.of(rubric, score);
        boolean capped = false;
        SevereHarmRule rule = rubric.severeHarm();
        if (rule != null) {
            CriterionScore severe = firstAt(scored, rule.impact());
            if (severe != null && Levels.rank(rubric, level) > Levels.rank(rubric, rule.cap())) {
                level = rule.cap();
                capped = true;
                String cap = level;
                if (trace.kept()) {
                    trace.add("severe harm: " + severe.criterion().id() + " is " + rubric.levelLabel(rule.impact()).toLowerCase(Locale.ROOT)
                            + " → at best " + rubric.levelLabel(cap));
                }
            }
        }
        boolean anyTradeOff = false;
        boolean harmed = false;
        boolean supported = false;
        for (CriterionScore enabler : scored) {
            double direction = Levels.direction(rubric, enabler.level());
            anyTradeOff |= enabler.tradeOff();
            harmed |= direction < 0;
            supported |= direction > 0;
        }
        boolean tradeOff = anyTradeOff || harmed && supported;
        if (tradeOff) {
            trace.add("trade-off: its enablers are both harmed and supported");
        }
        return new Scorer.Decision(level, tradeOff, capped, false, trace.lines());
    }

    /** @param trace the overall trace so far, which this adds its level's line to */
    static Scorer.Decision overall(Rubric rubric, List<CriterionScore> properties, List<GoalScore> goals, Fraction score, Trace trace) {
        String worst = worst(rubric, properties, goals);
        if (Levels.direction(rubric, worst) < 0) {
            if (trace.kept()) {
                trace.add("level: the worst of the critical properties and the goals, as a harm is never averaged away → "
                        + rubric.levelLabel(worst));
            }
            return new Scorer.Decision(worst, false, false, false, trace.lines());
        }
        if (Levels.valued(rubric, worst) && score != null) {
            if (trace.kept()) {
                trace.add("level: nothing is harmed, so the level of the score: " + Levels.rule(rubric, score));
            }
            return new Scorer.Decision(Levels.of(rubric, score), false, false, false, trace.lines());
        }
        if (trace.kept()) {
            trace.add("level: " + Levels.label(rubric, worst).toLowerCase(Locale.ROOT));
        }
        return new Scorer.Decision(worst, false, false, false, trace.lines());
    }

    private static CriterionScore firstAt(List<CriterionScore> scored, String level) {
        for (CriterionScore enabler : scored) {
            if (enabler.level().equals(level)) {
                return enabler;
            }
        }
        return null;
    }

    private static String worst(Rubric rubric, List<CriterionScore> properties, List<GoalScore> goals) {
        List<Scored> parts = new ArrayList<>(properties);
        parts.addAll(goals);
        String worst = null;
        boolean unclear = false;
        for (Scored part : parts) {
            String level = part.level();
            if (Levels.valued(rubric, level)) {
                worst = Levels.worse(rubric, worst, level);
            }
            unclear |= Levels.UNCLEAR.equals(level);
        }
        if (worst != null) {
            return worst;
        }
        return unclear ? Levels.UNCLEAR : Levels.NOT_ASSESSED;
    }
}
