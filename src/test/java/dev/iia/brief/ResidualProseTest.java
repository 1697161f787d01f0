package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.ParsedMarkdown;
import dev.iia.TestAssessments;
import dev.iia.assessment.LoadedAssessment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidualProseTest {
    /** The fee assessment whose first recommendation would leave connection costs untouched. */
    private static final String WITHDRAWING = TestAssessments.PARTIAL.replace("  - Withdraw the fee.\n", """
              - text: Withdraw the fee.
                changes:
                  access-connection-cost: {impact: none, confidence: high}
                  easy-access-affordability: {impact: none}
            """);

    @TempDir
    Path folder;

    @Test
    void saysWhatAdoptingTheRecommendationsWouldLeaveInsteadOfTheVerdictsCounts() {
        assertThat(ResidualProse.summary(List.of(1, 2), verdict(3, 2), verdict(0, 0)))
                .isEqualTo("Adopting recommendations 1 and 2 would leave 0 of 5 critical properties undermined, instead of 3, "
                        + "and 0 of 4 goals harmed, instead of 2.");
        assertThat(ResidualProse.summary(List.of(3), verdict(1, 2), verdict(1, 0)))
                .isEqualTo("Adopting recommendation 3 would leave 1 of 5 critical properties undermined, as now, "
                        + "and 0 of 4 goals harmed, instead of 2.");
    }

    @Test
    void theBriefSaysWhatEachRecommendationWouldRestoreUnderRecommendations() {
        LoadedAssessment loaded = TestAssessments.load(folder, "fee.yaml", WITHDRAWING);
        Brief brief = Brief.of(loaded);

        ResidualView residual = brief.residual();
        assertThat(residual.adopted()).containsExactly(1);
        assertThat(residual.summary()).isEqualTo("Adopting recommendation 1 would leave 0 of 5 critical properties undermined, "
                + "instead of 1, and 0 of 4 goals harmed, instead of 1.");
        assertThat(residual.effects()).containsExactly(new ResidualView.Effect(1,
                "On its own it would restore the critical property an accessible infrastructure with a common protocol. "
                        + "It would also restore the goal Open."));
        assertThat(residual.criteria().get(0)).isEqualTo(new ResidualView.Row("accessible-infrastructure",
                "An accessible infrastructure with a common protocol", "critical property", "Negative",
                "Positive", "positive", "1"));

        String markdown = MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF).render(brief);
        String recommendations = markdown.substring(markdown.indexOf("## Recommendations"));
        assertThat(recommendations).contains(residual.summary())
                .contains("- Recommendation 1: On its own it would restore the critical property an accessible infrastructure");
        assertThat(ParsedMarkdown.parse(markdown).headings()).contains("## Recommendations");
        String glance = markdown.substring(markdown.indexOf("## At a glance"), markdown.indexOf("## Impact on"));
        assertThat(glance).contains("| Property or enabler | Serves | Impact | If the recommendations are adopted | Why |")
                .contains("| An accessible infrastructure with a common protocol | Critical property | Yes, negative, with a trade-off | Yes, positive |");
    }

    @Test
    void aBriefWhoseRecommendationsSayNothingOfTheirEffectHasNoResidual() {
        Brief brief = Brief.of(TestAssessments.load(folder, "fee.yaml", TestAssessments.PARTIAL));

        assertThat(brief.residual()).isNull();
        assertThat(MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF).render(brief)).doesNotContain("Adopting")
                .contains("| Property or enabler | Serves | Impact | Why |");
    }

    private static ResidualProse.Tally verdict(int undermined, int harmed) {
        return new ResidualProse.Tally(5, undermined, 4, harmed);
    }
}
