package dev.iia.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import dev.iia.io.FileAccessException;
import dev.iia.io.FileTooLargeException;
import dev.iia.io.SafeFiles;
import dev.iia.io.Printable;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML document into a {@link YamlDocument} with hard limits, so that hostile or broken
 * files fail fast with one clear problem instead of exhausting memory or binding silently wrong data.
 * <ul>
 * <li>files over {@link #MAX_FILE_BYTES}, binary files and invalid UTF-8 are refused before parsing;</li>
 * <li>aliases ({@code *name}) are refused: Jackson does not expand them, it would bind the anchor's name;</li>
 * <li>duplicate keys, nesting deeper than {@link #MAX_DEPTH}, scalars over {@link #MAX_SCALAR_CHARS}, numbers over
 *     {@link #MAX_NUMBER_DIGITS} digits, more than {@link #MAX_ENTRIES} entries in one map or list and more than
 *     {@link #MAX_VALUES} values in one file are refused, so memory and time stay bounded for every file under the
 *     limits;</li>
 * <li>control characters (written raw or escaped, such as {@code "\e"} or {@code "\u0000"}) are refused in every key
 *     and value, tabs and line breaks aside: nothing read can drive a terminal or forge output;</li>
 * <li>only {@code true} and {@code false} are booleans: YAML 1.1's {@code no}, {@code yes}, {@code off} stay text
 *     (Norway's country code is {@code NO});</li>
 * <li>decimal numbers keep their written form ({@code version: 1.10} stays "1.10").</li>
 * </ul>
 */
public final class YamlReader {
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_SCALAR_CHARS = 1024 * 1024;
    /** Keys, scalars, maps and lists together: far above any real rubric or assessment (the built-in rubric has about 1,000). */
    public static final int MAX_VALUES = 100_000;
    /** Entries in one map or list: a rubric's questions, an assessment's answers and every list stay far below. */
    public static final int MAX_ENTRIES = 10_000;
    public static final int MAX_NUMBER_DIGITS = 100;

    private static final YAMLFactory FACTORY = createFactory();
    /** Tags that only say what plain YAML already says. */
    private static final java.util.Set<String> PLAIN_TAGS = java.util.Set.of("!str", "!int", "!float", "!bool", "!null", "!map", "!seq",
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:null", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");

    private YamlReader() {
    }

    private static YAMLFactory createFactory() {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setCodePointLimit(MAX_FILE_BYTES);
        return YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_SCALAR_CHARS)
                        .maxNameLength(1000)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .build())
                // YAML reads a key with nothing after it as null; without this Jackson reads "" ('' stays text).
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
    }

    /** Reads {@code file}, naming it {@code source} in problems; file-system failures become {@link FileAccessException}. */
    public static YamlDocument read(Path file, String source) {
        return parse(source, readBounded(file, source));
    }

    public static YamlDocument read(Path file) {
        return read(file, file.toString());
    }

    static byte[] readBounded(Path file, String source) {
        try {
            return SafeFiles.read(file, source, MAX_FILE_BYTES);
        } catch (FileTooLargeException e) {
            throw new InvalidInputException(new Problem(source, Location.START, String.format(Locale.ROOT,
                    "file is %s; iia reads files of up to %d MB", megabytes(e.size()), MAX_FILE_BYTES >> 20)));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** Parses YAML text already in memory. */
    public static YamlDocument parse(String source, byte[] bytes) {
        String text = decode(source, bytes);
        if (text.isBlank() || onlyComments(text)) {
            throw new InvalidInputException(new Problem(source, Location.START,
                    "file is empty: expected a YAML map of keys such as 'rubric', 'proposal' and 'answers'"));
        }
        return new YamlDocument(source, tree(source, text, null), text, null);
    }

    /** Parses the text again, this time recording where each key and value starts. */
    static YamlDocument.Places places(String source, String text) {
        YamlDocument.Places places = new YamlDocument.Places(new HashMap<>(), new HashMap<>());
        tree(source, text, places);
        return places;
    }

    private static JsonNode tree(String source, String text, YamlDocument.Places places) {
        JsonParser parser = null;
        try (JsonParser opened = FACTORY.createParser(text)) {
            parser = opened;
            TreeBuilder builder = new TreeBuilder(source, (YAMLParser) parser, places);
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? NullNode.getInstance() : builder.value("");
            if (parser.nextToken() != null) {
                throw new InvalidInputException(new Problem(source, location(parser.currentTokenLocation()),
                        "a second YAML document (after '---') begins here; an iia file holds exactly one document"));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException(new Problem(source, location(parser.currentLocation()), explainLimit(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(syntaxProblem(source, text, e));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(source, Location.START, "cannot parse YAML: " + e.getMessage()));
        }
    }

    private static boolean onlyComments(String text) {
        return text.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#")
                || line.equals("---") || line.equals("..."));
    }

    /**
     * UTF-8 text without NUL bytes. The common case is decoded at full speed; only text holding a
     * replacement character is decoded again strictly, to find a malformed byte (or to accept a
     * replacement character the author really wrote).
     */
    private static String decode(String source, byte[] bytes) {
        if (isUtf16(bytes)) {
            throw new InvalidInputException(new Problem(source, Location.START,
                    "this file is UTF-16 text; iia reads UTF-8: save it as UTF-8 (in most editors: Save with Encoding, UTF-8)"));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InvalidInputException(new Problem(source, locationOfByte(bytes, indexOfByte(bytes, (byte) 0)),
                    "this is a binary file, not YAML text"));
        }
        if (text.indexOf('\uFFFD') >= 0) {
            checkStrictly(source, bytes);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A UTF-16 byte-order mark, or ASCII text with a zero byte before or after each character. */
    private static boolean isUtf16(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        if (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF) {
            return true;
        }
        int pairs = Math.min(bytes.length / 2, 64);
        int zeroHigh = 0;
        int zeroLow = 0;
        for (int i = 0; i < pairs; i++) {
            boolean evenZero = bytes[2 * i] == 0;
            boolean oddZero = bytes[2 * i + 1] == 0;
            if (evenZero && !oddZero) {
                zeroHigh++;
            } else if (oddZero && !evenZero) {
                zeroLow++;
            }
        }
        return zeroHigh == pairs || zeroLow == pairs;
    }

    private static int indexOfByte(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static void checkStrictly(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        if (result.isError()) {
            throw new InvalidInputException(new Problem(source, locationOfByte(bytes, in.position()),
                    "invalid UTF-8 text; save the file as UTF-8"));
        }
    }

    private static Location locationOfByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(line, column);
    }

    static Location location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Location.START;
        }
        return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String shownTag(String tag) {
        String core = "tag:yaml.org,2002:";
        return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : tag.startsWith("!") ? tag : "!" + tag;
    }

    private static Location locationOfCodePoint(String text, int position) {
        int line = 1;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < position && offset < text.length(); i++) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(line, column);
    }

    private static Problem syntaxProblem(String source, String text, JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ReaderException unreadable) {
            return new Problem(source, locationOfCodePoint(text, unreadable.getPosition()), String.format(java.util.Locale.ROOT,
                    "the control character U+%04X is not allowed in YAML text", unreadable.getCodePoint()));
        }
        if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return SyntaxErrors.explain(source, text, marked);
        }
        return new Problem(source, location(e.getLocation()), "YAML syntax: " + withoutJava(firstLine(e.getOriginalMessage())));
    }

    /** Jackson's own words, unless they name its classes or events: then what they mean. */
    private static String withoutJava(String message) {
        if (message.contains("Expected a field name")) {
            return "a key must be plain text, not a list or a map";
        }
        if (message.toLowerCase(Locale.ROOT).contains("base64")) {
            return "tags such as !!binary are not supported; write the value as plain YAML";
        }
        if (message.matches(".*\\b(org|com|java)\\.[a-z]+\\..*")) {
            return "cannot read this YAML here";
        }
        return message;
    }

    private static String explainLimit(String message) {
        String text = firstLine(message);
        if (text.contains("nesting depth")) {
            return "nesting is deeper than " + MAX_DEPTH + " levels; iia files are at most a few levels deep";
        }
        if (text.contains("String value length")) {
            return "a value is longer than " + MAX_SCALAR_CHARS + " characters";
        }
        if (text.contains("Number value length")) {
            return "a number has more than 100 digits";
        }
        if (text.contains("Name length")) {
            return "a key is longer than 1000 characters";
        }
        return text;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "cannot parse";
        }
        String line = text.strip().lines().findFirst().orElse(text);
        return line.replaceAll("\\s+", " ");
    }

    /** Builds the tree from parser events, recording where each key and value starts. */
    private static final class TreeBuilder {
        private final String source;
        private final YAMLParser parser;
        private final YamlDocument.Places places;
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;
        private int values;

        /** @param places where to record places, or null to only build the tree */
        TreeBuilder(String source, YAMLParser parser, YamlDocument.Places places) {
            this.source = source;
            this.parser = parser;
            this.places = places;
        }

        private Location here() {
            return location(parser.currentTokenLocation());
        }

        JsonNode value(String pointer) throws IOException {
            count();
            if (places != null) {
                places.values().put(pointer, here());
            }
            String tag = parser.getTypeId();
            if (tag != null && !PLAIN_TAGS.contains(tag)) {
                throw new InvalidInputException(new Problem(source, here(),
                        "tags such as " + shownTag(tag) + " are not supported; write the value as plain YAML"));
            }
            if (parser.isCurrentAlias()) {
                Location at = here();
                throw new InvalidInputException(new Problem(source, at,
                        "aliases (*" + parser.getText() + ") are not supported; write the value out in full"));
            }
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(pointer);
                case START_ARRAY -> array(pointer);
                case VALUE_STRING -> new TextNode(printable(bounded(parser.getText()), "value"));
                case VALUE_NUMBER_INT -> new LongNode(number().getLongValue());
                case VALUE_NUMBER_FLOAT -> new DecimalNode(number().getDecimalValue());
                case VALUE_TRUE, VALUE_FALSE -> bool(token);
                case VALUE_NULL -> NullNode.getInstance();
                default -> throw new InvalidInputException(new Problem(source, here(), "unexpected YAML content"));
            };
        }

        private JsonNode bool(JsonToken token) throws IOException {
            String text = parser.getText();
            if (text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                return BooleanNode.valueOf(token == JsonToken.VALUE_TRUE);
            }
            return new TextNode(printable(text, "value"));
        }

        /** Refuses the file once it holds more values than any rubric or assessment could need. */
        private void count() {
            if (++values > MAX_VALUES) {
                throw new InvalidInputException(new Problem(source, here(), String.format(Locale.ROOT,
                        "the file holds more than %,d values; iia files hold far fewer", MAX_VALUES)));
            }
        }

        private void entry(int before, String what) {
            if (before == MAX_ENTRIES) {
                throw new InvalidInputException(new Problem(source, here(), String.format(Locale.ROOT,
                        "this %s has more than %,d entries; iia files hold far fewer", what, MAX_ENTRIES)));
            }
        }

        private YAMLParser number() throws IOException {
            if (parser.getTextLength() > MAX_NUMBER_DIGITS) {
                throw new InvalidInputException(new Problem(source, here(), "a number has more than " + MAX_NUMBER_DIGITS + " digits"));
            }
            return parser;
        }

        /** Text with no control character but tabs and line breaks, or the file is refused where it holds one. */
        private String printable(String text, String what) {
            int at = Printable.firstControl(text, true);
            if (at >= 0) {
                throw new InvalidInputException(new Problem(source, here(), "this " + what + " holds the control character "
                        + Printable.name(text.charAt(at)) + "; iia files hold text only (tabs and line breaks are fine)"));
            }
            return text;
        }

        private String bounded(String text) {
            if (text.length() > MAX_SCALAR_CHARS) {
                throw new InvalidInputException(new Problem(source, here(), "a value is longer than " + MAX_SCALAR_CHARS + " characters"));
            }
            return text;
        }

        private ObjectNode object(String pointer) throws IOException {
            ObjectNode object = nodes.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                count();
                entry(object.size(), "map");
                String name = printable(parser.currentName(), "key");
                String child = places == null ? null : YamlDocument.child(pointer, name);
                if (places != null) {
                    places.keys().put(child, here());
                }
                if (object.has(name)) {
                    throw new InvalidInputException(new Problem(source, here(), "duplicate key '" + name
                            + "': a key may appear only once in a map"));
                }
                parser.nextToken();
                object.set(name, value(child));
            }
            return object;
        }

        private ArrayNode array(String pointer) throws IOException {
            ArrayNode array = nodes.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                entry(array.size(), "list");
                array.add(value(places == null ? null : YamlDocument.child(pointer, index++)));
            }
            return array;
        }
    }
}
