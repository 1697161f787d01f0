package dev.iia.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.Fixtures;
import dev.iia.yaml.YamlReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentLimitsTest {
    @Test
    void anAssessmentIiaCanReadBackPasses() {
        assertThat(AssessmentLimits.problem(Fixtures.assessment("q1", "negative/high"))).isEmpty();
    }

    @Test
    void aTextLongerThanTheReaderTakesIsNamed() {
        Assessment assessment = withRationales(1, "x".repeat(YamlReader.MAX_SCALAR_CHARS + 1));

        assertThat(AssessmentLimits.problem(assessment)).hasValue(
                "That text has 1,048,577 characters; iia reads back at most 1,048,576 in one text.");
    }

    @Test
    void aControlCharacterIsNamed() {
        assertThat(AssessmentLimits.problem(withRationales(1, "a \u001b[2J b"))).hasValue(
                "That text holds the control character U+001B (escape); iia keeps printable text only (tabs and line breaks are fine).");
        assertThat(AssessmentLimits.problem(withRationales(1, "line\n\tindented\n"))).isEmpty();
    }

    @Test
    void aFileOverTheReadersSizeIsRefusedThoughEachTextFits() {
        Assessment assessment = withRationales(5, "y".repeat(1_000_000));

        assertThat(AssessmentLimits.problem(assessment)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("The assessment would be 4.8 MB, more than the 4 MB iia reads back"));
    }

    private static Assessment withRationales(int count, String rationale) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            answers.put("q" + i, new Answer("negative", null, rationale, List.of()));
        }
        return Fixtures.assessment().withAnswers(answers);
    }
}
