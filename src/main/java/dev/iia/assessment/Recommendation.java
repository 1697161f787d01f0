package dev.iia.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the assessment recommends: written as plain text, or as {@code {text, changes}} where
 * {@code changes} holds, by question id, the answer that question would get if the recommendation
 * were adopted. Scoring a copy with those answers gives the residual impact.
 */
public record Recommendation(String text, Map<String, Answer> changes) {

    public Recommendation {
        changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    public static Recommendation plain(String text) {
        return new Recommendation(text, Map.of());
    }

    public boolean changesAnswers() {
        return !changes.isEmpty();
    }

    public Recommendation withText(String text) {
        return new Recommendation(text, changes);
    }

    public Recommendation withChanges(Map<String, Answer> changes) {
        return new Recommendation(text, changes);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Recommendation of(Object value) {
        if (value instanceof String text) {
            return plain(text);
        }
        Map<?, ?> map = (Map<?, ?>) value;
        Map<String, Answer> changes = new LinkedHashMap<>();
        if (map.get("changes") instanceof Map<?, ?> written) {
            written.forEach((question, change) -> changes.put(question.toString(), change((Map<?, ?>) change)));
        }
        return new Recommendation(Texts.of(map.get("text")), changes);
    }

    private static Answer change(Map<?, ?> change) {
        return new Answer(Texts.of(change.get("impact")), Texts.of(change.get("confidence")), Texts.of(change.get("rationale")), null);
    }

    @JsonValue
    Object written() {
        if (changes.isEmpty()) {
            return text;
        }
        Map<String, Object> written = new LinkedHashMap<>();
        changes.forEach((question, answer) -> {
            Map<String, String> change = new LinkedHashMap<>();
            change.put("impact", answer.impact());
            if (answer.confidence() != null) {
                change.put("confidence", answer.confidence());
            }
            if (answer.rationale() != null) {
                change.put("rationale", answer.rationale());
            }
            written.put(question, change);
        });
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", text);
        map.put("changes", written);
        return map;
    }
}
