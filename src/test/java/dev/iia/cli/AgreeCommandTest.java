package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.iia.ParsedMarkdown;
import dev.iia.TestAssessments;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreeCommandTest {
    static final String ANA = """
            rubric: iwn@1.0
            proposal:
              title: Network Fee Act
            authors: [Ana Analyst]
            answers:
              access-connection-cost:
                impact: strongly-negative
                confidence: high
                rationale: Fees raise the cost of reaching users.
              access-permission-to-connect:
                impact: positive
                rationale: The licence goes.
              access-common-protocol:
                impact: none
              easy-access-affordability:
                impact: negative
              privacy-monitoring:
                impact: unclear
            """;
    static final String BEN = """
            rubric: iwn@1.0
            proposal:
              title: network fee act
            authors: [Ben Reviewer, Someone Else]
            answers:
              access-connection-cost:
                impact: negative
                confidence: low
                rationale: Only large providers pay.
              access-permission-to-connect:
                impact: negative
                rationale: A new registration replaces the licence.
              access-common-protocol:
                impact: none
              easy-access-affordability:
                impact: negative
              privacy-monitoring:
                impact: strongly-negative
            """;

    @TempDir
    Path folder;

    private Path write(String name, String yaml) {
        return TestAssessments.write(folder, name, yaml);
    }

    @Test
    void theQuestionsToDiscussComeFirstWithEachAnalystsRationale() {
        Cli.Run run = Cli.run("agree", write("ana.yaml", ANA).toString(), write("ben.yaml", BEN).toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        String discuss = run.out().substring(run.out().indexOf("## To discuss"), run.out().indexOf("## By property"));
        assertThat(discuss).contains("(access-permission-to-connect)", "harm and support",
                "- **Ana Analyst:** Positive, medium. The licence goes.",
                "- **Ben Reviewer:** Negative, medium. A new registration replaces the licence.");
        assertThat(discuss).doesNotContain("access-connection-cost", "privacy-monitoring", "access-common-protocol");
        assertThat(ParsedMarkdown.parse(run.out()).tableShapes()).isNotEmpty();
    }

    @Test
    void theJsonHasAlphaOverallAndPerCriterionWithThePairableRatings() throws IOException {
        Cli.Run run = Cli.run("agree", "--format", "json", write("ana.yaml", ANA).toString(), write("ben.yaml", BEN).toString());

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(run.code()).isZero();
        assertThat(json.get("analysts").toString()).isEqualTo("[\"Ana Analyst\",\"Ben Reviewer\"]");
        // unclear is missing: privacy-monitoring is not pairable; 4 questions, 8 ratings
        assertThat(json.get("pairable").asInt()).isEqualTo(8);
        assertThat(json.get("pairableQuestions").asInt()).isEqualTo(4);
        assertThat(json.get("alpha").isNumber()).isTrue();
        JsonNode access = criterion(json, "accessible-infrastructure");
        assertThat(access.get("pairable").asInt()).isEqualTo(6);
        assertThat(access.get("alpha").isNumber()).isTrue();
        assertThat(access.get("levels").get(0).get("level").asText()).isEqualTo("negative");
        JsonNode privacy = criterion(json, "privacy");
        assertThat(privacy.get("alpha").isNull()).isTrue();
        assertThat(privacy.get("reading").asText()).isEqualTo("not computable");
        assertThat(json.get("toDiscuss").findValuesAsText("id")).containsExactly("access-permission-to-connect");
    }

    private static JsonNode criterion(JsonNode json, String id) {
        for (JsonNode criterion : json.get("criteria")) {
            if (criterion.get("id").asText().equals(id)) {
                return criterion;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void failBelowTripsWhenAlphaIsLower() {
        Path ana = write("ana.yaml", ANA);
        Path ben = write("ben.yaml", BEN);

        assertThat(Cli.run("agree", "--fail-below", "0.8", ana.toString(), ben.toString()).code()).isEqualTo(1);
        assertThat(Cli.run("agree", "--fail-below", "-1", ana.toString(), ben.toString()).code()).isZero();
        assertThat(Cli.run("agree", "--fail-below", "0.8", ana.toString(), ana.toString()).code()).isZero();
    }

    @Test
    void identicalAssessmentsAgreePerfectly() throws IOException {
        Path ana = write("ana.yaml", ANA);

        Cli.Run run = Cli.run("agree", "-f", "json", ana.toString(), write("copy.yaml", ANA).toString());

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(run.out()).contains("\"alpha\" : 1.000,");
        assertThat(json.get("reading").asText()).isEqualTo("good");
        assertThat(json.get("analysts").get(0).asText()).isEqualTo("Ana Analyst (" + ana + ")");
    }

    @Test
    void differentRubricsOrTitlesAreUsageErrors() {
        Path ana = write("ana.yaml", ANA);
        Path other = write("other.yaml", BEN.replace("network fee act", "Data Retention Act"));

        Cli.Run run = Cli.run("agree", ana.toString(), other.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("give the proposal different titles; use --force");
        assertThat(Cli.run("agree", "--force", ana.toString(), other.toString()).code()).isZero();
        Cli.Run one = Cli.run("agree", ana.toString());
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err()).contains("a team's work needs two assessments or more, but only " + ana + " was found");
    }

    @Test
    void everyInvalidFileIsReported() {
        Cli.Run run = Cli.run("agree", write("bad.yaml", ANA.replace("impact: none", "impact: nothing")).toString(),
                folder.resolve("missing.yaml").toString());

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("bad.yaml:").contains("missing.yaml");
    }

    @Test
    void aFolderStandsForTheAssessmentsInIt() {
        write("team/ana.yaml", ANA);
        write("team/ben.yaml", BEN);

        Cli.Run run = Cli.run("agree", "-f", "json", folder.resolve("team").toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"analysts\" : [ \"Ana Analyst\", \"Ben Reviewer\" ]");
    }
}
