package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.TestAssessments;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.DisputedAnswer;
import dev.iia.rubric.RubricCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iia assess team.yaml} after {@code iia merge}: the team resolves the disputed questions. */
class ResolveDisputesTest {
    @TempDir
    Path folder;

    private Path merged() {
        Path team = folder.resolve("team.yaml");
        Cli.run("merge", TestAssessments.write(folder, "ana.yaml", AgreeCommandTest.ANA).toString(),
                TestAssessments.write(folder, "ben.yaml", AgreeCommandTest.BEN).toString(), "-o", team.toString());
        return team;
    }

    private Assessment load(Path file) {
        return new AssessmentLoader(RubricCatalog.shared()).load(file).assessment();
    }

    @Test
    void eachAnalystsAnswerIsShownAndTheTeamsAnswerIsSavedWithTheDisputeKept() {
        Path team = merged();

        Cli.Run run = Cli.runWithInput("2\nhigh\nBoth fees and registration raise costs.\n\nq\n", "assess", team.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Resuming " + team + ": 2 of 44 answered")
                .contains("(access-connection-cost)")
                .contains("  Disputed: the analysts answered differently. Give the team's answer.\n"
                        + "    Ana Analyst: strongly-negative, high confidence. Fees raise the cost of reaching users.\n"
                        + "    Ben Reviewer: negative, low confidence. Only large providers pay.\n");
        Assessment resolved = load(team);
        assertThat(resolved.answers().get("access-connection-cost").rationale()).isEqualTo("Both fees and registration raise costs.");
        assertThat(resolved.answers().get("access-connection-cost").impact()).isEqualTo("negative");
        assertThat(resolved.disputed().get("access-connection-cost")).extracting(DisputedAnswer::analyst)
                .containsExactly("Ana Analyst", "Ben Reviewer");
        assertThat(Cli.run("score", "--format", "json", team.toString()).out()).contains("\"answered\":3,\"questions\":44");
    }

    @Test
    void theNextSessionResumesAtTheNextOpenDisputeAndTheReviewNamesThem() {
        Path team = merged();
        Cli.runWithInput("2\n\n\nq\n", "assess", team.toString());

        Cli.Run run = Cli.runWithInput("r\nq\n", "assess", team.toString());

        assertThat(run.out()).contains("(access-permission-to-connect)")
                .contains("    Ana Analyst: positive, medium confidence. The licence goes.")
                .contains("access-connection-cost        negative, medium confidence")
                .contains("access-permission-to-connect  disputed, not answered");
    }
}
