package dev.iia.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.Proposal;
import dev.iia.rubric.Fraction;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExactThresholdTest {
    private final Rubric iwn10 = RubricCatalog.shared().resolve("iwn@1.0", java.nio.file.Path.of("."));

    private static Assessment answers(String rubric, String... idsAndSpecs) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < idsAndSpecs.length; i += 2) {
            String[] spec = idsAndSpecs[i + 1].split("/");
            answers.put(idsAndSpecs[i], new Answer(spec[0], spec[1], null, List.of()));
        }
        return new Assessment(null, rubric, new Proposal("P", null, null, null, null, null, null), List.of(), null, null,
                null, List.of(), answers, Map.of(), null, List.of());
    }

    @Test
    void aCriterionExactlyOnAThresholdTakesTheLevelTheRuleNamesAndTheTraceShowsTheValuesCompared() {
        Assessment assessment = answers("iwn@1.0", "access-connection-cost", "strongly-negative/high",
                "access-permission-to-connect", "none/medium", "access-common-protocol", "positive/medium",
                "access-data-flow-control", "strongly-positive/medium");

        CriterionScore access = Scorer.score(iwn10, assessment).properties().get(0);

        assertThat(access.exactScore().compareTo(new BigDecimal("-0.25"))).isZero();
        assertThat(access.level()).isEqualTo("negative");
        assertThat(access.trace()).startsWith(
                "(1.5×1×-2 + 1×0.7×0 + 1×0.7×1 + 1×0.7×2) / (1.5×1 + 1×0.7 + 1×0.7 + 1×0.7) = -0.90 / 3.6 = -0.25",
                "-0.25 ≤ -0.25 → Negative");
    }

    @Test
    void everyBoundOfTheRubricTakesTheLevelItsRuleNames() {
        assertThat(Levels.of(iwn10, Fraction.of(new BigDecimal("-1.25")))).isEqualTo("strongly-negative");
        assertThat(Levels.of(iwn10, Fraction.of(new BigDecimal("-0.25")))).isEqualTo("negative");
        assertThat(Levels.of(iwn10, Fraction.of(new BigDecimal("0.25")))).isEqualTo("positive");
        assertThat(Levels.of(iwn10, Fraction.of(new BigDecimal("1.25")))).isEqualTo("strongly-positive");
        assertThat(Levels.of(iwn10, Fraction.ratio(new BigDecimal("-0.9"), new BigDecimal("3.6")))).isEqualTo("negative");
    }

    @Test
    void aRoundedScoreThatWouldSeemToContradictItsLevelIsShownWithItsExactDigits() {
        Fraction justAbove = Fraction.ratio(new BigDecimal("-0.2499"), BigDecimal.ONE);
        Fraction twoThirds = Fraction.ratio(new BigDecimal("2"), new BigDecimal("3"));

        assertThat(Levels.rule(iwn10, justAbove)).isEqualTo("-0.2499 < +0.25 → No impact");
        assertThat(Levels.shown(iwn10, twoThirds)).isEqualTo("+0.67");
    }
}
