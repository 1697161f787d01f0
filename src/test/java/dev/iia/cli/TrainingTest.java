package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTest {
    private static final List<String> EXAMPLES = List.of("a.yaml", "b.yaml");

    @Test
    void aFullTrainingRunsEveryEverydayCommandOnTheExamples() {
        List<List<String>> commands = Training.commands(null, EXAMPLES);

        assertThat(commands).extracting(command -> command.get(0)).containsExactly("--version", "score", "score", "score", "score",
                "score", "validate", "validate", "brief", "brief");
        assertThat(commands.get(2)).endsWith("a.yaml", "b.yaml");
    }

    @Test
    void scoreAndValidateAreTrainedOnOneFileAsWellAsOnMany() {
        assertThat(Training.commands(null, EXAMPLES)).contains(List.of("score", "a.yaml"), List.of("validate", "a.yaml"));
    }

    @Test
    void aTrainingForOneCommandRunsOnlyThatCommand() {
        assertThat(Training.commands("score", EXAMPLES)).hasSize(5).allSatisfy(command -> assertThat(command).startsWith("score"));
        assertThat(Training.commands("brief", EXAMPLES)).containsExactly(List.of("brief", "-o", "-", "a.yaml"),
                List.of("brief", "-o", "-", "b.yaml"));
    }
}
