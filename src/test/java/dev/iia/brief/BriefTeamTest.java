package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.TestAssessments;
import dev.iia.assessment.LoadedAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/** The brief of a merged assessment names its team in the methodology. */
class BriefTeamTest {
    private static final String MERGED = """
            rubric: iwn@1.0
            proposal:
              title: Network Fee Act
            authors: [Ana Analyst, Ben Reviewer, Cy Lawyer]
            answers:
              access-connection-cost:
                impact: negative
            disputed:
              access-connection-cost:
                - analyst: Ana Analyst
                  impact: strongly-negative
                - analyst: Ben Reviewer
                  impact: negative
              access-permission-to-connect:
                - analyst: Ana Analyst
                  impact: positive
                - analyst: Ben Reviewer
                  impact: negative
            team:
              analysts:
                - name: Ana Analyst
                  criteria: [accessible-infrastructure, open-architecture, decentralized-management, global-identifiers, general-purpose]
                - name: Ben Reviewer
                  criteria: [accessible-infrastructure, easy-access]
                - name: Cy Lawyer
                  criteria: [data-confidentiality, integrity, reliability, accountability, privacy]
              alpha: 0.712
            """;

    @TempDir
    Path folder;

    @Test
    void theMethodologySaysWhoCoveredWhatAndHowFarTheyAgreed() {
        LoadedAssessment merged = TestAssessments.load(folder, "team.yaml", MERGED);

        Brief brief = Brief.of(merged);
        String markdown = MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF).render(brief);

        assertThat(brief.team().count()).isEqualTo(3);
        assertThat(brief.team().disputed()).isEqualTo(2);
        assertThat(brief.team().resolved()).isEqualTo(1);
        String methodology = markdown.substring(markdown.indexOf("## Methodology"), markdown.indexOf("## Context"));
        assertThat(methodology).contains("Three analysts assessed the proposal: Ana Analyst (the critical properties); "
                + "Ben Reviewer (an accessible infrastructure with a common protocol; and easy and unrestricted access); "
                + "and Cy Lawyer (the Secure goal and the Trustworthy goal). Where more than one rated the same question, "
                + "their ratings agreed with a Krippendorff's alpha of 0.712 before the team's review (tentative agreement; "
                + "1 is full agreement, 0 no more than chance). The team discussed the two questions rated differently and "
                + "has agreed on one so far; the other is left unanswered.");
        assertThat(markdown).contains("Ana Analyst, Ben Reviewer and Cy Lawyer");
    }

    @Test
    void anAssessmentWithoutATeamSaysNothingOfOne() {
        Brief brief = Brief.of(TestAssessments.load(folder, "a.yaml", TestAssessments.PARTIAL));

        assertThat(brief.team()).isNull();
        assertThat(ViewTree.json(brief)).contains("\"team\" : null");
    }
}
