package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path folder;

    @Test
    void reportsEachValidFileAndItsKind() {
        Cli.Run run = Cli.run("validate", "assessments", "src/main/resources/rubrics/iwn.yaml");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("assessments/south-korea-sender-pays.yaml: ok (assessment)",
                "src/main/resources/rubrics/iwn.yaml: ok (rubric)", "13 of 13 files valid");
    }

    @Test
    void listsEveryProblemOfEveryFileAndExitsThree() throws IOException {
        Path rubric = folder.resolve("r.yaml");
        Files.writeString(rubric, new String(Fixtures.resource("/rubrics/mini.yaml")).replace("goal: open", "goal: closed"));
        Path assessment = folder.resolve("a.yaml");
        Files.writeString(assessment, "rubric: iwn\nproposal: {title: x, size: 3}\nanswers: {nope: {impact: none}}\n");

        Cli.Run run = Cli.run("validate", "-q", rubric.toString(), assessment.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(4)
                .anyMatch(line -> line.startsWith(rubric + ":") && line.contains("'closed' is not a defined goal"))
                .anyMatch(line -> line.equals(assessment + ":2:22: unknown key 'size'; expected one of: title, jurisdiction, sponsor, status, date, url, summary"))
                .anyMatch(line -> line.equals(assessment + ":3:11: unknown question 'nope'"));
    }

    @Test
    void aMissingFileExitsFour() {
        Cli.Run run = Cli.run("validate", "no-such-file.yaml");

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).isEqualTo("iia: no-such-file.yaml: cannot read: no such file or directory\n");
    }
}
