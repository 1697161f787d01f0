package dev.iia.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.AssessmentFile.BackupReason;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentFileTest {
    private static final String COMMENTED = """
            # yaml-language-server: $schema=assessment.schema.json
            rubric: iwn@1.0
            proposal:
              title: Gateway decree   # the official name
            # answers: fill in below
            """;

    @TempDir
    Path folder;

    @Test
    void aNewFileIsWrittenWithoutACopy() {
        Path path = folder.resolve("new.yaml");
        AssessmentFile file = AssessmentFile.created(path);

        assertThat(file.save(assessment("Gateway decree"))).isEmpty();

        assertThat(path).hasContent(AssessmentWriter.toYaml(assessment("Gateway decree")));
        assertThat(folder.resolve("new.yaml.orig")).doesNotExist();
    }

    @Test
    void aFileWithCommentsIsCopiedOnceBeforeItIsFirstRewritten() throws IOException {
        Path path = Files.writeString(folder.resolve("x.yaml"), COMMENTED);
        AssessmentFile file = open(path);

        var first = file.save(assessment("Gateway decree, amended"));
        var second = file.save(assessment("Gateway decree, amended twice"));

        assertThat(first).hasValue(new AssessmentFile.Backup(folder.resolve("x.yaml.orig"), BackupReason.LAYOUT));
        assertThat(second).isEmpty();
        assertThat(folder.resolve("x.yaml.orig")).hasContent(COMMENTED);
        assertThat(path).hasContent("# yaml-language-server: $schema=assessment.schema.json\n"
                + AssessmentWriter.toYaml(assessment("Gateway decree, amended twice")));
    }

    @Test
    void theSchemaLineAndTopCommentsAreKeptOnEverySaveWithoutACopyButNotIiasExplanations() throws IOException {
        String top = "# yaml-language-server: $schema=iwn-1.0.assessment.schema.json\n# Reviewed by Bo.\n";
        Path path = Files.writeString(folder.resolve("x.yaml"), top + "## How to fill it in: ...\n"
                + AssessmentWriter.toYaml(assessment("Gateway decree")));
        AssessmentFile file = open(path);
        file.save(assessment("Gateway decree, amended"));

        assertThat(path).hasContent(top + AssessmentWriter.toYaml(assessment("Gateway decree, amended")));
        Files.delete(folder.resolve("x.yaml.orig"));
        Path kept = Files.writeString(folder.resolve("y.yaml"), top + AssessmentWriter.toYaml(assessment("Gateway decree")));

        assertThat(open(kept).save(assessment("Gateway decree, amended"))).isEmpty();
        assertThat(kept).hasContent(top + AssessmentWriter.toYaml(assessment("Gateway decree, amended")));
        assertThat(folder.resolve("y.yaml.orig")).doesNotExist();
    }

    @Test
    void aFileInIiasOwnLayoutIsReplacedWithoutACopy() throws IOException {
        Path path = Files.writeString(folder.resolve("x.yaml"), AssessmentWriter.toYaml(assessment("Gateway decree")));

        assertThat(open(path).save(assessment("Gateway decree, amended"))).isEmpty();

        assertThat(folder.resolve("x.yaml.orig")).doesNotExist();
    }

    @Test
    void aFileChangedByAnotherProgramIsCopiedBeforeBeingReplacedAndNoCopyIsOverwritten() throws IOException {
        Path path = Files.writeString(folder.resolve("x.yaml"), AssessmentWriter.toYaml(assessment("Gateway decree")));
        Files.writeString(folder.resolve("x.yaml.orig"), "an older copy\n");
        AssessmentFile file = open(path);
        file.save(assessment("Gateway decree, amended"));
        Files.writeString(path, "edited in an editor meanwhile\n");

        var backup = file.save(assessment("Gateway decree, amended twice"));

        assertThat(backup).hasValue(new AssessmentFile.Backup(folder.resolve("x.yaml.orig.2"), BackupReason.CHANGED_ELSEWHERE));
        assertThat(folder.resolve("x.yaml.orig.2")).hasContent("edited in an editor meanwhile\n");
        assertThat(folder.resolve("x.yaml.orig")).hasContent("an older copy\n");
    }

    private AssessmentFile open(Path path) throws IOException {
        Assessment loaded = new AssessmentLoader(RubricCatalog.shared()).load(path).assessment();
        return AssessmentFile.existing(path, Files.readAllBytes(path), loaded);
    }

    private static Assessment assessment(String title) {
        return new Assessment(null, "iwn@1.0", new Proposal(title, null, null, null, null, null, null), List.of(), null, null, null,
                List.of(), Map.of(), Map.of(), null, List.of());
    }
}
