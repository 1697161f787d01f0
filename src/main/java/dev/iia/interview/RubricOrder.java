package dev.iia.interview;

import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps keyed by question or criterion id, kept in the rubric's order so that the file reads like the rubric. */
final class RubricOrder {
    private final List<String> questions;
    private final List<String> criteria;

    RubricOrder(Rubric rubric) {
        this.questions = rubric.questions().stream().map(Question::id).toList();
        this.criteria = rubric.criteria().stream().map(Criterion::id).toList();
    }

    /** A copy of {@code map}, keyed by question id, with {@code id} set. */
    <V> Map<String, V> withQuestion(Map<String, V> map, String id, V value) {
        return with(map, id, value, questions);
    }

    /** A copy of {@code map}, keyed by criterion id, with {@code id} set. */
    <V> Map<String, V> withCriterion(Map<String, V> map, String id, V value) {
        return with(map, id, value, criteria);
    }

    static <V> Map<String, V> without(Map<String, V> map, String key) {
        Map<String, V> updated = new LinkedHashMap<>(map);
        updated.remove(key);
        return updated;
    }

    private static <V> Map<String, V> with(Map<String, V> map, String key, V value, List<String> order) {
        Map<String, V> updated = new LinkedHashMap<>(map);
        updated.put(key, value);
        Map<String, V> ordered = new LinkedHashMap<>();
        order.stream().filter(updated::containsKey).forEach(id -> ordered.put(id, updated.get(id)));
        updated.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
