package dev.iia;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.Proposal;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricLoader;
import dev.iia.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared test data: the mini rubric and assessments built from short answer specs. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Rubric miniRubric() {
        return RubricLoader.load(YamlReader.parse("mini.yaml", resource("/rubrics/mini.yaml")));
    }

    public static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An assessment from pairs of question id and answer spec {@code "impact"} or {@code "impact/confidence"}:
     * {@code assessment("q1", "negative/high", "q2", "unclear")}.
     */
    public static Assessment assessment(String... idsAndSpecs) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < idsAndSpecs.length; i += 2) {
            String[] spec = idsAndSpecs[i + 1].split("/");
            answers.put(idsAndSpecs[i], new Answer(spec[0], spec.length > 1 ? spec[1] : null, null, List.of()));
        }
        return new Assessment(null, "mini@2.1", new Proposal("A proposal", null, null, null, null, null, null),
                List.of(), null, null, null, List.of(), answers, Map.of(), null, List.of());
    }
}
