package dev.iia.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Builds the tree of one YAML document from SnakeYAML's parser events, within the limits of
 * {@link YamlReader}, and records where each key and value starts; {@link YamlScalars} types the
 * scalars. Reading the events directly, rather than through Jackson's parser, spares a cold start
 * that parser and its number machinery: about 9 ms of a score on JDK 17.
 */
final class YamlTree {
    private static final String CORE = "tag:yaml.org,2002:";
    /** Tags that only say what plain YAML already says. */
    private static final Set<String> PLAIN_TAGS = Set.of(CORE + "str", CORE + "int", CORE + "float", CORE + "bool", CORE + "null",
            CORE + "map", CORE + "seq");

    private final String source;
    private final Parser parser;
    private final YamlDocument.Places places;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private int values;
    private int depth;

    private YamlTree(String source, Parser parser, YamlDocument.Places places) {
        this.source = source;
        this.parser = parser;
        this.places = places;
    }

    /**
     * The tree of {@code text}, which holds one document. SnakeYAML's exceptions for broken YAML
     * reach the caller as they are.
     *
     * @param places where to record places, or null to only build the tree
     */
    static JsonNode build(String source, String text, YamlDocument.Places places) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YamlReader.MAX_FILE_BYTES);
        YamlTree tree = new YamlTree(source, new ParserImpl(new StreamReader(text), options), places);
        Event first = tree.nextContent();
        JsonNode root = first == null ? NullNode.getInstance() : tree.value(first, "");
        Event second = tree.nextContent();
        if (second != null) {
            throw new InvalidInputException(new Problem(source, at(second),
                    "a second YAML document (after '---') begins here; an iia file holds exactly one document"));
        }
        return root;
    }

    /** The next event that is not the start or end of the stream or of a document; null at the end. */
    private Event nextContent() {
        while (true) {
            Event event = parser.getEvent();
            switch (event.getEventId()) {
                case StreamEnd:
                    return null;
                case StreamStart, DocumentStart, DocumentEnd, Comment:
                    break;
                default:
                    return event;
            }
        }
    }

    static Location at(Event event) {
        Mark mark = event.getStartMark();
        return mark == null ? Location.START : new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private JsonNode value(Event event, String pointer) {
        count(event);
        if (places != null) {
            places.values().put(pointer, at(event));
        }
        String tag = typeId(event);
        if (tag != null && !PLAIN_TAGS.contains(tag)) {
            throw problem(event, "tags such as " + shownTag(tag) + " are not supported; write the value as plain YAML");
        }
        return switch (event.getEventId()) {
            case MappingStart -> object(event, pointer);
            case SequenceStart -> array(event, pointer);
            case Scalar -> scalar((ScalarEvent) event, tag);
            case Alias -> throw problem(event, "aliases (*" + ((AliasEvent) event).getAnchor()
                    + ") are not supported; write the value out in full");
            default -> throw problem(event, "unexpected YAML content");
        };
    }

    /** The event's tag as Jackson names it: without the exclamation marks it starts with. */
    private static String typeId(Event event) {
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
        if (tag == null) {
            return null;
        }
        int start = 0;
        while (start < tag.length() && tag.charAt(start) == '!') {
            start++;
        }
        return tag.substring(start);
    }

    private static String shownTag(String tag) {
        return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : "!" + tag;
    }

    private JsonNode scalar(ScalarEvent event, String tag) {
        try {
            return YamlScalars.node(event.getValue(), tag, event.getImplicit().canOmitTagInPlainScalar());
        } catch (YamlScalars.Refused refused) {
            throw problem(event, refused.getMessage());
        }
    }

    /** Refuses the file once it holds more values than any rubric or assessment could need. */
    private void count(Event event) {
        if (++values > YamlReader.MAX_VALUES) {
            throw problem(event, String.format(Locale.ROOT, "the file holds more than %,d values; iia files hold far fewer",
                    YamlReader.MAX_VALUES));
        }
    }

    private void entry(Event event, int before, String what) {
        if (before == YamlReader.MAX_ENTRIES) {
            throw problem(event, String.format(Locale.ROOT, "this %s has more than %,d entries; iia files hold far fewer", what,
                    YamlReader.MAX_ENTRIES));
        }
    }

    private void deeper(Event event) {
        if (++depth > YamlReader.MAX_DEPTH) {
            throw problem(event, "nesting is deeper than " + YamlReader.MAX_DEPTH + " levels; iia files are at most a few levels deep");
        }
    }

    /** Text with no control character but tabs and line breaks, or the file is refused where it holds one. */
    private String printable(Event event, String text, String what) {
        try {
            return YamlScalars.printable(text, what);
        } catch (YamlScalars.Refused refused) {
            throw problem(event, refused.getMessage());
        }
    }

    private InvalidInputException problem(Event event, String message) {
        return new InvalidInputException(new Problem(source, at(event), message));
    }

    private ObjectNode object(Event start, String pointer) {
        deeper(start);
        ObjectNode object = nodes.objectNode();
        for (Event key = parser.getEvent(); !key.is(Event.ID.MappingEnd); key = parser.getEvent()) {
            if (!(key instanceof ScalarEvent scalar)) {
                throw problem(key, "a key must be plain text, not a list or a map");
            }
            count(key);
            entry(key, object.size(), "map");
            String name = printable(key, scalar.getValue(), "key");
            if (name.length() > YamlReader.MAX_KEY_CHARS) {
                throw problem(key, "a key is longer than " + YamlReader.MAX_KEY_CHARS + " characters");
            }
            String child = places == null ? null : YamlDocument.child(pointer, name);
            if (places != null) {
                places.keys().put(child, at(key));
            }
            if (object.has(name)) {
                throw problem(key, "duplicate key '" + name + "': a key may appear only once in a map");
            }
            object.set(name, value(parser.getEvent(), child));
        }
        depth--;
        return object;
    }

    private ArrayNode array(Event start, String pointer) {
        deeper(start);
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        for (Event item = parser.getEvent(); !item.is(Event.ID.SequenceEnd); item = parser.getEvent()) {
            entry(item, array.size(), "list");
            array.add(value(item, places == null ? null : YamlDocument.child(pointer, index++)));
        }
        depth--;
        return array;
    }
}
