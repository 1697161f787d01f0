package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.iia.ParsedMarkdown;
import dev.iia.TestAssessments;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    /** The fee assessment, a year on: one answer re-rated, one added, one removed, and more. */
    private static final String REVISED = TestAssessments.PARTIAL
            .replace("version: \"2.0\"", "version: \"2.1\"")
            .replace("impact: strongly-negative\n    confidence: medium", "impact: negative\n    confidence: high")
            .replace("""
                      access-common-protocol:
                        impact: unclear
                        rationale: It depends on the implementing decree.
                    """, """
                      access-data-flow-control:
                        impact: none
                    """)
            .replace("Users pay more for the same services.", "Users pay more, and small sites close.")
            .replace("  - Keep the licence exemption.\n", "  - Publish the fee schedule.\n");

    @TempDir
    Path folder;

    private Path write(String name, String yaml) {
        return TestAssessments.write(folder, name, yaml);
    }

    private static final String MERGED = """
            rubric: iwn@1.0
            proposal:
              title: Network Fee Act
            answers:
              access-connection-cost:
                impact: negative
            disputed:
              access-permission-to-connect:
                - analyst: Ana
                  impact: positive
                - analyst: Ben
                  impact: negative
            team:
              analysts:
                - name: Ana
                  criteria: [accessible-infrastructure]
                - name: Ben
                  criteria: [accessible-infrastructure]
              alpha: 0.712
            """;

    @Test
    void aTeamsDisputesAndMembersAreDifferencesToo() {
        Path disputed = write("disputed.yaml", MERGED);
        Path settled = write("settled.yaml", MERGED.replaceAll("(?s)disputed:.*?team:", "team:").replace("0.712", "0.8"));

        Cli.Run run = Cli.run("diff", disputed.toString(), settled.toString());
        Cli.Run back = Cli.run("diff", settled.toString(), disputed.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("- dispute settled: access-permission-to-connect",
                "- team: Ana (accessible-infrastructure), Ben (accessible-infrastructure), agreement 0.712 → Ana "
                        + "(accessible-infrastructure), Ben (accessible-infrastructure), agreement 0.8");
        assertThat(back.code()).isEqualTo(1);
        assertThat(back.out()).contains("- disputed: access-permission-to-connect");
    }

    @Test
    void theSameAssessmentWrittenDifferentlyHasNoDifferences() {
        Path a = write("a.yaml", TestAssessments.PARTIAL);
        Path b = write("b.yaml", "# reformatted, reordered and with the default confidence spelled out\n" + TestAssessments.PARTIAL
                .replace("rationale: The act abolishes the licence for small networks.",
                        "rationale: >-\n          The act abolishes the licence\n          for small networks.")
                .replace("      impact: unclear\n", "      confidence: medium\n      impact: unclear\n"));

        Cli.Run run = Cli.run("diff", a.toString(), b.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\nNo differences: both assessments say the same.\n");
        assertThat(ParsedMarkdown.parse(run.out()).tableShapes()).isEmpty();
    }

    @Test
    void changesAreListedAndTheExitCodeIsOne() {
        Path a = write("a.yaml", TestAssessments.PARTIAL);
        Path b = write("b.yaml", REVISED);

        Cli.Run run = Cli.run("diff", a.toString(), b.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(
                "The overall level is unchanged: negative. 1 answer changed, 1 added and 1 removed.",
                "| An accessible infrastructure with a common protocol | critical property | Negative | No impact | -0.05 | +0.16 | +0.21 |",
                "(access-connection-cost) | Strongly negative, medium confidence | Negative, high confidence | rating, confidence |",
                "(access-common-protocol) | Unclear, medium confidence | – | removed |",
                "(access-data-flow-control) | – | No impact, medium confidence | added |",
                "- An accessible infrastructure with a common protocol: changed",
                "- Added: Publish the fee schedule.",
                "- Removed: Keep the licence exemption.",
                "- version: 2.0 → 2.1");
        assertThat(ParsedMarkdown.parse(run.out()).headings()).containsExactly("# Changes to the assessment of Network Fee Act",
                "## Levels and scores", "## Answers", "## Effects on people", "## Recommendations", "## Other changes");
        assertThat(ParsedMarkdown.parse(run.out()).tableShapes())
                .containsExactly(List.of(3, 3, 3, 3, 3), List.of(7, 7), List.of(4, 4, 4, 4));
    }

    @Test
    void jsonCarriesTheSameChanges() throws IOException {
        Path a = write("a.yaml", TestAssessments.PARTIAL);
        Path b = write("b.yaml", REVISED);

        Cli.Run run = Cli.run("diff", "--format", "json", a.toString(), b.toString());

        assertThat(run.code()).isEqualTo(1);
        JsonNode diff = JsonMapper.builder().build().readTree(run.out());
        assertThat(diff.path("equal").asBoolean()).isFalse();
        assertThat(diff.path("before").path("level").asText()).isEqualTo("negative");
        assertThat(diff.path("after").path("verdict").asText()).startsWith("Undermines 0 of 5 critical properties");
        assertThat(diff.path("answers").findValuesAsText("change")).containsExactly("changed", "removed", "added");
        assertThat(diff.path("answers").get(0).path("what").toString()).isEqualTo("[\"rating\",\"confidence\"]");
    }

    /** The fee assessment whose first recommendation says what withdrawing the fee would change. */
    private static String withdrawing(String impact) {
        return TestAssessments.PARTIAL.replace("  - Withdraw the fee.\n", """
                  - text: Withdraw the fee.
                    changes:
                      access-connection-cost: {impact: %s, confidence: high}
                """.formatted(impact));
    }

    /** The residual level and verdict that 'iia score' gives a file (the model's, whatever it is). */
    private static JsonNode residualScore(Path file) throws IOException {
        JsonNode result = JsonMapper.builder().build().readTree(Cli.run("score", "--format", "json", file.toString()).out()).at("/results/0");
        return result.has("residual") ? result.get("residual") : result.get("score");
    }

    @Test
    void showsHowTheResidualVerdictMovedWhenARecommendationsChangesChange() throws IOException {
        Path a = write("a.yaml", withdrawing("strongly-negative"));
        Path b = write("b.yaml", withdrawing("strongly-positive"));
        JsonNode was = residualScore(a);
        JsonNode is = residualScore(b);

        Cli.Run run = Cli.run("diff", a.toString(), b.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(
                "| Residual level (recommendations adopted) | " + was.get("label").asText() + " | " + is.get("label").asText() + " |",
                "| Residual verdict | " + was.get("verdict").asText() + " | " + is.get("verdict").asText() + " |",
                "- Would change other answers: Withdraw the fee.",
                "With every recommendation adopted, the residual level ",
                "the verdict now reads: " + is.get("verdict").asText());
        assertThat(was.get("verdict").asText()).isNotEqualTo(is.get("verdict").asText());
        assertThat(ParsedMarkdown.parse(run.out()).headings()).contains("## Recommendations");
        assertThat(ParsedMarkdown.parse(run.out()).tableShapes()).containsExactly(List.of(3, 3, 3, 3, 3, 3, 3));
    }

    @Test
    void recommendationsAddedWithChangesMoveTheResidualInJson() throws IOException {
        Path a = write("a.yaml", TestAssessments.PARTIAL);
        Path b = write("b.yaml", withdrawing("strongly-positive").replace("  - Keep the licence exemption.\n", ""));

        Cli.Run run = Cli.run("diff", "--format", "json", a.toString(), b.toString());

        JsonNode diff = JsonMapper.builder().build().readTree(run.out());
        assertThat(run.code()).isEqualTo(1);
        assertThat(diff.path("recommendationsRemoved").toString()).isEqualTo("[\"Keep the licence exemption.\"]");
        assertThat(diff.path("recommendationsChanged").toString()).isEqualTo("[\"Withdraw the fee.\"]");
        JsonNode residual = diff.path("residual");
        assertThat(residual.path("levelBefore").asText()).isEqualTo(diff.path("before").path("level").asText());
        assertThat(residual.path("verdictBefore").asText()).isEqualTo(diff.path("before").path("verdict").asText());
        assertThat(residual.path("levelAfter").asText()).isEqualTo(residualScore(b).get("level").asText());
        assertThat(residual.path("verdictAfter").asText()).isEqualTo(residualScore(b).get("verdict").asText());
        assertThat(residual.path("moved").asBoolean()).isTrue();
    }

    @Test
    void noResidualIsShownWhenNoRecommendationSaysWhatItWouldChange() throws IOException {
        Path a = write("a.yaml", TestAssessments.PARTIAL);
        Path b = write("b.yaml", REVISED);

        assertThat(Cli.run("diff", a.toString(), b.toString()).out()).doesNotContain("Residual", "residual");
        assertThat(JsonMapper.builder().build().readTree(Cli.run("diff", "--format", "json", a.toString(), b.toString()).out())
                .path("hasResidual").asBoolean()).isFalse();
    }

    @Test
    void assessmentsOfDifferentRubricsAreNotCompared() throws IOException {
        write("local.yaml", RubricCatalog.shared().builtInSource("iwn@1.0").replace("id: iwn\n", "id: local\n"));
        Path a = write("a.yaml", TestAssessments.PARTIAL);
        Path b = write("b.yaml", TestAssessments.PARTIAL.replace("rubric: iwn@1.0", "rubric: ./local.yaml"));

        Cli.Run run = Cli.run("diff", a.toString(), b.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("iia: " + a + " answers the rubric iwn@1.0 and " + b
                + " the rubric local@1.0; only assessments of the same rubric can be compared\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidAndMissingFilesAreReportedBothAtOnce() {
        Path a = write("a.yaml", "rubric: iwn@1.0\nproposal:\n  title: A\nanswers:\n  access-cost:\n    impact: negative\n");
        Path b = write("b.yaml", "rubric: iwn@1.0\nproposal: {}\n");

        Cli.Run invalid = Cli.run("diff", a.toString(), b.toString());
        Cli.Run missing = Cli.run("diff", a.toString(), folder.resolve("none.yaml").toString());

        assertThat(invalid.code()).isEqualTo(3);
        assertThat(invalid.err()).isEqualTo(a + ":5:3: unknown question 'access-cost'; did you mean 'access-connection-cost'?\n"
                + b + ":2:11: 'proposal' is missing required key 'title'\n");
        assertThat(missing.code()).isEqualTo(4);
        assertThat(missing.err()).endsWith("iia: " + folder.resolve("none.yaml") + ": cannot read: no such file or directory\n");
    }

    @Test
    void assessmentsOfARubricThatOnlyClaimsToBeTheBuiltInOneAreNotComparedExit2() throws IOException {
        Path rubric = folder.resolve("c.yaml");
        Cli.run("rubric", "export", "iwn", "-o", rubric.toString());
        java.nio.file.Files.writeString(rubric, java.nio.file.Files.readString(rubric)
                .replace("- id: access-connection-cost", "- id: access-cost-renamed"));
        Path a = java.nio.file.Files.writeString(folder.resolve("a.yaml"), "rubric: iwn@1.0\nproposal:\n  title: Decree\n");
        Path b = java.nio.file.Files.writeString(folder.resolve("b.yaml"), "rubric: ./c.yaml\nproposal:\n  title: Decree\n");

        Cli.Run run = Cli.run("diff", a.toString(), b.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("only assessments of the same rubric can be compared");
    }
}
