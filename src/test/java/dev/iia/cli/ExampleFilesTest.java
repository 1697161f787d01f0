package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.AssessmentSchema;
import dev.iia.rubric.RubricCatalog;
import dev.iia.yaml.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example assessments are friendly to editors: each names the schema beside it, and that schema is the rubric's own. */
class ExampleFilesTest {
    private static final Path EXAMPLES = Path.of("assessments");

    @Test
    void everyExampleOpensWithTheSchemaLineOfTheSchemaBesideIt() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }

        assertThat(examples).isNotEmpty().allSatisfy(example -> {
            String reference = Files.readAllLines(example).get(1).replace("rubric: ", "");
            assertThat(Files.readAllLines(example).get(0)).isEqualTo("# yaml-language-server: $schema="
                    + NewCommand.schemaFileName(RubricCatalog.shared().resolve(reference, EXAMPLES)));
        });
    }

    @Test
    void theSchemasBesideTheExamplesAreTheOnesIiaNewWrites() throws IOException {
        for (String reference : List.of("iwn@1.0", "iwn@2.0")) {
            var rubric = RubricCatalog.shared().resolve(reference, EXAMPLES);
            String expected = Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(AssessmentSchema.forRubric(rubric).node())
                    + "\n";

            assertThat(EXAMPLES.resolve(NewCommand.schemaFileName(rubric))).hasContent(expected);
        }
    }
}
