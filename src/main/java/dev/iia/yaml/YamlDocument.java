package dev.iia.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed YAML file as a JSON tree, with the place of every value and every key so that problems
 * found later (by the schema or by cross-checks) still point at the exact line and column.
 * Places are keyed by JSON Pointer ({@code /answers/q1/impact}).
 */
public record YamlDocument(String source, JsonNode root, Map<String, Location> valueLocations,
                           Map<String, Location> keyLocations) {

    public Location locationOf(String pointer) {
        return valueLocations.getOrDefault(pointer, Location.START);
    }

    /** Where the key {@code name} of the map at {@code pointer} is written; the map itself if absent. */
    public Location keyLocationOf(String pointer, String name) {
        Location key = keyLocations.get(child(pointer, name));
        return key != null ? key : locationOf(pointer);
    }

    public Problem problemAt(String pointer, String message) {
        return new Problem(source, locationOf(pointer), message);
    }

    public Problem problemAtKey(String pointer, String name, String message) {
        return new Problem(source, keyLocationOf(pointer, name), message);
    }

    public static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
