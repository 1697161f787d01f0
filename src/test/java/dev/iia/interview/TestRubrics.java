package dev.iia.interview;

import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricLoader;
import dev.iia.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Rubrics made for tests, from the test resources. */
final class TestRubrics {
    private TestRubrics() {
    }

    /** Two critical properties and one enabler, two questions each: access, names, privacy. */
    static Rubric tiny() {
        try (InputStream in = TestRubrics.class.getResourceAsStream("/rubrics/tiny.yaml")) {
            return RubricLoader.load(YamlReader.parse("tiny.yaml", in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
