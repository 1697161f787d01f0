package dev.iia.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.yaml.Mappers;
import dev.iia.yaml.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import java.util.stream.Collectors;

/**
 * The JSON Schema of assessments. The generic one checks structure; the one made for a rubric also
 * lists its question ids, criterion ids, scale and confidence keys, so that editors complete them and
 * a misspelt id is caught at its key with a suggestion.
 */
public final class AssessmentSchema {
    private static final Map<String, String> KEY_NOUNS = Map.of("answers", "question", "effects", "criterion", "disputed", "question");
    private static final Schema GENERIC = new Schema(base(), KEY_NOUNS);
    /**
     * By identity: the catalog loads each rubric once, and a record's hash would walk the whole
     * rubric for every file of a batch.
     */
    private static final Map<Rubric, Schema> FOR_RUBRIC = Collections.synchronizedMap(new IdentityHashMap<>());

    private AssessmentSchema() {
    }

    public static Schema generic() {
        return GENERIC;
    }

    public static Schema forRubric(Rubric rubric) {
        return FOR_RUBRIC.computeIfAbsent(rubric, r -> new Schema(specialise(r), KEY_NOUNS));
    }

    static JsonNode specialise(Rubric rubric) {
        ObjectNode schema = (ObjectNode) base();
        schema.put("$id", "https://iia.dev/schemas/assessment-" + rubric.id() + "-" + rubric.version() + ".schema.json");
        schema.put("title", "iia assessment for rubric " + rubric.reference() + " (" + rubric.title() + ")");
        ObjectNode properties = (ObjectNode) schema.get("properties");

        ObjectNode answers = (ObjectNode) properties.get("answers");
        ObjectNode questions = answers.putObject("properties");
        for (Criterion criterion : rubric.criteria()) {
            for (Question question : criterion.questions()) {
                questions.putObject(question.id())
                        .put("$ref", "#/$defs/answer")
                        .put("description", criterion.title() + ": " + question.text());
            }
        }
        answers.put("additionalProperties", false);

        ObjectNode effects = (ObjectNode) properties.get("effects");
        ObjectNode criteria = effects.putObject("properties");
        for (Criterion criterion : rubric.criteria()) {
            criteria.putObject(criterion.id()).put("$ref", "#/$defs/text")
                    .put("description", "Effect on people of the impact on: " + criterion.title());
        }
        effects.put("additionalProperties", false);

        disputed(rubric, properties);

        ObjectNode defs = (ObjectNode) schema.get("$defs");
        ArrayNode criterionIds = ((ObjectNode) defs.get("criterion")).putArray("enum");
        rubric.criteria().forEach(criterion -> criterionIds.add(criterion.id()));
        ObjectNode impact = (ObjectNode) defs.get("impact");
        ArrayNode impacts = impact.putArray("enum");
        rubric.scale().forEach(entry -> impacts.add(entry.key()));
        impact.put("description", "One of: " + rubric.scale().stream().map(AssessmentSchema::describe).collect(Collectors.joining("; ")));
        ObjectNode confidence = (ObjectNode) defs.get("confidence");
        ArrayNode confidences = confidence.putArray("enum");
        rubric.confidence().stream().map(ConfidenceLevel::key).forEach(confidences::add);
        confidence.put("description", "How sure you are; if absent: " + rubric.defaultConfidence());
        return schema;
    }

    /** Disputed answers are keyed by the rubric's question ids, like answers. */
    private static void disputed(Rubric rubric, ObjectNode properties) {
        ObjectNode disputed = (ObjectNode) properties.get("disputed");
        ObjectNode questions = disputed.putObject("properties");
        for (Question question : rubric.questions()) {
            questions.putObject(question.id()).put("$ref", "#/$defs/dispute");
        }
        disputed.put("additionalProperties", false);
    }

    private static String describe(ScaleEntry entry) {
        return entry.key() + " (" + entry.label() + (entry.valued() ? ", " + entry.value() : ", not scored") + ")";
    }

    private static JsonNode base() {
        try (InputStream in = AssessmentSchema.class.getResourceAsStream("/schemas/assessment.schema.json")) {
            return Mappers.json().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
