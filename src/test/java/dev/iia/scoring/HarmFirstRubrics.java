package dev.iia.scoring;

import dev.iia.Fixtures;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricLoader;
import dev.iia.yaml.YamlReader;
import java.nio.charset.StandardCharsets;

/** The mini test rubric with the harm-first aggregation instead of the mean and its severe-harm cap. */
final class HarmFirstRubrics {
    private HarmFirstRubrics() {
    }

    static Rubric mini() {
        String text = new String(Fixtures.resource("/rubrics/mini.yaml"), StandardCharsets.UTF_8)
                .replace("severe-harm: {impact: strongly-negative, min-confidence: medium, cap: negative}",
                        "aggregation: worst-harm\ncredible-confidence: medium");
        return RubricLoader.load(YamlReader.parse("mini-harm.yaml", text.getBytes(StandardCharsets.UTF_8)));
    }
}
