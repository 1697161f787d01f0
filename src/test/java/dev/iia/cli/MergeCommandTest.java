package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.TestAssessments;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.Person;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {
    @TempDir
    Path folder;

    private Path write(String name, String yaml) {
        return TestAssessments.write(folder, name, yaml);
    }

    private Assessment load(Path file) {
        return new AssessmentLoader(RubricCatalog.shared()).load(file).assessment();
    }

    @Test
    void mergingWritesAValidAssessmentWithTheDisputesAndSaysWhatItDid() {
        Path out = folder.resolve("team.yaml");

        Cli.Run run = Cli.run("merge", write("ana.yaml", AgreeCommandTest.ANA).toString(),
                write("ben.yaml", AgreeCommandTest.BEN).toString(), "-o", out.toString());

        assertThat(run.err()).isEqualTo("iia: the files give the proposal different titles; the merged file keeps the first\n");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("Merged 2 assessments into " + out + ": 2 questions answered alike, 0 by one analyst,"
                + " 3 disputed. Agreement before review: Krippendorff's alpha 0.365 (unreliable).\n"
                + "Resolve the disputed questions together: iia assess " + out + "\n");
        Assessment merged = load(out);
        assertThat(merged.answers()).containsOnlyKeys("access-common-protocol", "easy-access-affordability");
        assertThat(merged.disputed()).containsOnlyKeys("access-connection-cost", "access-permission-to-connect", "privacy-monitoring");
        assertThat(merged.authors()).extracting(Person::name).containsExactly("Ana Analyst", "Ben Reviewer", "Someone Else");
        assertThat(merged.team().alpha()).isEqualByComparingTo("0.365");
        assertThat(Cli.run("validate", out.toString()).code()).isZero();
        assertThat(Cli.run("score", out.toString()).out()).contains("2/44");
    }

    @Test
    void anExistingOutputIsReplacedOnlyWithForce() throws IOException {
        Path ana = write("ana.yaml", AgreeCommandTest.ANA);
        Path ben = write("ben.yaml", AgreeCommandTest.BEN);
        Path out = Files.writeString(folder.resolve("team.yaml"), "keep me");

        Cli.Run refused = Cli.run("merge", ana.toString(), ben.toString(), "-o", out.toString());

        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err()).contains("already exists; use --force");
        assertThat(Files.readString(out)).isEqualTo("keep me");
        assertThat(Cli.run("merge", "--force", ana.toString(), ben.toString(), "-o", out.toString()).code()).isZero();
        assertThat(load(out).team()).isNotNull();
    }

    @Test
    void anInputIsNeverTheOutputEvenWithForce() throws IOException {
        Path ana = write("ana.yaml", AgreeCommandTest.ANA);
        Path ben = write("ben.yaml", AgreeCommandTest.BEN);

        Cli.Run run = Cli.run("merge", "--force", ana.toString(), ben.toString(), "-o", folder.resolve("./ben.yaml").toString());

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("is one of the files merged");
        assertThat(Files.readString(ben)).isEqualTo(AgreeCommandTest.BEN);
    }

    @Test
    void aRubricFileIsStillFoundFromWhereTheMergedFileIsWritten() throws IOException {
        Path rubric = folder.resolve("rubrics/mine.yaml");
        Files.createDirectories(rubric.getParent());
        Files.writeString(rubric, Cli.run("rubric", "export", "iwn").out());
        Path ana = write("work/ana.yaml", AgreeCommandTest.ANA.replace("rubric: iwn@1.0", "rubric: ../rubrics/mine.yaml"));
        Path ben = write("work/ben.yaml", AgreeCommandTest.BEN.replace("rubric: iwn@1.0", "rubric: ../rubrics/mine.yaml"));
        Path out = folder.resolve("team.yaml");

        Cli.Run run = Cli.run("merge", ana.toString(), ben.toString(), "-o", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(load(out).rubric()).isEqualTo("./rubrics/mine.yaml");
    }

    @Test
    void aFolderMayHoldTheFilesButNotTheOutput() throws IOException {
        write("team/ana.yaml", AgreeCommandTest.ANA);
        write("team/ben.yaml", AgreeCommandTest.BEN);
        Path inside = folder.resolve("team/team.yaml");

        assertThat(Cli.run("merge", folder.resolve("team").toString(), "-o", inside.toString()).code()).isZero();
        Cli.Run again = Cli.run("merge", "--force", folder.resolve("team").toString(), "-o", inside.toString());

        assertThat(again.code()).isEqualTo(4);
        assertThat(again.err()).contains("is one of the files merged");
    }

    @Test
    void aMergedFileMergedAgainSpeaksForItsTeamNotForItsFirstAuthor() {
        Path team = folder.resolve("team.yaml");
        Cli.run("merge", write("ana.yaml", AgreeCommandTest.ANA).toString(), write("ben.yaml", AgreeCommandTest.BEN).toString(),
                "-o", team.toString());
        Path cy = write("cy.yaml", AgreeCommandTest.ANA.replace("Ana Analyst", "Cy Lawyer")
                .replace("impact: none\n  easy", "impact: negative\n  easy"));
        Path again = folder.resolve("again.yaml");

        Cli.Run run = Cli.run("merge", team.toString(), cy.toString(), "-o", again.toString());

        assertThat(run.code()).isZero();
        Assessment merged = load(again);
        assertThat(merged.disputed().get("access-common-protocol")).extracting(d -> d.analyst())
                .containsExactly("team (team)", "Cy Lawyer");
        assertThat(merged.team().analysts()).extracting(m -> m.name()).containsExactly("Ana Analyst", "Ben Reviewer", "Cy Lawyer");
        assertThat(merged.disputed().get("access-permission-to-connect")).extracting(d -> d.analyst())
                .containsExactly("Ana Analyst", "Ben Reviewer", "Cy Lawyer");
        assertThat(merged.answers()).doesNotContainKey("access-permission-to-connect");
    }
}
