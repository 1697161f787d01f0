package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfCommandTest {
    /** A toll on connecting harms accessible infrastructure; the first recommendation removes it. */
    static final String TOLL = """
            rubric: iwn@1.0
            proposal: {title: A connection toll}
            answers:
              access-connection-cost: {impact: strongly-negative, confidence: high}
              privacy-monitoring: {impact: negative, confidence: high}
            recommendations:
              - text: Drop the toll.
                changes:
                  access-connection-cost: {impact: none, confidence: high, rationale: No toll.}
              - Talk to operators.
              - text: Stop the monitoring.
                changes:
                  privacy-monitoring: {impact: none}
            """;

    @TempDir
    Path folder;

    private String write(String name, String yaml) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, yaml);
        return file.toString();
    }

    private static JsonNode json(Cli.Run run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void jsonAlwaysCarriesTheResidualBesideTheScoreWhenARecommendationSaysWhatItWouldChange() throws IOException {
        Cli.Run run = Cli.run("score", "--format", "json", write("toll.yaml", TOLL));

        JsonNode result = json(run).at("/results/0");
        assertThat(run.code()).isZero();
        assertThat(result.at("/score/level").asText()).isEqualTo("strongly-negative");
        assertThat(result.at("/score/verdict").asText()).startsWith("Undermines 1 of 5 critical properties");
        JsonNode residual = result.get("residual");
        assertThat(residual.get("adopted")).extracting(JsonNode::asInt).containsExactly(1, 3);
        assertThat(residual.get("level").asText()).isEqualTo("none");
        assertThat(residual.get("verdict").asText()).startsWith("Undermines 0 of 5 critical properties");
        JsonNode access = residual.at("/criteria/0");
        assertThat(access.get("id").asText()).isEqualTo("accessible-infrastructure");
        assertThat(access.get("kind").asText()).isEqualTo("property");
        assertThat(access.get("inherent").asText()).isEqualTo("strongly-negative");
        assertThat(access.get("level").asText()).isEqualTo("none");
        assertThat(access.get("movedBy")).extracting(JsonNode::asInt).containsExactly(1);
        assertThat(residual.get("criteria")).anySatisfy(row -> {
            assertThat(row.get("id").asText()).isEqualTo("privacy");
            assertThat(row.get("movedBy")).extracting(JsonNode::asInt).containsExactly(3);
        });
    }

    @Test
    void jsonHasNoResidualWhenNoRecommendationSaysWhatItWouldChange() throws IOException {
        Cli.Run run = Cli.run("score", "--format", "json", write("plain.yaml", """
                rubric: iwn@1.0
                proposal: {title: A connection toll}
                answers:
                  access-connection-cost: {impact: negative}
                recommendations: [Drop the toll.]
                """));

        assertThat(json(run).at("/results/0").has("residual")).isFalse();
    }

    @Test
    void whatIfShowsTheLevelsAndVerdictsSideBySideAndWhatMovedEachCriterion() throws IOException {
        String file = write("toll.yaml", TOLL);
        Cli.Run run = Cli.run("score", "--what-if", file);

        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).contains(file + ": what if the recommendations were adopted");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  inherent (as written)").contains("Strongly negative")
                .contains("Undermines 1 of 5 critical properties"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  residual (adopting R1, R3)").contains("No impact")
                .contains("Undermines 0 of 5 critical properties"));
        assertThat(lines).anySatisfy(line -> assertThat(line.split("\\s{2,}"))
                .containsExactly("", "accessible-infrastructure", "Strongly negative", "No impact", "R1"));
        assertThat(lines).anySatisfy(line -> assertThat(line.split("\\s{2,}")).containsExactly("", "open-architecture", "Not assessed", "Not assessed"));
    }

    @Test
    void withAdoptsOnlyTheChosenRecommendationsNamedEitherWay() throws IOException {
        String file = write("toll.yaml", TOLL);
        JsonNode byName = json(Cli.run("score", "--format", "json", "--with", "R3", file)).at("/results/0/residual");
        JsonNode byNumber = json(Cli.run("score", "--format", "json", "--with", "3", file)).at("/results/0/residual");

        assertThat(byName).isEqualTo(byNumber);
        assertThat(byName.get("adopted")).extracting(JsonNode::asInt).containsExactly(3);
        assertThat(byName.get("level").asText()).isEqualTo("strongly-negative");
        assertThat(byName.at("/criteria/0/movedBy")).isEmpty();
    }

    @Test
    void withAlsoShowsTheWhatIfInMarkdown() throws IOException {
        String file = write("toll.yaml", TOLL);
        Cli.Run run = Cli.run("score", "--format", "md", "--with", "R1,r2", file);

        assertThat(run.out()).contains("| Residual (adopting R1, R2) | Negative | Undermines 0 of 5 critical properties and harms 1 of 4 goals")
                .contains("| An accessible infrastructure with a common protocol | Strongly negative | No impact | R1 |")
                .contains("| Privacy | Negative | Negative |  |");
    }

    @Test
    void aRecommendationTheAssessmentDoesNotHaveIsAUsageErrorThatGivesTheRange() throws IOException {
        String file = write("toll.yaml", TOLL);
        Cli.Run run = Cli.run("score", "--with", "R1,R4,R7", file);

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("iia: " + file + ": --with R4, R7: the assessment's recommendations are R1 to R3\n");
    }

    @Test
    void somethingThatIsNotARecommendationNumberIsAUsageError() throws IOException {
        Cli.Run run = Cli.run("score", "--with", "first", write("toll.yaml", TOLL));

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'first' is not a recommendation").contains("R1, R2");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void whatIfSaysSoWhenNoRecommendationSaysWhatItWouldChange() throws IOException {
        Cli.Run run = Cli.run("score", "--what-if", write("plain.yaml", """
                rubric: iwn@1.0
                proposal: {title: A connection toll}
                recommendations: [Drop the toll.]
                """));

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("  No recommendation says which answers it would change.");
    }
}
