package dev.iia.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.assessment.Recommendation;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.rubric.RubricLoader;
import dev.iia.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationTest {
    private final Rubric iwn1 = RubricCatalog.shared().builtIn("iwn", "1.0");
    private final Rubric iwn2 = RubricCatalog.shared().builtIn("iwn", "2.0");
    private final LoadedAssessment southKorea = new AssessmentLoader(RubricCatalog.shared())
            .load(Path.of("src/test/resources/migration/south-korea-iwn-1.0.yaml"));

    @Test
    void everyAnswerThatStillAppliesIsCarriedOverAndARenamedOneFollowsItsNewId() {
        Migration migration = Migration.of(iwn1, iwn2, southKorea.assessment(), "iwn@2.0");

        assertThat(migration.after().rubric()).isEqualTo("iwn@2.0");
        assertThat(migration.carried()).hasSize(43).doesNotContain("governance-open-process");
        assertThat(migration.moved()).containsExactly(Map.entry("governance-open-process", "governance-inclusive-decisions"));
        assertThat(migration.after().answers().get("governance-inclusive-decisions"))
                .isEqualTo(southKorea.assessment().answers().get("governance-open-process"));
        assertThat(migration.dropped()).isEmpty();
        assertThat(migration.unanswered()).containsExactly("routing-disconnection", "identifiers-reachability", "use-gatekeeping",
                "governance-self-regulation", "reach-fragmented-experience", "capacity-performance");
        assertThat(migration.askAgain()).containsExactlyInAnyOrder("routing-disconnection", "identifiers-reachability",
                "use-gatekeeping", "governance-inclusive-decisions", "governance-self-regulation", "reach-fragmented-experience",
                "capacity-performance");
        assertThat(migration.after().effects()).isEqualTo(southKorea.assessment().effects());
    }

    @Test
    void aRecommendationsChangesFollowTheirQuestionsAndAChangeToARemovedQuestionIsReported() {
        Answer support = new Answer("positive", "high", "Open consultation.", null);
        Answer restored = new Answer("none", "high", "No fee.", null);
        Assessment withChanges = southKorea.assessment().withRecommendations(List.of(
                new Recommendation("Consult openly.", Map.of("governance-open-process", support)),
                new Recommendation("Drop the fee.", Map.of("access-connection-cost", restored)),
                Recommendation.plain("Publish the rules.")));
        Rubric without = iwn2WithoutQuestion("access-connection-cost");

        Migration migration = Migration.of(iwn1, iwn2, withChanges, "iwn@2.0");
        Migration removing = Migration.of(iwn1, without, withChanges, "iwn@2.0");

        assertThat(migration.after().recommendations()).containsExactly(
                new Recommendation("Consult openly.", Map.of("governance-inclusive-decisions", support)),
                new Recommendation("Drop the fee.", Map.of("access-connection-cost", restored)),
                Recommendation.plain("Publish the rules."));
        assertThat(removing.after().recommendations().get(1).changes()).isEmpty();
        assertThat(removing.droppedOther()).containsEntry("recommendation 2's change to access-connection-cost", "none");
    }

    /** iwn 2.0 as if it had also removed one question of 1.0. */
    private Rubric iwn2WithoutQuestion(String id) {
        String text = RubricCatalog.shared().builtInSource("iwn@2.0");
        int at = text.indexOf("          - id: " + id + "\n");
        int next = text.indexOf("          - id: ", at + 1);
        String without = text.substring(0, at) + text.substring(next);
        return RubricLoader.load(YamlReader.parse("iwn-2.0-test.yaml", without.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theReportNamesEveryMoveAndEachLevelAndTheVerdictBeforeAndAfter() {
        String report = Migration.of(iwn1, iwn2, southKorea.assessment(), "iwn@2.0").report("sk.yaml");

        assertThat(report).startsWith("# Migration of sk.yaml: iwn@1.0 → iwn@2.0\n")
                .contains("- governance-open-process → governance-inclusive-decisions")
                .contains("## Now unanswered (6)")
                .contains("| An accessible infrastructure with a common protocol | Negative | Strongly negative (changed) |")
                .contains("Verdict before: Undermines 3 of 5 critical properties and harms 2 of 4 goals.")
                .contains("Verdict after: Undermines 3 of 5 critical properties");
    }

    @Test
    void removedSplitAndMergedQuestionsFollowTheDeclaredChangesAndNothingIsLostSilently() {
        String text = new String(dev.iia.Fixtures.resource("/rubrics/mini.yaml"), StandardCharsets.UTF_8);
        String next = text.replace("version: \"2.1\"", "version: \"3.0\"\nchanges:\n  - from: \"2.1\"\n"
                        + "    split: {q1: [q1a, q1b]}\n    merged: {q34: [q3, q4]}\n    removed: [q2]\n")
                .replace("- {id: q1, text: \"First?\"", "- {id: q1a, text: \"First a?\"}\n          - {id: q1b, text: \"First b?\"")
                .replace("          - {id: q2, text: \"Second?\", help: Help two., examples: {negative: Bad., positive: Good.}}\n", "")
                .replace("          - {id: q3, text: \"Third?\", help: Help three., examples: {negative: Bad., positive: Good.}}\n", "")
                .replace("- {id: q4, text: \"Fourth?\"", "- {id: q34, text: \"Third and fourth?\"");
        Rubric mini = dev.iia.Fixtures.miniRubric();
        Rubric mini3 = RubricLoader.load(YamlReader.parse("mini-3.yaml", next.getBytes(StandardCharsets.UTF_8)));

        Migration migration = Migration.of(mini, mini3, dev.iia.Fixtures.assessment("q1", "negative/high", "q2", "positive/low",
                "q3", "positive/high", "q4", "strongly-negative/medium", "q5", "none/high"), "mini@3.0");

        assertThat(migration.after().answers()).containsOnlyKeys("q1a", "q1b", "q34", "q5");
        assertThat(migration.after().answers().get("q1a").impact()).isEqualTo("negative");
        assertThat(migration.after().answers().get("q34").impact()).isEqualTo("strongly-negative");
        assertThat(migration.dropped()).containsOnlyKeys("q2", "q3");
        assertThat(migration.askAgain()).containsExactly("q1a", "q1b", "q34");
        assertThat(migration.carried()).containsExactly("q5");
    }
}
