package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

class IiaCommandTest {
    @Test
    void printsItsVersion() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("iia ").contains("(Java ");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("score", "validate", "rubric", "schema", "Exit codes:", "70", "130")
                .doesNotContain("generate-completion");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = Cli.run();

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("iia: a command is required");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        Cli.Run run = Cli.run("scroe", "x.yaml");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("iia: Unmatched arguments").contains("Did you mean", "score").contains("Try 'iia --help'");
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatPointsToTheCommandsHelp() {
        Cli.Run run = Cli.run("score", "--frmat", "json", "assessments");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Try 'iia score --help'");
    }

    @Test
    void colourIsOffWithNoColorOrTheNoColorVariable() {
        assertThat(IiaCommand.ansi(Map.of("NO_COLOR", "1"))).isEqualTo(Ansi.OFF);
        assertThat(IiaCommand.ansi(Map.of(), "score", "--no-color")).isEqualTo(Ansi.OFF);
        assertThat(IiaCommand.ansi(Map.of("NO_COLOR", ""))).isEqualTo(Ansi.AUTO);
    }

    @Test
    void theNoColorOptionIsAcceptedByEveryCommand() {
        assertThat(Cli.run("score", "--no-color", "assessments/community-networks-licensing.yaml").code()).isZero();
        assertThat(Cli.run("--no-color", "rubric", "list").code()).isZero();
    }

    @Test
    void generatesShellCompletion() {
        Cli.Run run = Cli.run("generate-completion");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("complete -F");
    }
}
