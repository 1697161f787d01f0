package dev.iia.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.iia.problem.InvalidInputException;
import dev.iia.io.Printable;
import dev.iia.problem.Problem;
import dev.iia.problem.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled JSON Schema (draft 2020-12) that checks a {@link YamlDocument} and reports every
 * violation as a {@link Problem} at the exact key or value, in plain words, with a suggestion for
 * misspelt keys and values. Thread-safe: compile once, validate many files.
 */
public final class Schema {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final String ID_PATTERN = "^[a-z][a-z0-9-]*$";

    private final JsonNode node;
    private final com.networknt.schema.Schema compiled;
    private final Map<String, String> keyNouns;

    /**
     * @param keyNouns what the keys of a map are called, by the map's own key: {@code answers -> question},
     *                 so that an unknown key there reads "unknown question 'x'"
     */
    public Schema(JsonNode node, Map<String, String> keyNouns) {
        this.node = node;
        this.compiled = REGISTRY.getSchema(node);
        this.keyNouns = Map.copyOf(keyNouns);
    }

    public JsonNode node() {
        return node;
    }

    /**
     * Whether the document is a map with at least one of this schema's top-level keys: only then is
     * it a file of this kind, whose keys and values an error may quote. Anything else (a system file
     * that happens to parse as YAML, say) is named as not of this kind, and nothing of it is shown.
     */
    public boolean shapedLike(YamlDocument document) {
        JsonNode root = document.root();
        JsonNode properties = node.path("properties");
        if (!root.isObject()) {
            return true;
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            if (properties.has(names.next())) {
                return true;
            }
        }
        return root.isEmpty();
    }

    /** The top-level keys this schema knows, in its order, for "it has none of the keys ...". */
    public List<String> topLevelKeys() {
        List<String> keys = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(key -> {
            if (!key.startsWith("$")) {
                keys.add(key);
            }
        });
        return keys;
    }

    public List<Problem> validate(YamlDocument document) {
        List<Error> all = compiled.validate(document.root());
        // Only as many errors as will be shown are described: a file of 90,000 unknown ids costs no
        // more than one of a hundred (suggestions compare each against every known id).
        List<Error> errors = all.size() > InvalidInputException.MAX_PROBLEMS ? all.subList(0, InvalidInputException.MAX_PROBLEMS) : all;
        Set<String> suggestedKeys = suggestedKeys(document, errors);
        Set<String> wrongTypes = new java.util.HashSet<>();
        for (Error error : errors) {
            if ("type".equals(error.getKeyword())) {
                wrongTypes.add(pointer(error.getInstanceLocation()));
            }
        }
        Set<Problem> problems = new LinkedHashSet<>();
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            boolean misspelt = "required".equals(error.getKeyword()) && suggestedKeys.contains(pointer + "#" + error.getProperty());
            boolean alsoWrongType = !"type".equals(error.getKeyword()) && wrongTypes.contains(pointer);
            if (!misspelt && !alsoWrongType) {
                problems.add(describe(document, error));
            }
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
        if (errors.size() < all.size() && !sorted.isEmpty()) {
            Problem last = sorted.get(sorted.size() - 1);
            sorted.add(new Problem(last.source(), last.location(), String.format(java.util.Locale.ROOT,
                    "… and %,d more problems; fix these first", all.size() - errors.size())));
        }
        return sorted;
    }

    /**
     * The keys that unknown keys were taken for ({@code pointer#key}): a missing required key that a
     * misspelling explains is not reported twice.
     */
    private Set<String> suggestedKeys(YamlDocument document, List<Error> errors) {
        Set<String> suggested = new java.util.HashSet<>();
        for (Error error : errors) {
            if ("additionalProperties".equals(error.getKeyword())) {
                String pointer = pointer(error.getInstanceLocation());
                Suggestions.closest(error.getProperty(), allowedKeys(document, pointer)).ifPresent(key -> suggested.add(pointer + "#" + key));
            }
        }
        return suggested;
    }

    private List<String> allowedKeys(YamlDocument document, String pointer) {
        JsonNode parentSchema = schemaAt(document.root(), pointer);
        List<String> allowed = new ArrayList<>();
        if (parentSchema != null && parentSchema.has("properties")) {
            parentSchema.get("properties").fieldNames().forEachRemaining(allowed::add);
        }
        return allowed;
    }

