package dev.iia.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Binds a built-in rubric by hand from its YAML tree, as the mapper would: every run needs one, and
 * binding it by reflection would cost start-up more than the rest of a run. Only for rubrics that are
 * known to be valid (the test suite checks the built-in ones in full, and that this binds them as the
 * mapper does).
 */
final class RubricBinder {
    private RubricBinder() {
    }

    static Rubric rubric(JsonNode node) {
        return new Rubric(text(node, "$schema"), text(node, "id"), text(node, "version"), text(node, "title"),
                text(node, "description"), text(node, "source"), list(node, "scale", RubricBinder::scaleEntry),
                list(node, "confidence", RubricBinder::confidence), text(node, "default-confidence"),
                list(node, "levels", RubricBinder::level), present(node, "severe-harm", RubricBinder::severeHarm),
                present(node, "aggregation", RubricBinder::aggregation), text(node, "credible-confidence"),
                list(node, "changes", RubricBinder::change), list(node, "goals", RubricBinder::goal),
                list(node, "sections", RubricBinder::section));
    }

    private static ScaleEntry scaleEntry(JsonNode node) {
        return new ScaleEntry(text(node, "key"), text(node, "label"), decimal(node, "value"), text(node, "description"));
    }

    private static ConfidenceLevel confidence(JsonNode node) {
        return new ConfidenceLevel(text(node, "key"), text(node, "label"), decimal(node, "weight"));
    }

    private static LevelBound level(JsonNode node) {
        return new LevelBound(text(node, "level"), decimal(node, "up-to"), decimal(node, "below"));
    }

    private static SevereHarmRule severeHarm(JsonNode node) {
        return new SevereHarmRule(text(node, "impact"), text(node, "min-confidence"), text(node, "cap"));
    }

    private static Aggregation aggregation(JsonNode node) {
        for (Aggregation aggregation : Aggregation.values()) {
            if (aggregation.key().equals(node.asText())) {
                return aggregation;
            }
        }
        throw new IllegalStateException("unknown aggregation in a built-in rubric: " + node.asText());
    }

    private static Change change(JsonNode node) {
        return new Change(text(node, "from"), map(node.get("renamed"), JsonNode::asText),
                map(node.get("split"), RubricBinder::texts), map(node.get("merged"), RubricBinder::texts),
                present(node, "removed", RubricBinder::texts), present(node, "reworded", RubricBinder::texts));
    }

    private static Goal goal(JsonNode node) {
        return new Goal(text(node, "id"), text(node, "title"), text(node, "description"));
    }

    private static Section section(JsonNode node) {
        return new Section(text(node, "id"), text(node, "title"), text(node, "description"),
                list(node, "criteria", RubricBinder::criterion));
    }

    private static Criterion criterion(JsonNode node) {
        return new Criterion(text(node, "id"), text(node, "title"), text(node, "goal"), text(node, "summary"),
                text(node, "guidance"), list(node, "questions", RubricBinder::question));
    }

    private static Question question(JsonNode node) {
        return new Question(text(node, "id"), text(node, "text"), text(node, "help"),
                present(node, "examples", examples -> new Examples(text(examples, "negative"), text(examples, "positive"))),
                decimal(node, "weight"));
    }

    /** Text as the mapper reads it: a number or boolean by its written form; absent or empty, null. */
    private static String text(JsonNode node, String key) {
        return present(node, key, JsonNode::asText);
    }

    private static BigDecimal decimal(JsonNode node, String key) {
        return present(node, key, value -> value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText()));
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>(node.size());
        node.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static <T> List<T> list(JsonNode node, String key, Function<JsonNode, T> read) {
        return present(node, key, items -> {
            List<T> list = new ArrayList<>(items.size());
            items.forEach(item -> list.add(read.apply(item)));
            return list;
        });
    }

    private static <T> Map<String, T> map(JsonNode node, Function<JsonNode, T> read) {
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, T> map = new LinkedHashMap<>();
        node.properties().forEach(entry -> map.put(entry.getKey(), read.apply(entry.getValue())));
        return map;
    }

    private static <T> T present(JsonNode node, String key, Function<JsonNode, T> read) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : read.apply(value);
    }
}
