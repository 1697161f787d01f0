package dev.iia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iia.problem.InvalidInputException;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key with only comments under it (as in a file from 'iia new') means "nothing yet", not an error. */
class EmptyKeysTest {
    @TempDir
    Path folder;

    private LoadedAssessment load(String yaml) throws IOException {
        Path file = folder.resolve("a.yaml");
        Files.writeString(file, yaml);
        return new AssessmentLoader(RubricCatalog.shared()).load(file);
    }

    @Test
    void answersAndEffectsWithOnlyCommentsUnderThemAreEmpty() throws IOException {
        LoadedAssessment loaded = load("""
                rubric: iwn@1.0
                proposal:
                  title: A law
                answers:
                  # access-connection-cost:
                  #   impact: negative
                effects:
                  # accessible-infrastructure: Higher prices.
                """);

        assertThat(loaded.assessment().answers()).isEmpty();
        assertThat(loaded.assessment().effects()).isEmpty();
    }

    @Test
    void anEmptyImpactIsOneProblemNotAlsoAnUnknownImpact() {
        assertThatThrownBy(() -> load("""
                rubric: iwn@1.0
                proposal:
                  title: A law
                answers:
                  access-connection-cost:
                    impact:
                """))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.format())
                        .containsExactly(folder.resolve("a.yaml") + ":6:12: 'impact' must be text, not empty"));
    }

    @Test
    void answersGivenAsTextAreStillAnErrorAtTheirLine() {
        assertThatThrownBy(() -> load("""
                rubric: iwn@1.0
                proposal:
                  title: A law
                answers: all negative
                """))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("a.yaml:4:10: 'answers' must be a map of keys, not text");
    }
}
