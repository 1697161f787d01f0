package dev.iia.scoring;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.Recommendation;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Goal;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inherent and residual impact: the assessment scored as written, and a copy scored with the answers
 * that the adopted recommendations would change replaced, by the same {@link Scorer}, so the residual
 * follows the same model as every other number. What it shows is levels and verdicts, so both are
 * scored without traces. When two adopted recommendations change the same question, the later one's
 * answer counts. Written without streams: a brief works out its residual on a cold JVM, where each
 * stream and lambda is first-time work.
 *
 * @param adopted the recommendations adopted, numbered from 1 as the brief numbers them, ascending
 * @param rows    every criterion and goal in {@link ScoreRow} order, with both levels and what moved it
 */
public record WhatIf(AssessmentScore inherent, AssessmentScore residual, List<Integer> adopted, List<Row> rows) {

    /**
     * One criterion or goal: its level as written and with the recommendations adopted.
     *
     * @param movedBy the adopted recommendations that change one of its answers, when its level or
     *                score moved; empty when nothing moved it
     */
    public record Row(ScoreRow.Kind kind, String id, String title, String inherentLevel, String residualLevel,
                      List<Integer> movedBy) {
        public boolean moved() {
            return !movedBy.isEmpty();
        }

        public boolean levelMoved() {
            return !inherentLevel.equals(residualLevel);
        }
    }

    public WhatIf {
        adopted = List.copyOf(adopted);
        rows = List.copyOf(rows);
    }

    /** Every recommendation that says what it would change adopted (the others change nothing). */
    public static WhatIf ofAll(Rubric rubric, Assessment assessment) {
        return of(rubric, assessment, changing(assessment));
    }

    /** The same, from the assessment's score as written, already made (its traces are not read). */
    public static WhatIf ofAll(Rubric rubric, Assessment assessment, AssessmentScore inherent) {
        return of(rubric, assessment, inherent, changing(assessment));
    }

    /** The numbers of the recommendations that say which answers they would change. */
    public static List<Integer> changing(Assessment assessment) {
        List<Recommendation> recommendations = assessment.recommendations();
        List<Integer> changing = new ArrayList<>();
        for (int number = 1; number <= recommendations.size(); number++) {
            if (recommendations.get(number - 1).changesAnswers()) {
                changing.add(number);
            }
        }
        return List.copyOf(changing);
    }

    /**
     * The chosen recommendations adopted.
     *
     * @param numbers recommendations numbered from 1; each must be at most the number of recommendations
     */
    public static WhatIf of(Rubric rubric, Assessment assessment, List<Integer> numbers) {
        return of(rubric, assessment, Scorer.score(rubric, assessment, Scorer.Traces.SKIPPED), numbers);
    }

    /** The same, from the assessment's score as written, already made (its traces are not read). */
    public static WhatIf of(Rubric rubric, Assessment assessment, AssessmentScore inherent, List<Integer> numbers) {
        List<Integer> adopted = distinctAscending(numbers);
        for (int number : adopted) {
            checkNumber(assessment, number);
        }
        AssessmentScore residual = Scorer.score(rubric, adopting(assessment, adopted), Scorer.Traces.SKIPPED);
        return new WhatIf(inherent, residual, adopted, rows(rubric, assessment, adopted, inherent, residual));
    }

    /** A copy of the assessment with the answers the recommendations would change replaced. */
    public static Assessment adopting(Assessment assessment, List<Integer> numbers) {
        Map<String, Answer> answers = new LinkedHashMap<>(assessment.answers());
        for (int number : distinctAscending(numbers)) {
            answers.putAll(recommendation(assessment, number).changes());
        }
        return assessment.withAnswers(answers);
    }

    private static List<Integer> distinctAscending(List<Integer> numbers) {
        return List.copyOf(new TreeSet<>(numbers));
    }

    private static List<Row> rows(Rubric rubric, Assessment assessment, List<Integer> adopted, AssessmentScore inherent,
            AssessmentScore residual) {
        List<ScoreRow> before = ScoreRow.of(inherent);
        List<ScoreRow> after = ScoreRow.of(residual);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            ScoreRow was = before.get(i);
            ScoreRow is = after.get(i);
            boolean moved = !was.level().equals(is.level()) || !Objects.equals(was.score(), is.score());
            List<Integer> movedBy = moved ? changing(rubric, assessment, adopted, was) : List.of();
            rows.add(new Row(was.kind(), was.id(), was.title(), was.level(), is.level(), movedBy));
        }
        return rows;
    }

    /** The adopted recommendations that give some question of the row an answer other than the one written. */
    private static List<Integer> changing(Rubric rubric, Assessment assessment, List<Integer> adopted, ScoreRow row) {
        Set<String> questions = new HashSet<>();
        for (Criterion criterion : criteriaOf(rubric, row)) {
            for (Question question : criterion.questions()) {
                questions.add(question.id());
            }
        }
        List<Integer> changing = new ArrayList<>();
        for (int number : adopted) {
            if (changesOneOf(assessment, recommendation(assessment, number), questions)) {
                changing.add(number);
            }
        }
        return changing;
    }

    private static boolean changesOneOf(Assessment assessment, Recommendation recommendation, Set<String> questions) {
        for (Map.Entry<String, Answer> change : recommendation.changes().entrySet()) {
            if (questions.contains(change.getKey()) && differs(assessment.answers().get(change.getKey()), change.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static List<Criterion> criteriaOf(Rubric rubric, ScoreRow row) {
        if (row.kind() == ScoreRow.Kind.GOAL) {
            Goal goal = rubric.goal(row.id()).orElse(null);
            return goal == null ? List.of() : rubric.enablersOf(goal);
        }
        Criterion criterion = rubric.criterion(row.id()).orElse(null);
        return criterion == null ? List.of() : List.of(criterion);
    }

    /** @param written the answer as written, null when the question has none */
    private static boolean differs(Answer written, Answer change) {
        return written == null || !written.impact().equals(change.impact()) || !Objects.equals(written.confidence(), change.confidence());
    }

    private static Recommendation recommendation(Assessment assessment, int number) {
        return assessment.recommendations().get(number - 1);
    }

    private static void checkNumber(Assessment assessment, int number) {
        int count = assessment.recommendations().size();
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("no recommendation " + number + " among " + count);
        }
    }
}
