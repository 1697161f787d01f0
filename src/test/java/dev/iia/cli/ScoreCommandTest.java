package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iia.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    private static final String EXAMPLES = "assessments";
    private static final String CAMBODIA = "assessments/cambodia-national-internet-gateway.yaml";
    private static final String KENYA = "assessments/community-networks-licensing.yaml";

    @TempDir
    Path folder;

    private Path write(String name, String yaml) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void scoresEveryExampleInATableWithLevelWords() {
        Cli.Run run = Cli.run("score", EXAMPLES);

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("FILE").contains("LEVEL", "SCORE", "BAND", "ANSWERED", "UNDERMINED", "HARMED");
        assertThat(lines).anyMatch(line -> line.startsWith(CAMBODIA) && line.contains("Strongly negative") && line.contains("3/5"));
        assertThat(lines).anyMatch(line -> line.startsWith(KENYA) && line.contains("Positive"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("12 files: 9 strongly negative, 2 negative, 1 positive");
        assertThat(run.out()).doesNotContain("\u001B[");
    }

    @Test
    void listsFilesInTheSameStableOrderWhateverTheParallelism() {
        assertThat(Cli.run("score", "-j", "1", EXAMPLES).out()).isEqualTo(Cli.run("score", "-j", "4", EXAMPLES).out());
    }

    @Test
    void writesOneJsonDocumentWithScoresAndASummary() throws IOException {
        Cli.Run run = Cli.run("score", "--format", "json", CAMBODIA, KENYA);

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.code()).isZero();
        assertThat(json.get("results")).hasSize(2);
        JsonNode cambodia = json.get("results").get(0);
        assertThat(cambodia.get("file").asText()).isEqualTo(CAMBODIA);
        assertThat(cambodia.get("status").asText()).isEqualTo("scored");
        assertThat(cambodia.at("/score/level").asText()).isEqualTo("strongly-negative");
        assertThat(cambodia.at("/score/verdict").asText()).isEqualTo("Undermines 3 of 5 critical properties and harms 4 of 4 goals.");
        assertThat(cambodia.at("/score/properties/0/id").asText()).isEqualTo("accessible-infrastructure");
        assertThat(cambodia.at("/score/properties/0/answers")).isNotEmpty();
        assertThat(cambodia.findValues("trace")).isEmpty();
        assertThat(cambodia.at("/score/goals/0/enablers")).hasSize(3);
        assertThat(json.at("/summary/scored").asInt()).isEqualTo(2);
    }

    @Test
    void theJsonSummaryCountsEveryStatusAndTheFilesAtOrBelowTheGate() throws IOException {
        Cli.Run run = Cli.run("score", "--format", "json", "--fail-on", "negative", EXAMPLES);

        JsonNode summary = new ObjectMapper().readTree(run.out()).get("summary");
        assertThat(run.code()).isEqualTo(ExitCodes.GATE);
        assertThat(summary.get("files").asInt()).isEqualTo(12);
        assertThat(summary.get("scored").asInt()).isEqualTo(12);
        assertThat(summary.get("invalid").asInt()).isZero();
        assertThat(summary.get("failOn").asText()).isEqualTo("negative");
        assertThat(summary.get("atOrBelowFailOn").asInt()).isEqualTo(11);
        assertThat(new ObjectMapper().readTree(Cli.run("score", "--format", "json", KENYA).out()).get("summary").has("failOn")).isFalse();
    }

    @Test
    void jsonHasTheTraceOfEveryLevelWithExplain() throws IOException {
        Cli.Run run = Cli.run("score", "--format", "json", "--explain", CAMBODIA);

        JsonNode cambodia = new ObjectMapper().readTree(run.out()).get("results").get(0);
        assertThat(cambodia.at("/score/properties/0/trace/0").asText()).contains(" / ").contains(" = ");
        assertThat(cambodia.at("/score/goals/0/trace")).isNotEmpty();
        assertThat(cambodia.at("/score/trace")).isNotEmpty();
    }

    @Test
    void writesCsvWithAHeaderAndOneRowPerFile() {
        Cli.Run run = Cli.run("score", "--format", "csv", EXAMPLES);

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CsvScoreOutput.HEADER));
        assertThat(lines).hasSize(13);
        assertThat(lines).anyMatch(line -> line.startsWith(CAMBODIA + ",scored,") && line.contains(",strongly-negative,-0.78,"));
    }

    @Test
    void quotesCsvCellsThatHoldCommasOrQuotes() {
        assertThat(CsvScoreOutput.quote("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(CsvScoreOutput.quote("plain")).isEqualTo("plain");
    }

    @Test
    void writesAMarkdownTable() {
        Cli.Run run = Cli.run("score", "--format", "markdown", CAMBODIA);

        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out()).startsWith("| File | Proposal | Level | Score | Band | Answered | Verdict |");
    }

    @Test
    void explainsHowEachLevelWasReached() {
        Cli.Run run = Cli.run("score", "--explain", CAMBODIA);

        assertThat(run.out()).contains("How the levels were reached:", "accessible-infrastructure:",
                "worst-harm: the worst credible harm is access-permission-to-connect (strongly negative, high confidence) → Strongly negative",
                "goal: open", "worst-harm: harmed easy-access (negative), unrestricted-use (negative)");
    }

    @Test
    void theGateExitsOneWhenAnAssessmentIsAtOrBelowTheLevel() {
        Cli.Run run = Cli.run("score", "--fail-on", "negative", EXAMPLES);

        assertThat(run.code()).isEqualTo(ExitCodes.GATE);
        assertThat(run.err()).contains("iia: 11 of 12 assessments at or below 'negative' (--fail-on)");
    }

    @Test
    void theGateStaysClosedWhenNothingIsAtOrBelowTheLevel() {
        assertThat(Cli.run("score", "--fail-on", "negative", KENYA).code()).isZero();
    }

    @Test
    void anUnknownGateLevelIsAUsageErrorWithASuggestion() {
        Cli.Run run = Cli.run("score", "--fail-on", "negativ", KENYA);

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("iia score: --fail-on: 'negativ' is not a level; did you mean 'negative'?");
    }

    @Test
    void anInvalidFileIsReportedWhileTheOthersAreScored() throws IOException {
        Path bad = write("bad.yaml", "rubric: iwn\nproposal: {title: x}\nanswers:\n  access-connection-cost: {impact: awful}\n");

        Cli.Run run = Cli.run("score", KENYA, bad.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).contains(bad + ":4:36: 'awful' is not a valid impact");
        assertThat(run.out()).contains(KENYA).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + " +invalid");
    }

    @Test
    void aMissingPathIsAFileSystemErrorEvenWhenOthersAreInvalid() throws IOException {
        Path bad = write("bad.yaml", "rubric: [\n");

        Cli.Run run = Cli.run("score", bad.toString(), folder.resolve("missing").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).contains("missing: cannot read: no such file or directory");
    }

    @Test
    void aRubricAmongTheAssessmentsIsSkippedWithANote() throws IOException {
        write("rubric.yaml", new String(Fixtures.resource("/rubrics/mini.yaml")));
        write("a.yaml", "rubric: ./rubric.yaml\nproposal: {title: x}\nanswers:\n  q1: {impact: positive}\n");

        Cli.Run run = Cli.run("score", folder.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("rubric.yaml: skipped: a rubric, not an assessment");
        assertThat(run.out()).contains("a.yaml").contains("Positive");
    }

    @Test
    void neverPrintsAStackTraceForBrokenInput() throws IOException {
        Path binary = folder.resolve("binary.yaml");
        Files.write(binary, new byte[] {0, 1, 2, 3});
        write("empty.yaml", "");
        write("list.yaml", "- a\n- b\n");

        Cli.Run run = Cli.run("score", folder.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err().lines()).hasSize(3).allMatch(line -> line.matches(".+:\\d+:\\d+: .+")).noneMatch(line -> line.contains("Exception"));
    }
}
