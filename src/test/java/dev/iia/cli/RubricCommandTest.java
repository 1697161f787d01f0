package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.Fixtures;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricCommandTest {
    @TempDir
    Path folder;

    @Test
    void listsTheBuiltInRubrics() {
        Cli.Run run = Cli.run("rubric", "list");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("iwn@1.0", "Internet Way of Networking").containsPattern("iwn@1.0\\s+Internet Way of Networking\\s+5\\s+10\\s+44");
    }

    @Test
    void showsTheScaleSettingsCriteriaAndQuestions() {
        Cli.Run run = Cli.run("rubric", "show", "iwn", "--help-text");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Levels:     strongly-negative ≤ -1.25; negative ≤ -0.25; none < +0.25; positive < +1.25; strongly-positive otherwise",
                "accessible-infrastructure: An accessible infrastructure with a common protocol",
                "    access-connection-cost: ", "Negative: ", "Positive: ", "[Open]");
    }

    @Test
    void exportsTheBuiltInRubricWithItsCommentsToStandardOutput() {
        Cli.Run run = Cli.run("rubric", "export", "iwn");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(RubricCatalog.shared().builtInSource("iwn")).startsWith("#");
    }

    @Test
    void exportsToAFileButNeverOverwritesWithoutForce() throws IOException {
        Path out = folder.resolve("my.yaml");

        assertThat(Cli.run("rubric", "export", "iwn", "-o", out.toString()).code()).isZero();
        Files.writeString(out, "edited");
        Cli.Run again = Cli.run("rubric", "export", "iwn", "-o", out.toString());

        assertThat(again.code()).isEqualTo(ExitCodes.FILES);
        assertThat(again.err()).isEqualTo("iia: " + out + ": already exists; use --force to overwrite it\n");
        assertThat(out).hasContent("edited");
        assertThat(Cli.run("rubric", "export", "iwn", "-o", out.toString(), "--force").code()).isZero();
        assertThat(Files.readString(out)).isEqualTo("# yaml-language-server: $schema=rubric.schema.json\n"
                + RubricCatalog.shared().builtInSource("iwn"));
    }

    @Test
    void anExportedFileNamesTheRubricSchemaWrittenBesideItForEditors() throws IOException {
        Path out = folder.resolve("my.yaml");

        Cli.Run run = Cli.run("rubric", "export", "iwn", "-o", out.toString());

        assertThat(Files.readString(out)).startsWith("# yaml-language-server: $schema=rubric.schema.json\n");
        assertThat(run.err()).contains("iia: wrote " + folder.resolve("rubric.schema.json"));
        assertThat(Files.readString(folder.resolve("rubric.schema.json"))).isEqualTo(Cli.run("schema", "rubric").out());
        Files.writeString(folder.resolve("rubric.schema.json"), "{}");
        Cli.run("rubric", "export", "iwn", "-o", folder.resolve("other.yaml").toString());
        assertThat(folder.resolve("rubric.schema.json")).as("an existing schema is kept").hasContent("{}");
    }

    @Test
    void exportingAnUnknownRubricExitsThreeWithASuggestion() {
        Cli.Run run = Cli.run("rubric", "export", "iwm");

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith("iia: unknown rubric 'iwm'; did you mean 'iwn'?");
    }

    @Test
    void lintPassesTheBuiltInRubric() {
        Cli.Run run = Cli.run("rubric", "lint", "src/main/resources/rubrics/iwn.yaml");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("ok (iwn@1.0, 15 criteria, 44 questions)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void lintWarnsWithPlacesAndFailsOnlyWhenStrict() throws IOException {
        Path rubric = folder.resolve("r.yaml");
        Files.writeString(rubric, new String(Fixtures.resource("/rubrics/mini.yaml"))
                .replace("{level: strongly-negative, up-to: -1.25}", "{level: strongly-negative, up-to: -3}")
                .replace("text: \"Eighth?\"", "text: Eighth"));

        Cli.Run run = Cli.run("rubric", "lint", rubric.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err().lines()).containsExactly(
                rubric + ":18:5: warning: level 'strongly-negative' can never be reached: its bound -3.00 is below the lowest possible score -2.00",
                rubric + ":62:28: warning: question 'q8' is not phrased as a question");
        assertThat(Cli.run("rubric", "lint", "--strict", rubric.toString()).code()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void lintReportsErrorsOfAnInvalidRubric() throws IOException {
        Path rubric = folder.resolve("r.yaml");
        Files.writeString(rubric, "id: x\n");

        Cli.Run run = Cli.run("rubric", "lint", rubric.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).contains(rubric + ":1:1: the document is missing required key 'version'");
    }

    @Test
    void exportWithIdGivesTheCopyItsOwnIdAndVersion() throws IOException {
        Path copy = folder.resolve("my.yaml");

        assertThat(Cli.run("rubric", "export", "iwn", "--id", "my-rubric", "-o", copy.toString()).code()).isZero();

        assertThat(Cli.run("rubric", "lint", copy.toString()).out()).startsWith(copy + ": ok (my-rubric@1, ");
    }

    @Test
    void lintWarnsWhenAFileClaimsTheBuiltInIdWithOtherContent() throws IOException {
        Path copy = folder.resolve("c.yaml");
        Cli.run("rubric", "export", "iwn", "-o", copy.toString());
        assertThat(Cli.run("rubric", "lint", copy.toString()).err()).isEmpty();
        Files.writeString(copy, Files.readString(copy).replace("- id: access-connection-cost", "- id: access-cost-renamed"));

        Cli.Run run = Cli.run("rubric", "lint", copy.toString());

        String builtIn = RubricCatalog.shared().builtIn("iwn").reference();
        assertThat(run.err()).startsWith(copy + ":").contains(": warning: this rubric claims to be the built-in " + builtIn + " but differs from it;"
                + " give it an id of its own (id: my-rubric, or iia rubric export iwn --id my-rubric)\n");
        assertThat(Cli.run("rubric", "lint", "--strict", copy.toString()).code()).isEqualTo(ExitCodes.INVALID);
    }
}