    private Problem describe(YamlDocument document, Error error) {
        String pointer = pointer(error.getInstanceLocation());
        String name = lastName(pointer);
        JsonNode instance = error.getInstanceNode();
        JsonNode rule = error.getSchemaNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "required" -> document.problemAt(pointer, where(name) + "missing required key '" + error.getProperty() + "'");
            case "additionalProperties", "unevaluatedProperties" -> unknownKey(document, pointer, error.getProperty());
            case "type" -> document.problemAt(pointer, quoted(name) + "must be " + expected(rule) + ", not " + describeValue(instance));
            case "enum" -> document.problemAt(pointer, notOneOf(name, instance, rule));
            case "const" -> document.problemAt(pointer, quoted(name) + "must be " + rule);
            case "minLength" -> document.problemAt(pointer, quoted(name) + "must not be empty");
            case "maxLength" -> document.problemAt(pointer, quoted(name) + "must be at most " + rule.asInt() + " characters long");
            case "maxItems" -> document.problemAt(pointer, quoted(name) + "may hold at most " + rule.asInt() + " items");
            case "minItems" -> document.problemAt(pointer, quoted(name) + "needs at least " + rule.asInt() + " item" + (rule.asInt() == 1 ? "" : "s"));
            case "minProperties" -> document.problemAt(pointer, quoted(name) + "needs at least " + rule.asInt() + " entr" + (rule.asInt() == 1 ? "y" : "ies"));
            case "uniqueItems" -> document.problemAt(pointer, quoted(name) + "lists the same item twice");
            case "minimum" -> document.problemAt(pointer, quoted(name) + "must be at least " + rule.asText());
            case "maximum" -> document.problemAt(pointer, quoted(name) + "must be at most " + rule.asText());
            case "exclusiveMinimum" -> document.problemAt(pointer, quoted(name) + "must be greater than " + rule.asText());
            case "exclusiveMaximum" -> document.problemAt(pointer, quoted(name) + "must be less than " + rule.asText());
            case "pattern" -> document.problemAt(pointer, patternMessage(name, instance, rule));
            default -> document.problemAt(pointer, stripPath(error.getMessage()));
        };
    }

    private Problem unknownKey(YamlDocument document, String pointer, String key) {
        List<String> allowed = allowedKeys(document, pointer);
        String noun = keyNouns.getOrDefault(lastName(pointer), "key");
        String hint = Suggestions.didYouMean(key, allowed);
        if (hint.isEmpty() && !allowed.isEmpty() && allowed.size() <= 12) {
            hint = "; expected one of: " + String.join(", ", allowed);
        }
        return document.problemAtKey(pointer, key, "unknown " + noun + " '" + shortened(key) + "'" + hint);
    }

    /** The (sub)schema that describes the value at {@code pointer}, following properties, items and $ref. */
    private JsonNode schemaAt(JsonNode root, String pointer) {
        JsonNode schema = resolve(node);
        if (pointer.isEmpty()) {
            return schema;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (schema == null) {
                return null;
            }
            if (schema.has("properties") && schema.get("properties").has(name)) {
                schema = resolve(schema.get("properties").get(name));
            } else if (schema.has("items")) {
                schema = resolve(schema.get("items"));
            } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                schema = resolve(schema.get("additionalProperties"));
            } else {
                return null;
            }
        }
        return schema;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 16; hops++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#") ? node.at(ref.substring(1)) : null;
            if (current != null && current.isMissingNode()) {
                return null;
            }
        }
        return current;
    }

    private String notOneOf(String name, JsonNode instance, JsonNode rule) {
        List<String> allowed = new ArrayList<>();
        for (Iterator<JsonNode> it = rule.elements(); it.hasNext(); ) {
            allowed.add(it.next().asText());
        }
        String value = shortened(instance.asText());
        String hint = Suggestions.didYouMean(value, allowed);
        String noun = name.isEmpty() ? "value" : name;
        return "'" + value + "' is not a valid " + noun + hint + " (one of: " + String.join(", ", allowed) + ")";
    }

    /** A value quoted in a message stays short enough to read on one line. */
    static String shortened(String value) {
        return Printable.quote(value.replaceAll("\\s+", " "));
    }

    private static String patternMessage(String name, JsonNode instance, JsonNode rule) {
        if (ID_PATTERN.equals(rule.asText())) {
            return "'" + shortened(instance.asText()) + "' is not a valid id: use lowercase letters, digits and dashes, starting with a letter";
        }
        if (rule.asText().startsWith("^https?://")) {
            return "'" + shortened(instance.asText()) + "' is not a web address: it must start with http:// or https://";
        }
        return quoted(name) + "'" + shortened(instance.asText()) + "' does not have the expected form " + rule.asText();
    }

    private static String expected(JsonNode type) {
        if (type.isArray()) {
            List<String> words = new ArrayList<>();
            // A key that may be empty is still wrong when it holds something else: name what it should hold.
            type.forEach(t -> {
                if (!t.asText().equals("null")) {
                    words.add(typeWord(t.asText()));
                }
            });
            return String.join(" or ", words);
        }
        return typeWord(type.asText());
    }

    private static String typeWord(String type) {
        return switch (type) {
            case "string" -> "text";
            case "object" -> "a map of keys";
            case "array" -> "a list";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            default -> type;
        };
    }

    static String describeValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return "empty";
        }
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNumber()) {
            return "the number " + shortened(value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return "text";
    }

    private static String where(String name) {
        return name.isEmpty() ? "the document is " : named(name) + " is ";
    }

    private static String quoted(String name) {
        return name.isEmpty() ? "the document " : named(name) + " ";
    }

    /** A key in quotes; a list position ("evidence item 2") as it is. */
    private static String named(String name) {
        return name.contains(" item ") || name.equals("item") ? name : "'" + name + "'";
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }

    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static String lastName(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        if (!last.isEmpty() && Character.isDigit(last.charAt(0))) {
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            return parent.isEmpty() ? "item" : lastName(parent) + " item " + (Integer.parseInt(last) + 1);
        }
        return last;
    }
}
