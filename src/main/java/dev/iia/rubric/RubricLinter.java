package dev.iia.rubric;

import dev.iia.problem.Problem;
import dev.iia.yaml.YamlDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Advice on a valid rubric: what makes it weaker without making it wrong. Each warning points at
 * the place to change.
 */
public final class RubricLinter {
    private RubricLinter() {
    }

    public static List<Problem> lint(YamlDocument document, Rubric rubric) {
        List<Problem> warnings = new ArrayList<>();
        BigDecimal min = rubric.exactMinValue();
        BigDecimal max = rubric.exactMaxValue();
        for (int i = 0; i < rubric.levels().size() - 1; i++) {
            LevelBound level = rubric.levels().get(i);
            if (level.bound().compareTo(min) < 0 || (level.upTo() == null && level.bound().compareTo(min) <= 0)) {
                warnings.add(warn(document, "/levels/" + i, "level '" + level.level() + "' can never be reached: its bound "
                        + Numbers.signed(level.bound()) + " is below the lowest possible score " + Numbers.signed(min)));
            } else if (level.bound().compareTo(max) > 0) {
                warnings.add(warn(document, "/levels/" + (i + 1), "level '" + rubric.levels().get(i + 1).level()
                        + "' can never be reached: the bound before it is above the highest possible score " + Numbers.signed(max)));
            }
        }
        if (rubric.severeHarm() != null && rubric.aggregation() == Aggregation.WORST_HARM) {
            warnings.add(warn(document, "/severe-harm", "with aggregation worst-harm a strongly negative answer already sets the"
                    + " level, so the severe-harm cap never changes one: remove it"));
        } else if (rubric.severeHarm() != null && rubric.severeHarm().cap().equals(rubric.levels().get(0).level())) {
            warnings.add(warn(document, "/severe-harm/cap", "the cap is the worst level, so the severe-harm rule never changes a level"));
        }
        for (int g = 0; g < rubric.goals().size(); g++) {
            if (rubric.enablersOf(rubric.goals().get(g)).isEmpty()) {
                warnings.add(warn(document, "/goals/" + g, "goal '" + rubric.goals().get(g).id() + "' has no enablers: no criterion names it"));
            }
        }
        for (int s = 0; s < rubric.sections().size(); s++) {
            List<Criterion> criteria = rubric.sections().get(s).criteria();
            for (int c = 0; c < criteria.size(); c++) {
                lintCriterion(document, "/sections/" + s + "/criteria/" + c, criteria.get(c), warnings);
            }
        }
        return warnings;
    }

    private static void lintCriterion(YamlDocument document, String pointer, Criterion criterion, List<Problem> warnings) {
        if (criterion.questions().size() < 2) {
            warnings.add(warn(document, pointer + "/questions", "criterion '" + criterion.id()
                    + "' has one question: a single answer decides its level; two to four give a fairer picture"));
        }
        if (criterion.guidance() == null) {
            warnings.add(warn(document, pointer, "criterion '" + criterion.id() + "' has no guidance for the analyst"));
        }
        for (int q = 0; q < criterion.questions().size(); q++) {
            Question question = criterion.questions().get(q);
            String at = pointer + "/questions/" + q;
            if (question.help() == null) {
                warnings.add(warn(document, at, "question '" + question.id() + "' has no help: explain it in plain words"));
            }
            if (question.examples() == null || question.examples().negative() == null || question.examples().positive() == null) {
                warnings.add(warn(document, at, "question '" + question.id() + "' lacks a negative and a positive example"));
            }
            if (!question.text().strip().endsWith("?")) {
                warnings.add(warn(document, at + "/text", "question '" + question.id() + "' is not phrased as a question"));
            }
        }
    }

    private static Problem warn(YamlDocument document, String pointer, String message) {
        return document.problemAt(pointer, "warning: " + message);
    }
}
