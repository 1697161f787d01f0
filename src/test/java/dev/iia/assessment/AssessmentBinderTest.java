package dev.iia.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.yaml.Mappers;
import dev.iia.yaml.YamlDocument;
import dev.iia.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The binder by hand gives what the schema and the mapper give, and binds nothing the schema refuses:
 * over every assessment of the project, and over files broken one rule at a time.
 */
class AssessmentBinderTest {
    private static final RubricCatalog CATALOG = RubricCatalog.shared();

    static Stream<Path> assessments() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("assessments")), Files.walk(Path.of("src/test/resources")))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("assessments")
    void bindsWhatTheSchemaAcceptsAsTheMapperDoesAndNothingItRefuses(Path file) {
        YamlDocument document;
        Rubric rubric;
        try {
            document = YamlReader.read(file);
            rubric = CATALOG.resolve(document.root().path("rubric").asText(), file.toAbsolutePath().getParent());
        } catch (RuntimeException e) {
            return;
        }
        boolean valid = AssessmentSchema.forRubric(rubric).validate(document).isEmpty();
        var bound = AssessmentBinder.bind(document.root(), rubric);
        if (!valid) {
            assertThat(bound).as("a file the schema refuses").isEmpty();
        } else if (bound.isPresent()) {
            assertThat(bound.get()).isEqualTo(Mappers.bind(document, Assessment.class));
        }
    }

    @ParameterizedTest
    @MethodSource("assessments")
    void theExampleAssessmentsAreBoundByHand(Path file) {
        if (file.startsWith("assessments")) {
            YamlDocument document = YamlReader.read(file);
            Rubric rubric = CATALOG.resolve(document.root().path("rubric").asText(), file.toAbsolutePath().getParent());
            assertThat(AssessmentBinder.bind(document.root(), rubric)).isPresent();
        }
    }

    private static final String FULL = """
            $schema: ./iwn.schema.json
            rubric: iwn
            proposal:
              title: A law
              jurisdiction: Somewhere
              date: 2024-01-02
              url: https://example.org/law
            authors: [Jane, {name: Ann, affiliation: ISOC}]
            version: "1.0"
            date: "2024"
            context: Context
            assumptions: [One]
            answers:
              %s
            effects:
              accessible-infrastructure: Fewer networks
            provisions:
              - provision: Article 1
                criteria: [accessible-infrastructure]
            key-findings: [Finding]
            recommendations:
              - Drop it
              - text: Amend it
                changes:
                  access-connection-cost: {impact: none, rationale: Then nothing}
            """;

    /** One rule broken at a time, each in a place only the rubric's schema knows. */
    @ParameterizedTest
    @ValueSource(strings = {
        "access-connection-cost: {impact: none, confidence: certain}",
        "access-connection-cost: {impact: nothing}",
        "access-connection-cost: {confidence: high}",
        "no-such-question: {impact: none}",
        "access-connection-cost: {impact: none, evidence: [ftp://example.org]}",
        "access-connection-cost: {impact: none, evidence: [{title: No url}]}",
        "access-connection-cost: {impact: none, rationale: ''}",
        "access-connection-cost: {impact: none, rationale: null}",
        "access-connection-cost: {impact: none, colour: red}",
        "access-connection-cost: [none]",
    })
    void aFileBrokenInOnePlaceIsLeftToTheSchema(String answer) throws IOException {
        Path file = write(FULL.formatted(answer));
        YamlDocument document = YamlReader.read(file);
        Rubric rubric = CATALOG.builtIn("iwn");

        assertThat(AssessmentSchema.forRubric(rubric).validate(document)).as("the schema refuses it").isNotEmpty();
        assertThat(AssessmentBinder.bind(document.root(), rubric)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"access-connection-cost: {impact: none, confidence: high, rationale: Why, evidence: [https://a.org, {url: http://b.org, title: B}]}",
        "access-connection-cost: {impact: positive}"})
    void aFullFileIsBoundByHandAsTheMapperBindsIt(String answer) throws IOException {
        Path file = write(FULL.formatted(answer));
        YamlDocument document = YamlReader.read(file);
        Rubric rubric = CATALOG.builtIn("iwn");

        assertThat(AssessmentSchema.forRubric(rubric).validate(document)).isEmpty();
        assertThat(AssessmentBinder.bind(document.root(), rubric)).contains(Mappers.bind(document, Assessment.class));
    }

    private static Path write(String text) throws IOException {
        Path file = Files.createTempFile("binder", ".yaml");
        file.toFile().deleteOnExit();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
