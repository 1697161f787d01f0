package dev.iia.scoring;

import dev.iia.rubric.Fraction;
import dev.iia.rubric.Rubric;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Aggregation {@code worst-harm}, the toolkit's own reasoning (docs/scoring.md): a harm given with
 * at least the rubric's credible confidence sets the level, as bad as the worst one; "no impact"
 * answers never dilute it and support never offsets it (support marks a trade-off). Harms given with
 * less confidence mark a possible harm: not counted as undermining, but the level is then at best no
 * impact. With no harm, the weakest credible support sets the level, so a benefit is never
 * overstated. Goals and the overall level apply the same rule to their parts' levels.
 */
final class WorstHarm {
    private WorstHarm() {
    }

    /** A scored part of a goal or of the whole: its level and flags. */
    record Part(String id, String level, boolean tradeOff, boolean possibleHarm) {
        static Part of(CriterionScore score) {
            return new Part(score.criterion().id(), score.level(), score.tradeOff(), score.possibleHarm());
        }

        static Part of(GoalScore score) {
            return new Part(score.goal().id(), score.level(), score.tradeOff(), score.possibleHarm());
        }
    }

    static Scorer.Decision criterion(Rubric rubric, List<Contribution> valued, Supplier<String> formula, Trace trace) {
        trace.add(() -> "score (ranks; never decides the level alone): " + formula.get());
        BigDecimal credible = rubric.confidenceWeight(rubric.credibleConfidence());
        List<Contribution> harms = valued.stream().filter(Contribution::harms).toList();
        List<Contribution> supports = valued.stream().filter(Contribution::supports).toList();
        List<Contribution> credibleHarms = harms.stream().filter(c -> c.exactConfidenceWeight().compareTo(credible) >= 0).toList();
        List<Contribution> credibleSupports = supports.stream().filter(c -> c.exactConfidenceWeight().compareTo(credible) >= 0).toList();
        String none = Levels.of(rubric, Fraction.ZERO);
        if (!credibleHarms.isEmpty()) {
            Contribution worst = credibleHarms.stream().min(Comparator.comparing(Contribution::exactValue)).orElseThrow();
            String level = levelOf(rubric, worst);
            trace.add(() -> "worst-harm: the worst credible harm is " + describe(rubric, worst) + " → " + rubric.levelLabel(level)
                    + noneNote(valued));
            boolean tradeOff = !supports.isEmpty();
            if (tradeOff) {
                trace.add(() -> "trade-off: " + ids(supports) + " support it; support never offsets a harm");
            }
            return new Scorer.Decision(level, tradeOff, false, false, trace.lines());
        }
        if (!harms.isEmpty()) {
            trace.add(() -> "worst-harm: possible harm: " + harms.stream().map(c -> describe(rubric, c)).collect(Collectors.joining("; "))
                    + ", below the credible confidence (" + rubric.credibleConfidence() + "): not counted as undermining;"
                    + " the level is at best " + rubric.levelLabel(none));
            if (!supports.isEmpty()) {
                trace.add(() -> "trade-off: " + ids(supports) + " support it; support never offsets a harm");
            }
            return new Scorer.Decision(none, !supports.isEmpty(), false, true, trace.lines());
        }
        if (!credibleSupports.isEmpty()) {
            Contribution weakest = credibleSupports.stream().min(Comparator.comparing(Contribution::exactValue)).orElseThrow();
            String level = levelOf(rubric, weakest);
            trace.add(() -> "worst-harm: nothing harms it; the weakest credible support is " + describe(rubric, weakest) + " → "
                    + rubric.levelLabel(level) + noneNote(valued));
            return new Scorer.Decision(level, false, false, false, trace.lines());
        }
        trace.add(() -> "worst-harm: no harm and no credible support → " + rubric.levelLabel(none)
                + (supports.isEmpty() ? "" : " (support given below " + rubric.credibleConfidence() + " confidence is not counted)"));
        return new Scorer.Decision(none, false, false, false, trace.lines());
    }

    /** The level an answer's value has on its own, by the rubric's thresholds. */
    private static String levelOf(Rubric rubric, Contribution answer) {
        return Levels.of(rubric, Fraction.of(answer.exactValue()));
    }

