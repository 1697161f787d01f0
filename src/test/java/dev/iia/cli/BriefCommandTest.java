package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.iia.TestAssessments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {
    @TempDir
    Path folder;

    private Path fee() {
        return TestAssessments.write(folder, "fee.yaml", TestAssessments.PARTIAL);
    }

    @Test
    void writesTheBriefBesideTheAssessment() throws IOException {
        Path fee = fee();

        Cli.Run run = Cli.run("brief", fee.toString());

        assertThat(run.code()).isZero();
        Path brief = folder.resolve("fee.md");
        assertThat(run.err()).isEqualTo("iia: wrote " + brief + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(brief)).startsWith("# Internet Impact Brief: Network Fee Act\n");
    }

    @Test
    void neverReplacesAnExistingBriefWithoutForce() throws IOException {
        Path fee = fee();
        Path brief = Files.writeString(folder.resolve("fee.md"), "my own notes\n");

        Cli.Run refused = Cli.run("brief", fee.toString());

        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err()).isEqualTo("iia: " + brief + ": already exists; use --force to overwrite it\n");
        assertThat(Files.readString(brief)).isEqualTo("my own notes\n");

        Cli.Run forced = Cli.run("brief", "--force", fee.toString());

        assertThat(forced.code()).isZero();
        assertThat(Files.readString(brief)).startsWith("# Internet Impact Brief: Network Fee Act\n");
    }

    @Test
    void writesToStandardOutputWithADashAndLeavesFilesAlone() throws IOException {
        Path fee = fee();
        Path existing = Files.writeString(folder.resolve("fee.md"), "kept\n");

        Cli.Run run = Cli.run("brief", "-o", "-", fee.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("# Internet Impact Brief: Network Fee Act\n").endsWith("\n");
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(existing)).isEqualTo("kept\n");
    }

    @Test
    void outputNamedWithDashOIsWrittenThere() throws IOException {
        Path target = folder.resolve("out/brief.md");
        Files.createDirectories(target.getParent());

        Cli.Run run = Cli.run("brief", fee().toString(), "-o", target.toString());

        assertThat(run.code()).isZero();
        assertThat(Files.readString(target)).startsWith("# Internet Impact Brief: Network Fee Act\n");
    }

    @Test
    void neverWritesOverTheAssessmentItselfEvenWithForce() throws IOException {
        Path fee = fee();

        Cli.Run run = Cli.run("brief", "--force", "-o", fee.toString(), fee.toString());

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("iia: " + fee + ": is the assessment itself; name another output\n");
        assertThat(Files.readString(fee)).isEqualTo(TestAssessments.PARTIAL);
    }

    @Test
    void aBatchWritesOneBriefPerAssessmentAndReportsTheInvalidOnes() throws IOException {
        Path in = folder.resolve("in");
        TestAssessments.write(in, "a.yaml", TestAssessments.PARTIAL);
        TestAssessments.write(in, "sub/b.yml", TestAssessments.PARTIAL.replace("Network Fee Act", "Second Act"));
        TestAssessments.write(in, "broken.yaml", "rubric: iwn@1.0\nproposal:\n  titel: x\n");
        Path out = folder.resolve("briefs");

        Cli.Run run = Cli.run("brief", in.toString(), "--out-dir", out.toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(in.resolve("broken.yaml") + ":3:3: unknown key 'titel'; did you mean 'title'?")
                .contains("iia: wrote " + out.resolve("a.md")).contains("iia: wrote " + out.resolve("b.md"));
        assertThat(Files.readString(out.resolve("b.md"))).startsWith("# Internet Impact Brief: Second Act\n");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("a.md", "b.md");
        }
    }

    @Test
    void twoAssessmentsWithTheSameNameNeverShareABrief() throws IOException {
        TestAssessments.write(folder, "x/fee.yaml", TestAssessments.PARTIAL);
        TestAssessments.write(folder, "y/fee.yaml", TestAssessments.PARTIAL.replace("Network Fee Act", "Other Act"));
        Path out = folder.resolve("out");

        Cli.Run run = Cli.run("brief", folder.resolve("x").toString(), folder.resolve("y").toString(), "--out-dir", out.toString(), "--force");

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("iia: " + out.resolve("fee.md") + ": is also the brief of " + folder.resolve("x/fee.yaml"));
        assertThat(Files.readString(out.resolve("fee.md"))).startsWith("# Internet Impact Brief: Network Fee Act\n");
    }

    @Test
    void jsonIsTheViewModelItself() throws IOException {
        Cli.Run run = Cli.run("brief", "--format", "json", "-o", "-", fee().toString());

        assertThat(run.code()).isZero();
        JsonNode model = JsonMapper.builder().build().readTree(run.out());
        assertThat(model.path("title").asText()).isEqualTo("Internet Impact Brief: Network Fee Act");
        assertThat(model.path("overall").path("verdict").asText()).startsWith("Undermines 1 of 5 critical properties");
        assertThat(model.path("properties").get(0).path("findings").get(0).path("evidence").get(1).path("href").asText())
                .isEqualTo("https://example.org/annex%20%282%29");
        assertThat(model.path("properties").get(1).has("effect")).isTrue();
        assertThat(model.path("properties").get(1).path("effect").isNull()).isTrue();
    }

    @Test
    void jsonGoesBesideTheAssessmentByDefault() {
        Cli.Run run = Cli.run("brief", "-f", "json", fee().toString());

        assertThat(run.code()).isZero();
        assertThat(folder.resolve("fee.json")).isRegularFile();
    }

    @Test
    void aCustomTemplateAndItsPartialRender() throws IOException {
        Path template = TestAssessments.write(folder, "t/short.mustache",
                "# {{proposal.title}}\n\n| Property | Level |\n|---|---|\n{{#properties}}\n{{> row}}\n{{/properties}}\n");
        TestAssessments.write(folder, "t/row.mustache", "| {{title}} | {{label}} |\n");

        Cli.Run run = Cli.run("brief", "--template", template.toString(), "-o", "-", fee().toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("# Network Fee Act\n\n| Property | Level |\n|---|---|\n"
                + "| An accessible infrastructure with a common protocol | Negative |\n"
                + "| An open architecture of interoperable and reusable building blocks | Not assessed |\n");
    }

    @Test
    void theTracesAreThereWhereTheBriefCanShowThem() throws IOException {
        Path template = TestAssessments.write(folder, "t/trace.mustache", "{{#properties}}{{#trace}}- {{.}}\n{{/trace}}{{/properties}}");

        Cli.Run own = Cli.run("brief", "--template", template.toString(), "-o", "-", fee().toString());
        Cli.Run json = Cli.run("brief", "--format", "json", "-o", "-", fee().toString());
        Cli.Run annex = Cli.run("brief", "--annex", "-o", "-", fee().toString());

        String severeHarm = "severe harm: access-connection-cost is strongly negative with medium confidence";
        assertThat(own.out()).contains("- " + severeHarm);
        assertThat(JsonMapper.builder().build().readTree(json.out()).path("properties").get(0).path("trace").get(2).asText())
                .startsWith(severeHarm);
        assertThat(annex.out()).contains("- " + severeHarm);
    }

    @Test
    void aTemplateNamingAMissingKeyFailsWithItsLineAndWritesNothing() {
        Path template = TestAssessments.write(folder, "t/bad.mustache", "# {{proposal.title}}\n\n{{verdict}}\n");

        Cli.Run run = Cli.run("brief", "--template", template.toString(), fee().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(template + ":3:1: unknown key 'verdict' (docs/templates.md lists the keys)\n"
                + "iia: " + folder.resolve("fee.yaml") + ": no brief written\n");
        assertThat(folder.resolve("fee.md")).doesNotExist();
    }

    @Test
    void aMissingTemplateIsAFileError() {
        Cli.Run run = Cli.run("brief", "--template", folder.resolve("none.mustache").toString(), fee().toString());

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("iia: " + folder.resolve("none.mustache") + ": cannot read template: no such file\n");
    }

    @Test
    void usageErrorsAreOneLineAndExit2() {
        Path a = fee();
        Path b = TestAssessments.write(folder, "b.yaml", TestAssessments.PARTIAL);

        Cli.Run twoToOne = Cli.run("brief", "-o", "x.md", a.toString(), b.toString());
        Cli.Run both = Cli.run("brief", "-o", "x.md", "--out-dir", "d", a.toString());
        Cli.Run jsonTemplate = Cli.run("brief", "-f", "json", "--template", "t.mustache", a.toString());

        assertThat(twoToOne.code()).isEqualTo(2);
        assertThat(twoToOne.err()).startsWith("iia brief: -o names one output, but there are 2 assessments; use --out-dir DIR");
        assertThat(both.err()).startsWith("iia brief: -o and --out-dir cannot be used together");
        assertThat(jsonTemplate.err()).startsWith("iia brief: --template applies to Markdown");
        assertThat(folder.resolve("x.md")).doesNotExist();
    }

    @Test
    void aMissingAssessmentIsAFileErrorAndARubricIsSkipped() throws IOException {
        Path rubric = folder.resolve("my-rubric.yaml");
        Files.writeString(rubric, dev.iia.rubric.RubricCatalog.shared().builtInSource("iwn"));

        Cli.Run run = Cli.run("brief", folder.resolve("none.yaml").toString(), rubric.toString());

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("iia: " + folder.resolve("none.yaml") + ": cannot read: no such file or directory\n"
                + "iia: " + rubric + ": skipped: a rubric, not an assessment\n");
    }
}
