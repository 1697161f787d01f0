package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The commands iia prints for the user to run (the resume hint) run as printed. */
class ShellWordTest {
    @Test
    void aFileStartingWithADashIsShownAsAPathSoItIsNotReadAsAnOption() {
        assertThat(AssessCommand.shellWord("-dash.yaml")).isEqualTo("./-dash.yaml");
        assertThat(AssessCommand.shellWord("-it's.yaml")).isEqualTo("'./-it'\\''s.yaml'");
    }

    @Test
    void theHintedPathIsAFileToIiaNotAnOption() {
        Cli.Run run = Cli.run("assess", "--help", "./-dash.yaml");

        assertThat(run.err()).doesNotContain("Unknown option");
    }

    @Test
    void plainNamesStayAsTheyAre() {
        assertThat(AssessCommand.shellWord("dir/x.yaml")).isEqualTo("dir/x.yaml");
    }
}