    private static String describe(Rubric rubric, Contribution c) {
        return c.questionId() + " (" + rubric.levelLabel(c.impact()).toLowerCase(Locale.ROOT) + ", " + c.confidence() + " confidence)";
    }

    private static String noneNote(List<Contribution> valued) {
        long nones = valued.stream().filter(c -> c.exactValue().signum() == 0).count();
        return nones == 0 ? "" : "; " + nones + " no-impact " + (nones == 1 ? "answer does" : "answers do") + " not dilute it";
    }

    private static String ids(List<Contribution> answers) {
        return answers.stream().map(Contribution::questionId).collect(Collectors.joining(", "));
    }

    /** Harm first over parts: the worst harmed part; else a possible harm; else the weakest support; else no impact. */
    /** @param meanLine the line of the parts' mean score, or null where the caller's trace has its own */
    static Scorer.Decision combine(Rubric rubric, List<Part> parts, Supplier<String> meanLine, String noun, Trace trace) {
        if (meanLine != null) {
            trace.add(() -> "score (ranks; never decides the level alone): " + meanLine.get());
        }
        List<Part> valued = parts.stream().filter(p -> Levels.valued(rubric, p.level())).toList();
        if (valued.isEmpty()) {
            String level = parts.stream().anyMatch(p -> Levels.UNCLEAR.equals(p.level())) ? Levels.UNCLEAR : Levels.NOT_ASSESSED;
            trace.add(() -> "level: " + Levels.label(rubric, level).toLowerCase(Locale.ROOT));
            return new Scorer.Decision(level, false, false, false, trace.lines());
        }
        List<Part> harmed = valued.stream().filter(p -> Levels.direction(rubric, p.level()) < 0).toList();
        List<Part> supported = valued.stream().filter(p -> Levels.direction(rubric, p.level()) > 0).toList();
        List<Part> possible = valued.stream().filter(Part::possibleHarm).toList();
        String none = Levels.of(rubric, Fraction.ZERO);
        if (!harmed.isEmpty()) {
            String level = harmed.stream().map(Part::level).min(Comparator.comparingInt(l -> Levels.rank(rubric, l))).orElseThrow();
            trace.add(() -> "worst-harm: harmed " + listed(rubric, harmed) + "; the worst sets the level → " + rubric.levelLabel(level));
            List<Part> tradeOffs = valued.stream().filter(p -> p.tradeOff() || Levels.direction(rubric, p.level()) > 0).toList();
            if (!tradeOffs.isEmpty()) {
                trace.add(() -> "trade-off: " + tradeOffs.stream().map(Part::id).collect(Collectors.joining(", "))
                        + " also supported; support never offsets a harm");
            }
            return new Scorer.Decision(level, !tradeOffs.isEmpty(), false, false, trace.lines());
        }
        if (!possible.isEmpty()) {
            trace.add(() -> "worst-harm: possible harm to " + possible.stream().map(Part::id).collect(Collectors.joining(", "))
                    + ", no credible harm → at best " + rubric.levelLabel(none));
            if (!supported.isEmpty()) {
                trace.add(() -> "trade-off: " + supported.stream().map(Part::id).collect(Collectors.joining(", ")) + " supported");
            }
            return new Scorer.Decision(none, !supported.isEmpty(), false, true, trace.lines());
        }
        if (!supported.isEmpty()) {
            String level = supported.stream().map(Part::level).min(Comparator.comparingInt(l -> Levels.rank(rubric, l))).orElseThrow();
            trace.add(() -> "worst-harm: no " + noun + " harmed; supported " + listed(rubric, supported)
                    + "; the weakest support sets the level → " + rubric.levelLabel(level));
            return new Scorer.Decision(level, false, false, false, trace.lines());
        }
        trace.add(() -> "worst-harm: no " + noun + " harmed or supported → " + rubric.levelLabel(none));
        return new Scorer.Decision(none, false, false, false, trace.lines());
    }

    private static String listed(Rubric rubric, List<Part> parts) {
        return parts.stream().map(p -> p.id() + " (" + rubric.levelLabel(p.level()).toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
    }
}
