package dev.iia.scoring;

import static dev.iia.Fixtures.assessment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.Assessment;
import dev.iia.rubric.Aggregation;
import dev.iia.rubric.Rubric;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorstHarmTest {
    private final Rubric rubric = HarmFirstRubrics.mini();

    private AssessmentScore score(Assessment assessment) {
        return Scorer.score(rubric, assessment);
    }

    private CriterionScore p2(Assessment assessment) {
        return score(assessment).properties().get(1);
    }

    @Test
    void theRubricNamesItsAggregation() {
        assertThat(rubric.aggregation()).isEqualTo(Aggregation.WORST_HARM);
        assertThat(dev.iia.Fixtures.miniRubric().aggregation()).isEqualTo(Aggregation.MEAN);
        assertThat(ScoreReport.of(score(assessment())).aggregation()).isEqualTo("worst-harm");
    }

    @Nested
    class Criteria {
        @Test
        void aHarmAmongNoImpactAnswersStaysAHarm() {
            CriterionScore p2 = p2(assessment("q3", "negative/medium", "q4", "none/high"));

            assertThat(p2.score()).isCloseTo(-0.7 / 1.7, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(p2.level()).isEqualTo("negative");
            assertThat(p2.trace()).contains("worst-harm: the worst credible harm is q3 (negative, medium confidence) → Negative;"
                    + " 1 no-impact answer does not dilute it");
        }

        @Test
        void supportNeverOffsetsAHarmItMarksATradeOff() {
            CriterionScore p2 = p2(assessment("q3", "negative/medium", "q4", "strongly-positive/high"));

            assertThat(p2.score()).isPositive();
            assertThat(p2.level()).isEqualTo("negative");
            assertThat(p2.tradeOff()).isTrue();
            assertThat(p2.trace()).contains("trade-off: q4 support it; support never offsets a harm");
        }

        @Test
        void theWorstCredibleHarmSetsTheLevel() {
            assertThat(p2(assessment("q3", "strongly-negative/medium", "q4", "negative/high")).level()).isEqualTo("strongly-negative");
        }

        @Test
        void aLoneLowConfidenceHarmIsAPossibleHarmNotHidden() {
            AssessmentScore score = score(assessment("q3", "negative/low", "q4", "none/high", "q1", "none/high"));
            CriterionScore p2 = score.properties().get(1);

            assertThat(p2.level()).isEqualTo("none");
            assertThat(p2.possibleHarm()).isTrue();
            assertThat(score.verdict().text()).startsWith("Undermines 0 of 2 critical properties (possibly 1 more)");
        }

        @Test
        void aPossibleHarmKeepsSupportFromSettingTheLevel() {
            CriterionScore p2 = p2(assessment("q3", "negative/low", "q4", "strongly-positive/high"));

            assertThat(p2.level()).isEqualTo("none");
            assertThat(p2.possibleHarm()).isTrue();
            assertThat(p2.tradeOff()).isTrue();
        }

        @Test
        void withoutHarmTheWeakestCredibleSupportSetsTheLevel() {
            assertThat(p2(assessment("q3", "positive/high", "q4", "strongly-positive/high")).level()).isEqualTo("positive");
            assertThat(p2(assessment("q3", "strongly-positive/medium", "q4", "none/high")).level()).isEqualTo("strongly-positive");
            assertThat(p2(assessment("q3", "positive/low", "q4", "none/high")).level()).isEqualTo("none");
        }
    }

    @Nested
    class GoalsAndOverall {
        @Test
        void aGoalIsHarmedWhenAnyEnablerIsEvenWithSupportElsewhere() {
            GoalScore open = score(assessment("q5", "strongly-negative/medium", "q6", "none/high",
                    "q7", "positive/high", "q8", "none/high")).goals().get(0);

            assertThat(open.score()).isNegative();
            assertThat(open.level()).isEqualTo("strongly-negative");
            assertThat(open.tradeOff()).isTrue();
        }

        @Test
        void theOverallLevelIsTheWorstOfPropertiesAndGoals() {
            AssessmentScore score = score(assessment("q1", "strongly-positive/high", "q3", "positive/high",
                    "q5", "negative/medium", "q7", "strongly-positive/high"));

            assertThat(score.level()).isEqualTo("negative");
            assertThat(score.verdict().text()).isEqualTo("Undermines 0 of 2 critical properties and harms 1 of 1 goal;"
                    + " supports 2 properties and 0 goals.");
        }

        @Test
        void withNothingHarmedTheOverallLevelIsTheWeakestSupportAndNoImpactDoesNotDiluteIt() {
            AssessmentScore score = score(assessment("q1", "strongly-positive/high", "q3", "positive/high", "q4", "none/high",
                    "q5", "none/high"));

            assertThat(score.level()).isEqualTo("positive");
        }
    }
}
