package dev.iia.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Problem;
import dev.iia.yaml.Mappers;
import dev.iia.yaml.Schema;
import dev.iia.yaml.YamlDocument;
import dev.iia.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a rubric: YAML, then its JSON Schema, then the cross-checks, then the records. */
public final class RubricLoader {
    private static final class Holder {
        static final Schema SCHEMA = new Schema(resourceTree("/schemas/rubric.schema.json"), Map.of());
    }

    private RubricLoader() {
    }

    public static Schema schema() {
        return Holder.SCHEMA;
    }

    public static Rubric load(Path file) {
        return load(YamlReader.read(file));
    }

    /** Every problem of the document at once, or the rubric. */
    public static Rubric load(YamlDocument document) {
        if (!schema().shapedLike(document)) {
            throw new InvalidInputException(document.problemAt("", "this is not a rubric: it has none of the keys "
                    + String.join(", ", schema().topLevelKeys()) + " (its content is not shown)"));
        }
        List<Problem> problems = new ArrayList<>(schema().validate(document));
        if (problems.isEmpty()) {
            problems.addAll(RubricChecks.check(document));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Mappers.bind(document, Rubric.class);
    }

    static JsonNode resourceTree(String name) {
        try (InputStream in = RubricLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return Mappers.json().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
