package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {
    @TempDir
    Path folder;

    private Path copyOfSouthKorea() throws IOException {
        return Files.copy(Path.of("src/test/resources/migration/south-korea-iwn-1.0.yaml"), folder.resolve("sk.yaml"));
    }

    @Test
    void withoutAnOutputItOnlyReportsAndWritesNothing() throws IOException {
        Path file = copyOfSouthKorea();
        String before = Files.readString(file);

        Cli.Run run = Cli.run("migrate", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("iwn@1.0 → iwn@2.0", "Nothing written: write it with -o OUT or --in-place.");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(folder.resolve("sk.yaml.orig")).doesNotExist();
    }

    @Test
    void outputWritesAValidMigratedFileAndLeavesTheOriginalAndNeverOverwritesWithoutForce() throws IOException {
        Path file = copyOfSouthKorea();
        Path out = folder.resolve("sk-2.yaml");

        Cli.Run run = Cli.run("migrate", file.toString(), "-o", out.toString());

        assertThat(run.code()).isZero();
        assertThat(Files.readString(out)).contains("\nrubric: iwn@2.0\n").contains("  governance-inclusive-decisions:\n");
        assertThat(Cli.run("validate", out.toString()).code()).isZero();
        assertThat(Cli.run("migrate", file.toString(), "-o", out.toString()).code()).isEqualTo(ExitCodes.FILES);
        assertThat(Cli.run("migrate", file.toString(), "-o", out.toString(), "--force").code()).isZero();
    }

    @Test
    void inPlaceKeepsTheOriginalAsOrigAndASecondRunHasNothingToDo() throws IOException {
        Path file = copyOfSouthKorea();
        String original = Files.readString(file);

        Cli.Run run = Cli.run("migrate", file.toString(), "--in-place");

        assertThat(run.code()).isZero();
        assertThat(Files.readString(folder.resolve("sk.yaml.orig"))).isEqualTo(original);
        assertThat(Files.readString(file)).contains("\nrubric: iwn@2.0\n");
        Cli.Run again = Cli.run("migrate", file.toString(), "--in-place");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("already answers iwn@2.0; nothing to migrate");
    }

    @Test
    void theTopCommentsAreKeptAndTheSchemaLineNamesTheNewVersionsSchema() throws IOException {
        Path file = copyOfSouthKorea();
        Files.writeString(file, "# yaml-language-server: $schema=iwn-1.0.assessment.schema.json\n# Reviewed by the chapter.\n"
                + Files.readString(file));

        Cli.Run run = Cli.run("migrate", file.toString(), "--in-place");

        assertThat(run.code()).isZero();
        assertThat(Files.readString(file)).startsWith("# yaml-language-server: $schema=iwn-2.0.assessment.schema.json\n"
                + "# Reviewed by the chapter.\n# A copy of").contains("\nrubric: iwn@2.0\n");
    }

    @Test
    void aLinkedOutputOntoTheAssessmentItselfIsRefused() throws IOException {
        Path file = copyOfSouthKorea();
        Path link = Files.createSymbolicLink(folder.resolve("link.yaml"), file);
        String before = Files.readString(file);

        Cli.Run run = Cli.run("migrate", file.toString(), "-o", link.toString(), "--force");

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void anotherRubricIsAUsageError() throws IOException {
        Path file = copyOfSouthKorea();
        Files.writeString(folder.resolve("other.yaml"), dev.iia.rubric.RubricCatalog.shared().builtInSource("iwn").replace("id: iwn\n", "id: other\n"));

        Cli.Run run = Cli.run("migrate", file.toString(), "--to", folder.resolve("other.yaml").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is another rubric than iwn@1.0");
    }
}
