package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.Fixtures;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Problem;
import dev.iia.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricLoaderTest {
    private static final String MINI = new String(Fixtures.resource("/rubrics/mini.yaml"), StandardCharsets.UTF_8);

    private static List<String> problems(String yaml) {
        try {
            RubricLoader.load(YamlReader.parse("r.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    private static int lineOf(String text, String needle) {
        return MINI.substring(0, MINI.indexOf(needle)).split("\n", -1).length;
    }

    @Test
    void loadsAValidRubricIntoRecords() {
        Rubric rubric = Fixtures.miniRubric();

        assertThat(rubric.reference()).isEqualTo("mini@2.1");
        assertThat(rubric.question("q1").orElseThrow().effectiveWeight()).isEqualTo(2.0);
        assertThat(rubric.question("q2").orElseThrow().effectiveWeight()).isEqualTo(1.0);
        assertThat(rubric.criterionOf("q5").orElseThrow().goal()).isEqualTo("open");
    }

    @Test
    void reportsAnUnknownKeyAtTheKeyWithASuggestionInsteadOfTheKeyItMisspells() {
        String yaml = MINI.replace("default-confidence: medium", "default-confidense: medium");

        assertThat(problems(yaml)).containsExactly(
                "r.yaml:" + lineOf(MINI, "default-confidence") + ":1: unknown key 'default-confidense'; did you mean 'default-confidence'?");
    }

    @Test
    void reportsAMissingRequiredKeyAtItsMap() {
        assertThat(problems(MINI.replace("default-confidence: medium", "")))
                .containsExactly("r.yaml:2:1: the document is missing required key 'default-confidence'");
    }

    @Test
    void reportsWrongTypesAtTheValue() {
        assertThat(problems(MINI.replace("weight: 2}", "weight: heavy}")))
                .containsExactly("r.yaml:" + lineOf(MINI, "weight: 2}") + ":108: 'weight' must be a number, not text");
    }

    @Test
    void reportsDuplicateQuestionIdsWithTheFirstPlace() {
        assertThat(problems(MINI.replace("{id: q2,", "{id: q1,"))).containsExactly(
                "r.yaml:" + lineOf(MINI, "{id: q2,") + ":18: duplicate question id 'q1' (first at line " + lineOf(MINI, "{id: q1,") + ")");
    }

    @Test
    void reportsAGoalThatIsNotDefined() {
        assertThat(problems(MINI.replaceFirst("goal: open", "goal: opne"))).containsExactly(
                "r.yaml:" + lineOf(MINI, "goal: open") + ":15: 'opne' is not a defined goal; did you mean 'open'? (defined: open)");
    }

    @Test
    void reportsLevelsThatAreNotValuedScaleKeysOrDoNotRise() {
        String yaml = MINI.replace("{level: negative, up-to: -0.25}", "{level: unclear, up-to: -1.5}");

        assertThat(problems(yaml)).containsExactly(
                "r.yaml:" + lineOf(MINI, "{level: negative") + ":13: 'unclear' is not a scale key with a value; levels are named after valued scale entries",
                "r.yaml:" + lineOf(MINI, "{level: negative") + ":5: bounds must rise from one level to the next (worst first)",
                "r.yaml:" + lineOf(MINI, "severe-harm") + ":71: 'negative' is not a defined level; did you mean 'strongly-negative'?"
                        + " (defined: strongly-negative, unclear, none, positive, strongly-positive)");
    }

    @Test
    void reportsALastLevelWithABoundAndAMiddleLevelWithout() {
        String yaml = MINI.replace("{level: strongly-positive}", "{level: strongly-positive, below: 3}")
                .replace("{level: none, below: 0.25}", "{level: none}");

        assertThat(problems(yaml)).containsExactly(
                "r.yaml:" + lineOf(MINI, "{level: none") + ":5: only the last level may have no bound: add 'up-to' or 'below'",
                "r.yaml:" + lineOf(MINI, "{level: strongly-positive}") + ":5: the last level takes every higher score: remove its bound");
    }

    @Test
    void reportsSevereHarmSettingsThatNameNothing() {
        String yaml = MINI.replace("severe-harm: {impact: strongly-negative, min-confidence: medium, cap: negative}",
                "severe-harm: {impact: awful, min-confidence: mid, cap: negative}");

        assertThat(problems(yaml)).hasSize(2).allMatch(p -> p.contains("is not a defined"));
    }

    @Test
    void reportsEveryProblemOfTheFileAtOnce() {
        String yaml = MINI.replace("title: Mini rubric", "title: 3").replace("{id: q3,", "{id: Q3,").replace("default-confidence: medium", "");

        assertThat(problems(yaml)).hasSize(3);
    }
}
