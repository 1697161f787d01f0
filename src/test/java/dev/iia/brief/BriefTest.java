package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.TestAssessments;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.brief.Brief.CriterionView;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefTest {
    @TempDir
    Path folder;

    private Brief brief;

    @BeforeEach
    void build() {
        LoadedAssessment loaded = TestAssessments.load(folder, "fee.yaml", TestAssessments.PARTIAL);
        brief = Brief.of(loaded);
    }

    private CriterionView access() {
        return brief.properties().get(0);
    }

    @Test
    void headerCarriesTitleAuthorsVersionAndRubric() {
        assertThat(brief.title()).isEqualTo("Internet Impact Brief: Network Fee Act");
        assertThat(brief.authorsText()).isEqualTo("Ana Analyst, Ben Reviewer and Cy Chapter");
        assertThat(brief.version()).isEqualTo("2.0");
        assertThat(brief.rubric().reference()).isEqualTo("iwn@1.0");
        assertThat(brief.proposal().summary()).isEqualTo("Content providers must pay access networks a fee\nfor every gigabyte delivered.");
    }

    @Test
    void overallGivesTheVerdictAndASummaryInWords() {
        assertThat(brief.overall().verdict()).isEqualTo(
                "Undermines 1 of 5 critical properties and harms 1 of 4 goals (not assessed: 4 properties, 3 goals).");
        assertThat(brief.overall().label()).isEqualTo("Negative");
        assertThat(brief.overall().summary()).isEqualTo("Overall, the proposal's impact on the Internet is negative, the worst"
                + " level among the critical properties and the goals. It undermines one of the five critical properties:"
                + " an accessible infrastructure with a common protocol. It harms one of the four goals: Open. Not assessed:"
                + " an open architecture of interoperable and reusable building blocks; decentralized management and a single"
                + " distributed routing system; common global identifiers; a technology-neutral, general-purpose network;"
                + " the Globally connected goal; the Secure goal; and the Trustworthy goal.");
        assertThat(brief.overall().undermined()).containsExactly("An accessible infrastructure with a common protocol");
        assertThat(brief.overall().harmed()).containsExactly("Open");
    }

    @Test
    void aCappedTradeOffIsExplainedInWords() {
        CriterionView access = access();

        assertThat(access.level()).isEqualTo("negative");
        assertThat(access.capped()).isTrue();
        assertThat(access.tradeOff()).isTrue();
        assertThat(access.notes()).extracting(Brief.Note::label).containsExactly("Severe harm", "Trade-off");
        assertThat(access.notes().get(0).text()).isEqualTo("At least one answer is rated strongly negative with medium"
                + " confidence or more, so this property is at best negative, although its score alone would make it no impact.");
    }

    @Test
    void findingsFollowTheRubricAndKeepUnclearAnswers() {
        assertThat(access().findings()).extracting(Brief.Finding::questionId)
                .containsExactly("access-connection-cost", "access-permission-to-connect", "access-common-protocol");
        Brief.Finding unclear = access().findings().get(2);
        assertThat(unclear.scored()).isFalse();
        assertThat(unclear.rating()).isEqualTo("Unclear");
        assertThat(unclear.confidenceLabel()).isEqualTo("medium");
        assertThat(access().findings().get(0).rationale().markdown()).isEqualTo("Fees raise the cost of reaching users.\n\nSmall providers pay the most.");
    }

    @Test
    void openQuestionsAreListedNeverDropped() {
        assertThat(access().unanswered()).extracting(Brief.OpenQuestion::id).containsExactly("access-data-flow-control");
        assertThat(access().hasUnanswered()).isTrue();
        assertThat(access().unscored()).extracting(Brief.OpenQuestion::id, Brief.OpenQuestion::rating)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("access-common-protocol", "Unclear"));
        CriterionView notAssessed = brief.properties().get(1);
        assertThat(notAssessed.assessed()).isFalse();
        assertThat(notAssessed.unanswered()).hasSize(notAssessed.questions());
        assertThat(notAssessed.label()).isEqualTo("Not assessed");
        assertThat(notAssessed.bar()).isEqualTo("–");
    }

    @Test
    void contributionRowsShowEveryFactorAndLeaveUnclearOutOfTheSums() {
        assertThat(access().contributions()).extracting(Brief.Row::valueText, Brief.Row::weightText,
                        Brief.Row::confidenceWeightText, Brief.Row::effectiveWeightText, Brief.Row::pointsText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("-2", "1.5", "0.7", "1.05", "-2.10"),
                        org.assertj.core.groups.Tuple.tuple("+2", "1", "1", "1", "+2.00"),
                        org.assertj.core.groups.Tuple.tuple("–", "1", "0.7", "–", "–"));
        assertThat(access().trace().get(0)).isEqualTo("(1.5×0.7×-2 + 1×1×2) / (1.5×0.7 + 1×1) = -0.10 / 2.05 = -0.05");
    }

    @Test
    void evidenceLinksAreSafeDestinationsWithReadableText() {
        assertThat(access().findings().get(0).evidence()).extracting(Brief.Link::text, Brief.Link::href)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("https://example.org/report", "https://example.org/report"),
                        org.assertj.core.groups.Tuple.tuple("Annex 2 of the report", "https://example.org/annex%20%282%29"));
    }

    @Test
    void barsRunFromTheLowestToTheHighestValue() {
        assertThat(access().scoreText()).isEqualTo("-0.05");
        assertThat(access().bar()).isEqualTo("░░░░│░░░░");
        assertThat(brief.goals().get(0).bar()).isEqualTo("░░▇▇│░░░░");
        assertThat(brief.goals().get(0).scoreText()).isEqualTo("-1.00");
    }

    @Test
    void methodologyPutsTheRubricRulesInWords() {
        assertThat(brief.methodology().scaleText()).isEqualTo("strongly negative (-2), negative (-1), no impact (0),"
                + " positive (+1), strongly positive (+2) or unclear (not scored)");
        assertThat(brief.methodology().levelsText()).isEqualTo("A score of at most -1.25 is strongly negative, at most -0.25"
                + " negative, below +0.25 no impact, below +1.25 positive and otherwise strongly positive");
        assertThat(brief.goals()).extracting(Brief.GoalView::enablersText).first()
                .isEqualTo("easy and unrestricted access; unrestricted use and deployment of Internet technologies;"
                        + " and collaborative development, management and governance");
    }
}
