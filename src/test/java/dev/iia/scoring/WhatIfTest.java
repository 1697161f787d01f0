package dev.iia.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iia.Fixtures;
import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.Recommendation;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.rubric.ScaleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WhatIfTest {
    private static final Rubric MINI = Fixtures.miniRubric();
    private static final Rubric IWN = RubricCatalog.shared().builtIn("iwn");

    static Stream<Rubric> rubrics() {
        return Stream.of(MINI, IWN);
    }

    /** Generated cases: many answer patterns, recommendations and subsets of them, from fixed seeds. */
    @ParameterizedTest
    @MethodSource("rubrics")
    void theResidualIsTheScoreOfACopyWithTheAdoptedAnswersReplaced(Rubric rubric) {
        for (long seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            Assessment assessment = generated(rubric, random);
            List<Integer> subset = subset(assessment.recommendations().size(), random);

            WhatIf whatIf = WhatIf.of(rubric, assessment, subset);

            Map<String, Answer> replaced = new LinkedHashMap<>(assessment.answers());
            for (int number = 1; number <= assessment.recommendations().size(); number++) {
                if (subset.contains(number)) {
                    replaced.putAll(assessment.recommendations().get(number - 1).changes());
                }
            }
            String why = "seed " + seed + ", adopting " + subset;
            assertThat(whatIf.residual()).as(why).isEqualTo(Scorer.score(rubric, assessment.withAnswers(replaced), Scorer.Traces.SKIPPED));
            assertThat(whatIf.inherent()).as(why).isEqualTo(Scorer.score(rubric, assessment, Scorer.Traces.SKIPPED));
            assertThat(whatIf.adopted()).as(why).isEqualTo(subset.stream().distinct().sorted().toList());
            List<ScoreRow> before = ScoreRow.of(whatIf.inherent());
            List<ScoreRow> after = ScoreRow.of(whatIf.residual());
            for (int i = 0; i < before.size(); i++) {
                WhatIf.Row row = whatIf.rows().get(i);
                boolean moved = !before.get(i).level().equals(after.get(i).level())
                        || !java.util.Objects.equals(before.get(i).score(), after.get(i).score());
                assertThat(row.moved()).as(why + ", " + row.id()).isEqualTo(moved);
                assertThat(row.movedBy()).as(why).isSubsetOf(whatIf.adopted());
                assertThat(row.residualLevel()).isEqualTo(after.get(i).level());
                assertThat(row.inherentLevel()).isEqualTo(before.get(i).level());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void aScoreAlreadyMadeWithItsTracesGivesTheSameResidualAndRows(Rubric rubric) {
        for (long seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            Assessment assessment = generated(rubric, random);
            List<Integer> subset = subset(assessment.recommendations().size(), random);
            AssessmentScore traced = Scorer.score(rubric, assessment, Scorer.Traces.KEPT);

            WhatIf given = WhatIf.of(rubric, assessment, traced, subset);

            WhatIf made = WhatIf.of(rubric, assessment, subset);
            assertThat(given.residual()).as("seed %d", seed).isEqualTo(made.residual());
            assertThat(given.rows()).as("seed %d", seed).isEqualTo(made.rows());
            assertThat(given.inherent()).isSameAs(traced);
        }
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void adoptingNothingLeavesTheInherentScore(Rubric rubric) {
        for (long seed = 0; seed < 50; seed++) {
            Assessment assessment = generated(rubric, new Random(seed));

            WhatIf whatIf = WhatIf.of(rubric, assessment, List.of());

            assertThat(whatIf.residual()).isEqualTo(whatIf.inherent());
            assertThat(whatIf.rows()).noneMatch(WhatIf.Row::moved);
        }
    }

    @Test
    void namesTheRecommendationThatMovedEachCriterionAndItsGoal() {
        Assessment assessment = Fixtures.assessment("q1", "negative/high", "q3", "negative/high", "q5", "negative/high")
                .withRecommendations(List.of(
                        Recommendation.plain("Talk more."),
                        new Recommendation("Drop article 3.", Map.of("q1", new Answer("none", "high", "Gone.", null))),
                        new Recommendation("Drop article 5.", Map.of("q5", new Answer("positive", "high", null, null)))));

        WhatIf whatIf = WhatIf.ofAll(MINI, assessment);

        assertThat(row(whatIf, "p1").movedBy()).containsExactly(2);
        assertThat(row(whatIf, "p1").inherentLevel()).isEqualTo("negative");
        assertThat(row(whatIf, "p1").residualLevel()).isEqualTo("none");
        assertThat(row(whatIf, "p2").moved()).isFalse();
        assertThat(row(whatIf, "e1").movedBy()).containsExactly(3);
        assertThat(row(whatIf, "open").movedBy()).containsExactly(3);
        assertThat(whatIf.adopted()).containsExactly(2, 3);
    }

    @Test
    void aLaterRecommendationsAnswerCountsWhenTwoChangeTheSameQuestion() {
        Assessment assessment = Fixtures.assessment("q1", "negative/high").withRecommendations(List.of(
                new Recommendation("A.", Map.of("q1", new Answer("positive", "high", null, null))),
                new Recommendation("B.", Map.of("q1", new Answer("none", "high", null, null)))));

        Assessment adopted = WhatIf.adopting(assessment, List.of(2, 1));

        assertThat(adopted.answers().get("q1").impact()).isEqualTo("none");
    }

    @Test
    void refusesARecommendationNumberTheAssessmentDoesNotHave() {
        Assessment assessment = Fixtures.assessment("q1", "negative").withRecommendations(List.of(Recommendation.plain("A.")));

        assertThatThrownBy(() -> WhatIf.of(MINI, assessment, List.of(2))).isInstanceOf(IllegalArgumentException.class);
    }

    private static WhatIf.Row row(WhatIf whatIf, String id) {
        return whatIf.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Assessment generated(Rubric rubric, Random random) {
        List<Question> questions = rubric.questions();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            if (random.nextInt(4) > 0) {
                answers.put(question.id(), answer(rubric, random));
            }
        }
        List<Recommendation> recommendations = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Map<String, Answer> changes = new LinkedHashMap<>();
            int changed = random.nextInt(4);
            for (int c = 0; c < changed; c++) {
                changes.put(questions.get(random.nextInt(questions.size())).id(), answer(rubric, random));
            }
            recommendations.add(new Recommendation("Recommendation " + (i + 1) + ".", changes));
        }
        return Fixtures.assessment().withAnswers(answers).withRecommendations(recommendations);
    }

    private static Answer answer(Rubric rubric, Random random) {
        List<ScaleEntry> scale = rubric.scale();
        List<ConfidenceLevel> confidence = rubric.confidence();
        String level = random.nextInt(4) == 0 ? null : confidence.get(random.nextInt(confidence.size())).key();
        return new Answer(scale.get(random.nextInt(scale.size())).key(), level, null, null);
    }

    /** Each recommendation in or out at random, sometimes named twice or out of order. */
    private static List<Integer> subset(int count, Random random) {
        List<Integer> subset = new ArrayList<>();
        for (int number = count; number >= 1; number--) {
            if (random.nextBoolean()) {
                subset.add(number);
                if (random.nextInt(5) == 0) {
                    subset.add(number);
                }
            }
        }
        return subset;
    }
}
