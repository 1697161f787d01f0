package dev.iia.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/**
 * A view model as templates and JSON readers see it: a tree of maps, lists, text, numbers, booleans
 * and nulls with the record components' names as keys. Templates get exactly what JSON shows, nulls
 * included, so that a key is either there or a typo.
 */
public final class ViewTree {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ViewTree() {
    }

    public static Map<String, Object> of(Object model) {
        return MAPPER.convertValue(model, new TypeReference<Map<String, Object>>() { });
    }

    /** Pretty-printed JSON ending in a line break. */
    public static String json(Object model) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(model) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view model cannot be written as JSON", e);
        }
    }
}
