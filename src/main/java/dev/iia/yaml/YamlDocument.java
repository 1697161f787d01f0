package dev.iia.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import java.util.Map;

/**
 * A parsed YAML file as a JSON tree, able to tell the place of every value and every key so that
 * problems found later (by the schema or by cross-checks) still point at the exact line and
 * column. Places are keyed by JSON Pointer ({@code /answers/q1/impact}).
 *
 * <p>Most files are valid and never need a place, so places are found only when first asked for,
 * by parsing the same text again while recording them: a batch of valid files pays nothing.
 */
public final class YamlDocument {
    /** Where every value and key starts. */
    record Places(Map<String, Location> values, Map<String, Location> keys) {
    }

    private final String source;
    private final JsonNode root;
    private final String text;
    private volatile Places places;

    YamlDocument(String source, JsonNode root, String text, Places places) {
        this.source = source;
        this.root = root;
        this.text = text;
        this.places = places;
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    private Places places() {
        Places known = places;
        if (known == null) {
            known = YamlReader.places(source, text);
            places = known;
        }
        return known;
    }

    public Location locationOf(String pointer) {
        return places().values().getOrDefault(pointer, Location.START);
    }

    /** Where the key {@code name} of the map at {@code pointer} is written; the map itself if absent. */
    public Location keyLocationOf(String pointer, String name) {
        Location key = places().keys().get(child(pointer, name));
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
