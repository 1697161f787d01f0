package dev.iia.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iia.problem.Problem;
import dev.iia.problem.Suggestions;
import dev.iia.yaml.YamlDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a schema cannot express: unique ids, references between parts of the rubric
 * (goals, levels, confidence) and thresholds that make sense. Runs on a schema-valid tree.
 */
final class RubricChecks {
    private final YamlDocument document;
    private final JsonNode root;
    private final List<Problem> problems = new ArrayList<>();

    private RubricChecks(YamlDocument document) {
        this.document = document;
        this.root = document.root();
    }

    static List<Problem> check(YamlDocument document) {
        RubricChecks checks = new RubricChecks(document);
        checks.run();
        return checks.problems;
    }

    private void run() {
        Set<String> scaleKeys = uniqueIds("/scale", "key", "scale key");
        Set<String> valuedKeys = valuedScaleKeys();
        Set<String> confidenceKeys = uniqueIds("/confidence", "key", "confidence key");
        Set<String> goalIds = uniqueIds("/goals", "id", "goal id");
        uniqueIds("/sections", "id", "section id");
        if (valuedKeys.isEmpty()) {
            problems.add(document.problemAt("/scale", "the scale needs at least one entry with a value"));
        }
        reference("/default-confidence", confidenceKeys, "confidence");
        if (root.has("credible-confidence")) {
            reference("/credible-confidence", confidenceKeys, "confidence");
        }
        Set<String> levelKeys = checkLevels(valuedKeys);
        if (root.has("severe-harm")) {
            reference("/severe-harm/impact", scaleKeys, "scale key");
            reference("/severe-harm/min-confidence", confidenceKeys, "confidence");
            reference("/severe-harm/cap", levelKeys, "level");
        }
        Set<String> questionIds = checkCriteria(goalIds, scaleKeys);
        checkChanges(questionIds);
    }

    /** Every id a change names in this version must be one of its questions; old ids are the earlier version's business. */
    private void checkChanges(Set<String> questionIds) {
        JsonNode changes = root.path("changes");
        for (int i = 0; i < changes.size(); i++) {
            String pointer = YamlDocument.child("/changes", i);
            JsonNode change = changes.get(i);
            change.path("renamed").properties().forEach(e -> question(questionIds, pointer + "/renamed/" + e.getKey(), e.getValue().asText()));
            change.path("split").properties().forEach(e -> {
                for (int n = 0; n < e.getValue().size(); n++) {
                    question(questionIds, pointer + "/split/" + e.getKey() + "/" + n, e.getValue().get(n).asText());
                }
            });
            change.path("merged").fieldNames().forEachRemaining(id -> question(questionIds, pointer + "/merged/" + id, id));
            JsonNode reworded = change.path("reworded");
            for (int n = 0; n < reworded.size(); n++) {
                question(questionIds, pointer + "/reworded/" + n, reworded.get(n).asText());
            }
        }
    }

    private void question(Set<String> questionIds, String pointer, String id) {
        if (!questionIds.contains(id)) {
            problems.add(document.problemAt(pointer, "'" + id + "' is not a question of this rubric"
                    + Suggestions.didYouMean(id, questionIds) + "; changes name this version's questions by their new ids"));
        }
    }

    private Set<String> valuedScaleKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode entry : root.path("scale")) {
            if (entry.has("value")) {
                keys.add(entry.get("key").asText());
            }
        }
        return keys;
    }

    private Set<String> uniqueIds(String listPointer, String field, String noun) {
        Set<String> seen = new LinkedHashSet<>();
        JsonNode list = root.at(listPointer);
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).path(field).asText();
            if (!seen.add(id)) {
                problems.add(document.problemAt(YamlDocument.child(YamlDocument.child(listPointer, i), field),
                        "duplicate " + noun + " '" + id + "'"));
            }
        }
        return seen;
    }

    private void reference(String pointer, Set<String> known, String noun) {
        String value = root.at(pointer).asText();
        if (!known.contains(value)) {
            problems.add(document.problemAt(pointer, "'" + value + "' is not a defined " + noun
                    + Suggestions.didYouMean(value, known) + " (defined: " + String.join(", ", known) + ")"));
        }
    }

    private Set<String> checkLevels(Set<String> valuedKeys) {
        Set<String> levels = new LinkedHashSet<>();
        JsonNode list = root.path("levels");
        BigDecimal previous = null;
        for (int i = 0; i < list.size(); i++) {
            String pointer = YamlDocument.child("/levels", i);
            JsonNode level = list.get(i);
            String key = level.path("level").asText();
            if (!valuedKeys.contains(key)) {
                problems.add(document.problemAt(pointer + "/level", "'" + key + "' is not a scale key with a value"
                        + Suggestions.didYouMean(key, valuedKeys) + "; levels are named after valued scale entries"));
            }
            if (!levels.add(key)) {
                problems.add(document.problemAt(pointer + "/level", "duplicate level '" + key + "'"));
            }
            boolean last = i == list.size() - 1;
            if (level.has("up-to") && level.has("below")) {
                problems.add(document.problemAt(pointer, "give either 'up-to' or 'below', not both"));
            } else if (last && (level.has("up-to") || level.has("below"))) {
                problems.add(document.problemAt(pointer, "the last level takes every higher score: remove its bound"));
            } else if (!last && !level.has("up-to") && !level.has("below")) {
                problems.add(document.problemAt(pointer, "only the last level may have no bound: add 'up-to' or 'below'"));
            } else if (!last) {
                BigDecimal bound = level.has("up-to") ? level.get("up-to").decimalValue() : level.get("below").decimalValue();
                if (previous != null && bound.compareTo(previous) <= 0) {
                    problems.add(document.problemAt(pointer, "bounds must rise from one level to the next (worst first)"));
                }
                previous = bound;
            }
        }
        return levels;
    }

    private Set<String> checkCriteria(Set<String> goalIds, Set<String> scaleKeys) {
        Map<String, String> criterionIds = new HashMap<>();
        Map<String, String> questionIds = new HashMap<>();
        JsonNode sections = root.path("sections");
        for (int s = 0; s < sections.size(); s++) {
            JsonNode criteria = sections.get(s).path("criteria");
            for (int c = 0; c < criteria.size(); c++) {
                String pointer = "/sections/" + s + "/criteria/" + c;
                JsonNode criterion = criteria.get(c);
                unique(criterionIds, criterion.path("id").asText(), pointer + "/id", "criterion id");
                if (criterion.has("goal")) {
                    if (goalIds.isEmpty()) {
                        problems.add(document.problemAt(pointer + "/goal", "criterion names a goal but the rubric defines no 'goals'"));
                    } else {
                        reference(pointer + "/goal", goalIds, "goal");
                    }
                }
                JsonNode questions = criterion.path("questions");
                for (int q = 0; q < questions.size(); q++) {
                    unique(questionIds, questions.get(q).path("id").asText(), pointer + "/questions/" + q + "/id", "question id");
                }
            }
        }
        return questionIds.keySet();
    }

    private void unique(Map<String, String> seen, String id, String pointer, String noun) {
        String first = seen.putIfAbsent(id, pointer);
        if (first != null) {
            problems.add(document.problemAt(pointer, "duplicate " + noun + " '" + id + "' (first at line "
                    + document.locationOf(first).line() + ")"));
        }
    }
}
