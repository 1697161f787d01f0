package dev.iia.scoring;

import static dev.iia.Fixtures.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.iia.Fixtures;
import dev.iia.assessment.Assessment;
import dev.iia.rubric.Rubric;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private final Rubric rubric = Fixtures.miniRubric();

    private AssessmentScore score(Assessment assessment) {
        return Scorer.score(rubric, assessment);
    }

    private CriterionScore criterion(AssessmentScore score, String id) {
        return score.criteria().stream().filter(c -> c.criterion().id().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    class Criteria {
        @Test
        void scoreIsTheMeanWeightedByQuestionWeightAndConfidence() {
            CriterionScore p1 = criterion(score(assessment("q1", "negative/high", "q2", "positive/low")), "p1");

            assertThat(p1.score()).isCloseTo((2 * 1.0 * -1 + 1 * 0.4 * 1) / (2 * 1.0 + 1 * 0.4), within(1e-9));
            assertThat(p1.level()).isEqualTo("negative");
        }

        @Test
        void anAnswerWithoutConfidenceWeighsAsTheRubricsDefault() {
            CriterionScore withDefault = criterion(score(assessment("q3", "negative", "q4", "positive/high")), "p2");
            CriterionScore withMedium = criterion(score(assessment("q3", "negative/medium", "q4", "positive/high")), "p2");

            assertThat(withDefault.score()).isEqualTo(withMedium.score());
            assertThat(withDefault.contributions().get(0).confidence()).isEqualTo("medium");
        }

        @Test
        void unclearCountsAsAnsweredButStaysOutOfTheMean() {
            CriterionScore p2 = criterion(score(assessment("q3", "unclear/high", "q4", "negative/high")), "p2");

            assertThat(p2.score()).isEqualTo(-1.0);
            assertThat(p2.answered()).isEqualTo(2);
            assertThat(p2.total()).isEqualTo(2);
        }

        @Test
        void onlyUnclearAnswersGiveTheLevelUnclearWithoutScore() {
            CriterionScore p2 = criterion(score(assessment("q3", "unclear", "q4", "unclear")), "p2");

            assertThat(p2.level()).isEqualTo(Levels.UNCLEAR);
            assertThat(p2.score()).isNull();
            assertThat(p2.band()).isEqualTo(new Band(-2, 2));
        }

        @Test
        void nothingAnsweredIsNotAssessedNeverAZero() {
            CriterionScore p2 = criterion(score(assessment("q1", "negative/high")), "p2");

            assertThat(p2.level()).isEqualTo(Levels.NOT_ASSESSED);
            assertThat(p2.score()).isNull();
            assertThat(p2.answered()).isZero();
            assertThat(p2.unanswered()).containsExactly("q3", "q4");
            assertThat(p2.band()).isEqualTo(new Band(-2, 2));
        }

        @Test
        void aSingleAnswerSetsTheScoreAndTheBandStaysOpenForTheOther() {
            CriterionScore p2 = criterion(score(assessment("q3", "negative/high")), "p2");

            assertThat(p2.score()).isEqualTo(-1.0);
            assertThat(p2.level()).isEqualTo("negative");
            assertThat(p2.band().low()).isCloseTo((-1 - 2) / 2.0, within(1e-9));
            assertThat(p2.band().high()).isCloseTo((-1 + 2) / 2.0, within(1e-9));
            assertThat(p2.unanswered()).containsExactly("q4");
        }

        @Test
        void aFullyAnsweredCriterionHasASettledBand() {
            CriterionScore p2 = criterion(score(assessment("q3", "negative/high", "q4", "none/low")), "p2");

            assertThat(p2.band().settled()).isTrue();
            assertThat(p2.band().low()).isCloseTo(p2.score(), within(1e-9));
        }

        @Test
        void bothHarmAndSupportMarkATradeOff() {
            assertThat(criterion(score(assessment("q3", "negative/high", "q4", "positive/high")), "p2").tradeOff()).isTrue();
            assertThat(criterion(score(assessment("q3", "negative/high", "q4", "none/high")), "p2").tradeOff()).isFalse();
        }

        @Test
        void aStronglyNegativeAnswerWithMediumConfidenceCapsAPositiveCriterionAtNegative() {
            CriterionScore p2 = criterion(score(assessment("q3", "strongly-negative/medium", "q4", "strongly-positive/high")), "p2");

            assertThat(p2.score()).isCloseTo((-2 * 0.7 + 2) / 1.7, within(1e-9)).isPositive();
            assertThat(p2.level()).isEqualTo("negative");
            assertThat(p2.capped()).isTrue();
            assertThat(p2.trace()).anyMatch(line -> line.startsWith("severe harm: q3 is strongly negative with medium confidence"));
        }

        @Test
        void aStronglyNegativeAnswerWithLowConfidenceDoesNotCap() {
            CriterionScore p2 = criterion(score(assessment("q3", "strongly-negative/low", "q4", "strongly-positive/high")), "p2");

            assertThat(p2.level()).isEqualTo("positive");
            assertThat(p2.capped()).isFalse();
        }

        @Test
        void theCapNeverRaisesALevel() {
            CriterionScore p2 = criterion(score(assessment("q3", "strongly-negative/high", "q4", "strongly-negative/high")), "p2");

            assertThat(p2.level()).isEqualTo("strongly-negative");
            assertThat(p2.capped()).isFalse();
        }

        @Test
        void theTraceShowsTheFormulaAndTheRuleThatSetTheLevel() {
            CriterionScore p1 = criterion(score(assessment("q1", "strongly-negative/high", "q2", "positive/low")), "p1");

            assertThat(p1.trace()).containsExactly(
                    "(2×1×-2 + 1×0.4×1) / (2×1 + 1×0.4) = -3.60 / 2.4 = -1.50",
                    "-1.50 ≤ -1.25 → Strongly negative",
                    "trade-off: answers both harm and support this criterion");
        }

        @Test
        void theConfidenceShownIsTheLevelNearestTheAnswersMeanConfidence() {
            assertThat(criterion(score(assessment("q3", "negative/high", "q4", "negative/low")), "p2").confidence()).isEqualTo("medium");
            assertThat(criterion(score(assessment("q3", "negative/high", "q4", "negative/high")), "p2").confidence()).isEqualTo("high");
        }
    }

    @Nested
    class Thresholds {
        @Test
        void boundsWrittenUpToIncludeTheirValueAndBoundsWrittenBelowDoNot() {
            assertThat(Levels.of(rubric, -1.25)).isEqualTo("strongly-negative");
            assertThat(Levels.of(rubric, -1.2499)).isEqualTo("negative");
            assertThat(Levels.of(rubric, -0.25)).isEqualTo("negative");
            assertThat(Levels.of(rubric, -0.2499)).isEqualTo("none");
            assertThat(Levels.of(rubric, 0.25)).isEqualTo("positive");
            assertThat(Levels.of(rubric, 0.2499)).isEqualTo("none");
            assertThat(Levels.of(rubric, 1.25)).isEqualTo("strongly-positive");
            assertThat(Levels.of(rubric, 2)).isEqualTo("strongly-positive");
            assertThat(Levels.of(rubric, -2)).isEqualTo("strongly-negative");
        }
    }

    @Nested
    class Goals {
        @Test
        void aGoalScoresTheMeanOfItsEnablers() {
            GoalScore open = score(assessment("q5", "negative/high", "q6", "negative/high", "q7", "positive/high", "q8", "strongly-positive/high")).goals().get(0);

            assertThat(open.score()).isCloseTo((-1 + 1.5) / 2, within(1e-9));
            assertThat(open.level()).isEqualTo("positive");
            assertThat(open.tradeOff()).isTrue();
        }

        @Test
        void aStronglyNegativeEnablerCapsItsGoalAtNegative() {
            GoalScore open = score(assessment("q5", "strongly-negative/high", "q6", "strongly-negative/high",
                    "q7", "strongly-positive/high", "q8", "strongly-positive/high")).goals().get(0);

            assertThat(open.score()).isCloseTo(0, within(1e-9));
            assertThat(open.level()).isEqualTo("negative");
            assertThat(open.capped()).isTrue();
        }

        @Test
        void aGoalWithOneEnablerAnsweredUsesThatOneAndKeepsTheOtherOpenInItsBand() {
            GoalScore open = score(assessment("q5", "negative/high", "q6", "negative/high")).goals().get(0);

            assertThat(open.score()).isEqualTo(-1.0);
            assertThat(open.band().low()).isCloseTo((-1 + -2) / 2.0, within(1e-9));
            assertThat(open.band().high()).isCloseTo((-1 + 2) / 2.0, within(1e-9));
        }

        @Test
        void aGoalWithoutAnswersIsNotAssessed() {
            GoalScore open = score(assessment("q1", "negative/high")).goals().get(0);

            assertThat(open.level()).isEqualTo(Levels.NOT_ASSESSED);
            assertThat(open.score()).isNull();
        }
    }

    @Nested
    class Overall {
        @Test
        void anyHarmSetsTheOverallLevelToTheWorstOfPropertiesAndGoals() {
            AssessmentScore score = score(assessment("q1", "strongly-positive/high", "q2", "strongly-positive/high",
                    "q3", "positive/high", "q4", "positive/high",
                    "q5", "strongly-negative/high", "q6", "strongly-negative/high", "q7", "negative/high", "q8", "negative/high"));

            assertThat(score.score()).isCloseTo(1.5, within(1e-9));
            assertThat(score.goals().get(0).level()).isEqualTo("strongly-negative");
            assertThat(score.level()).isEqualTo("strongly-negative");
        }

        @Test
        void withoutHarmTheOverallLevelIsTheLevelOfTheMeanOfTheProperties() {
            AssessmentScore score = score(assessment("q1", "positive/high", "q2", "positive/high",
                    "q3", "none/high", "q4", "none/high", "q5", "positive/high", "q6", "positive/high",
                    "q7", "none/high", "q8", "none/high"));

            assertThat(score.score()).isCloseTo(0.5, within(1e-9));
            assertThat(score.level()).isEqualTo("positive");
        }

        @Test
        void nothingAnsweredIsNotAssessedAndOnlyUnclearIsUnclear() {
            assertThat(score(assessment()).level()).isEqualTo(Levels.NOT_ASSESSED);
            assertThat(score(assessment()).score()).isNull();
            assertThat(score(assessment("q1", "unclear")).level()).isEqualTo(Levels.UNCLEAR);
        }

        @Test
        void coverageCountsEveryQuestionOfTheRubric() {
            AssessmentScore score = score(assessment("q1", "negative", "q5", "unclear"));

            assertThat(score.answered()).isEqualTo(2);
            assertThat(score.total()).isEqualTo(8);
        }

        @Test
        void theVerdictCountsUnderminedPropertiesHarmedGoalsAndWhatIsSupported() {
            AssessmentScore score = score(assessment("q1", "negative/high", "q3", "positive/high", "q5", "negative/high"));

            assertThat(score.verdict().text()).isEqualTo("Undermines 1 of 2 critical properties and harms 1 of 1 goal; supports 1 property and 0 goals.");
        }

        @Test
        void theVerdictNamesWhatIsNotAssessed() {
            AssessmentScore score = score(assessment("q1", "negative/high"));

            assertThat(score.verdict().text()).isEqualTo("Undermines 1 of 2 critical properties and harms 0 of 1 goal (not assessed: 1 property, 1 goal).");
        }

        @Test
        void theGateTripsAtAndBelowTheLevelButNeverWhenNothingIsAssessed() {
            AssessmentScore negative = score(assessment("q1", "negative/high"));

            assertThat(negative.atOrBelow("negative")).isTrue();
            assertThat(negative.atOrBelow("none")).isTrue();
            assertThat(negative.atOrBelow("strongly-negative")).isFalse();
            assertThat(score(assessment()).atOrBelow("strongly-positive")).isFalse();
        }
    }
}
