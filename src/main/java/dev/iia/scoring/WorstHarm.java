package dev.iia.scoring;

import dev.iia.rubric.Fraction;
import dev.iia.rubric.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** @param formula the line of the criterion's score, when the trace is kept */
    static Scorer.Decision criterion(Rubric rubric, List<Contribution> valued, String formula, Trace trace) {
        if (trace.kept()) {
            trace.add("score (ranks; never decides the level alone): " + formula);
        }
        Answers answers = Answers.of(valued, rubric.confidenceWeight(rubric.credibleConfidence()));
        List<Contribution> supports = answers.supports();
        String none = Levels.of(rubric, Fraction.ZERO);
        if (answers.worstCredibleHarm() != null) {
            Contribution worst = answers.worstCredibleHarm();
            String level = levelOf(rubric, worst);
            boolean tradeOff = !supports.isEmpty();
            if (trace.kept()) {
                trace.add("worst-harm: the worst credible harm is " + describe(rubric, worst) + " → " + rubric.levelLabel(level)
                        + noneNote(valued));
                if (tradeOff) {
                    trace.add("trade-off: " + ids(supports) + " support it; support never offsets a harm");
                }
            }
            return new Scorer.Decision(level, tradeOff, false, false, trace.lines());
        }
        if (!answers.harms().isEmpty()) {
            List<Contribution> harms = answers.harms();
            if (trace.kept()) {
                trace.add("worst-harm: possible harm: " + harms.stream().map(c -> describe(rubric, c)).collect(Collectors.joining("; "))
                        + ", below the credible confidence (" + rubric.credibleConfidence() + "): not counted as undermining;"
                        + " the level is at best " + rubric.levelLabel(none));
                if (!supports.isEmpty()) {
                    trace.add("trade-off: " + ids(supports) + " support it; support never offsets a harm");
                }
            }
            return new Scorer.Decision(none, !supports.isEmpty(), false, true, trace.lines());
        }
        if (answers.weakestCredibleSupport() != null) {
            Contribution weakest = answers.weakestCredibleSupport();
            String level = levelOf(rubric, weakest);
            if (trace.kept()) {
                trace.add("worst-harm: nothing harms it; the weakest credible support is " + describe(rubric, weakest) + " → "
                        + rubric.levelLabel(level) + noneNote(valued));
            }
            return new Scorer.Decision(level, false, false, false, trace.lines());
        }
        if (trace.kept()) {
            trace.add("worst-harm: no harm and no credible support → " + rubric.levelLabel(none)
                    + (supports.isEmpty() ? "" : " (support given below " + rubric.credibleConfidence() + " confidence is not counted)"));
        }
        return new Scorer.Decision(none, false, false, false, trace.lines());
    }

    /**
     * A criterion's answers by what they say: harms and supports in the order given, the worst harm and
     * the weakest support given with at least the credible confidence (the first of equals; null when none).
     * One loop, not a stream each: scoring one file on a cold JVM is mostly first-time code.
     */
    private record Answers(List<Contribution> harms, List<Contribution> supports, Contribution worstCredibleHarm,
                           Contribution weakestCredibleSupport) {
        static Answers of(List<Contribution> valued, BigDecimal credible) {
            List<Contribution> harms = new ArrayList<>();
            List<Contribution> supports = new ArrayList<>();
            Contribution worstHarm = null;
            Contribution weakestSupport = null;
            for (Contribution answer : valued) {
                boolean credited = answer.exactConfidenceWeight().compareTo(credible) >= 0;
                if (answer.harms()) {
                    harms.add(answer);
                    worstHarm = credited ? lower(worstHarm, answer) : worstHarm;
                } else if (answer.supports()) {
                    supports.add(answer);
                    weakestSupport = credited ? lower(weakestSupport, answer) : weakestSupport;
                }
            }
            return new Answers(harms, supports, worstHarm, weakestSupport);
        }

        private static Contribution lower(Contribution lowest, Contribution answer) {
            return lowest == null || answer.exactValue().compareTo(lowest.exactValue()) < 0 ? answer : lowest;
        }
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
    /** @param meanLine the line of the parts' mean score when the trace is kept, or null where the caller's trace has its own */
    static Scorer.Decision combine(Rubric rubric, List<Part> parts, String meanLine, String noun, Trace trace) {
        if (meanLine != null && trace.kept()) {
            trace.add("score (ranks; never decides the level alone): " + meanLine);
        }
        Parts sorted = Parts.of(rubric, parts);
        if (!sorted.anyValued()) {
            String level = sorted.anyUnclear() ? Levels.UNCLEAR : Levels.NOT_ASSESSED;
            if (trace.kept()) {
                trace.add("level: " + Levels.label(rubric, level).toLowerCase(Locale.ROOT));
            }
            return new Scorer.Decision(level, false, false, false, trace.lines());
        }
        List<Part> harmed = sorted.harmed();
        List<Part> supported = sorted.supported();
        String none = Levels.of(rubric, Fraction.ZERO);
        if (!harmed.isEmpty()) {
            String level = sorted.worstHarmed();
            List<Part> tradeOffs = sorted.tradeOffs();
            if (trace.kept()) {
                trace.add("worst-harm: harmed " + listed(rubric, harmed) + "; the worst sets the level → " + rubric.levelLabel(level));
                if (!tradeOffs.isEmpty()) {
                    trace.add("trade-off: " + tradeOffs.stream().map(Part::id).collect(Collectors.joining(", "))
                            + " also supported; support never offsets a harm");
                }
            }
            return new Scorer.Decision(level, !tradeOffs.isEmpty(), false, false, trace.lines());
        }
        if (!sorted.possible().isEmpty()) {
            List<Part> possible = sorted.possible();
            if (trace.kept()) {
                trace.add("worst-harm: possible harm to " + possible.stream().map(Part::id).collect(Collectors.joining(", "))
                        + ", no credible harm → at best " + rubric.levelLabel(none));
                if (!supported.isEmpty()) {
                    trace.add("trade-off: " + supported.stream().map(Part::id).collect(Collectors.joining(", ")) + " supported");
                }
            }
            return new Scorer.Decision(none, !supported.isEmpty(), false, true, trace.lines());
        }
        if (!supported.isEmpty()) {
            String level = sorted.weakestSupported();
            if (trace.kept()) {
                trace.add("worst-harm: no " + noun + " harmed; supported " + listed(rubric, supported)
                        + "; the weakest support sets the level → " + rubric.levelLabel(level));
            }
            return new Scorer.Decision(level, false, false, false, trace.lines());
        }
        if (trace.kept()) {
            trace.add("worst-harm: no " + noun + " harmed or supported → " + rubric.levelLabel(none));
        }
        return new Scorer.Decision(none, false, false, false, trace.lines());
    }

    /**
     * Parts by their levels, in the order given: whether any has a value or is unclear; those with a
     * value that are harmed, supported, possibly harmed, or a trade-off (supported, or with one of their
     * own); the worst harmed and the weakest supported level (null when none).
     */
    private record Parts(boolean anyValued, boolean anyUnclear, List<Part> harmed, List<Part> supported, List<Part> possible,
                         List<Part> tradeOffs, String worstHarmed, String weakestSupported) {
        static Parts of(Rubric rubric, List<Part> parts) {
            boolean anyValued = false;
            boolean anyUnclear = false;
            List<Part> harmed = new ArrayList<>();
            List<Part> supported = new ArrayList<>();
            List<Part> possible = new ArrayList<>();
            List<Part> tradeOffs = new ArrayList<>();
            String worstHarmed = null;
            String weakestSupported = null;
            for (Part part : parts) {
                if (!Levels.valued(rubric, part.level())) {
                    anyUnclear |= Levels.UNCLEAR.equals(part.level());
                    continue;
                }
                anyValued = true;
                double direction = Levels.direction(rubric, part.level());
                if (direction < 0) {
                    harmed.add(part);
                    worstHarmed = Levels.worse(rubric, worstHarmed, part.level());
                } else if (direction > 0) {
                    supported.add(part);
                    weakestSupported = Levels.worse(rubric, weakestSupported, part.level());
                }
                if (part.possibleHarm()) {
                    possible.add(part);
                }
                if (part.tradeOff() || direction > 0) {
                    tradeOffs.add(part);
                }
            }
            return new Parts(anyValued, anyUnclear, harmed, supported, possible, tradeOffs, worstHarmed, weakestSupported);
        }
    }

    private static String listed(Rubric rubric, List<Part> parts) {
        return parts.stream().map(p -> p.id() + " (" + rubric.levelLabel(p.level()).toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
    }
}
