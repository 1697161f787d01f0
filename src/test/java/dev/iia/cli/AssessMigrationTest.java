package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessMigrationTest {
    @TempDir
    Path folder;

    @Test
    void assessOffersToMigrateAnOlderFileAndThenAsksOnlyTheNewAndRewordedQuestions() throws IOException {
        Path file = Files.copy(Path.of("src/test/resources/migration/south-korea-iwn-1.0.yaml"), folder.resolve("sk.yaml"));
        String original = Files.readString(file);

        Cli.Run run = Cli.runWithInput("y\nq\n", "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains(file + " answers iwn@1.0; move it to iwn@2.0 and answer only its new and reworded questions")
                .contains("[1/7] Critical property › Decentralized management and a single distributed routing system");
        assertThat(Files.readString(file)).contains("\nrubric: iwn@2.0\n");
        assertThat(folder.resolve("sk.yaml.orig")).hasContent(original);
    }

    @Test
    void declinedTheFileStaysOnItsVersion() throws IOException {
        Path file = Files.copy(Path.of("src/test/resources/migration/south-korea-iwn-1.0.yaml"), folder.resolve("sk.yaml"));

        Cli.Run run = Cli.runWithInput("n\nq\n", "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(Files.readString(file)).contains("\nrubric: iwn@1.0\n");
        assertThat(folder.resolve("sk.yaml.orig")).doesNotExist();
    }
}
