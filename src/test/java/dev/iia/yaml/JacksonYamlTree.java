package dev.iia.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.iia.problem.Location;
import java.io.IOException;
import java.util.HashMap;
import java.util.Set;

/**
 * How iia read YAML through Jackson's YAML parser, before it read SnakeYAML's events itself: the
 * reference {@link YamlReaderAgreesWithJacksonTest} holds the reader to. Limits and refusals aside,
 * which that reader's own tests cover, it types every scalar as Jackson does.
 */
final class JacksonYamlTree {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    private static final Set<String> PLAIN_TAGS = Set.of("tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
            "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");

    private final YAMLParser parser;
    private final YamlDocument.Places places = new YamlDocument.Places(new HashMap<>(), new HashMap<>());

    private JacksonYamlTree(YAMLParser parser) {
        this.parser = parser;
    }

    /** The tree and places of a document Jackson reads in full, or null where Jackson fails or iia refuses. */
    static Read read(String text) {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            JacksonYamlTree tree = new JacksonYamlTree(parser);
            JsonNode root = parser.nextToken() == null ? NullNode.getInstance() : tree.value("");
            if (root == null || parser.nextToken() != null) {
                return null;
            }
            return new Read(root, tree.places);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    record Read(JsonNode root, YamlDocument.Places places) {
    }

    private Location here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private JsonNode value(String pointer) throws IOException {
        places.values().put(pointer, here());
        String tag = parser.getTypeId();
        if (tag != null && !PLAIN_TAGS.contains(tag) || parser.isCurrentAlias()) {
            return null;
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(pointer);
            case START_ARRAY -> array(pointer);
            case VALUE_STRING -> new TextNode(parser.getText());
            case VALUE_NUMBER_INT -> new LongNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> new DecimalNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> parser.getText().equalsIgnoreCase("true") || parser.getText().equalsIgnoreCase("false")
                    ? BooleanNode.valueOf(token == JsonToken.VALUE_TRUE) : new TextNode(parser.getText());
            case VALUE_NULL -> NullNode.getInstance();
            default -> null;
        };
    }

    private JsonNode object(String pointer) throws IOException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = YamlDocument.child(pointer, name);
            places.keys().put(child, here());
            parser.nextToken();
            JsonNode value = value(child);
            if (object.has(name) || value == null) {
                return null;
            }
            object.set(name, value);
        }
        return parser.currentToken() == JsonToken.END_OBJECT ? object : null;
    }

    private JsonNode array(String pointer) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode value = value(YamlDocument.child(pointer, index++));
            if (value == null) {
                return null;
            }
            array.add(value);
        }
        return array;
    }
}
