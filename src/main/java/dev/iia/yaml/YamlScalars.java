package dev.iia.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.iia.io.Printable;
import java.math.BigDecimal;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The value a scalar holds, typed as Jackson's YAML parser types it (YAML 1.1), but for the words
 * YAML 1.1 reads as booleans, which stay text: only {@code true} and {@code false} are booleans.
 */
final class YamlScalars {
    /** The first characters of YAML 1.1's numbers and dates, which SnakeYAML's patterns tell apart. */
    private static final String NUMERIC_FIRST = "-+0123456789.";
    /** YAML 1.1's booleans and nulls, word for word as SnakeYAML's patterns list them. */
    private static final Set<String> BOOLEANS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false",
            "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");

    /** SnakeYAML's resolver, whose patterns compile on first use: a file without a plain number never pays for them. */
    private static final class Patterns {
        private static final Resolver RESOLVER = new Resolver();
    }

    private YamlScalars() {
    }

    /** Why a scalar cannot be read, in words for its file's problem. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param tag   its tag without the leading exclamation marks, one of the plain ones, or null
     * @param plain whether it is written without quotes or a block indicator
     * @throws Refused for a number out of range or unreadable, or text too long or holding a control character
     */
    static JsonNode node(String text, String tag, boolean plain) {
        Tag type;
        if (tag == null) {
            type = plain ? implicit(text) : Tag.STR;
        } else {
            type = text.isEmpty() ? Tag.STR : new Tag(tag);
        }
        if (type.equals(Tag.NULL)) {
            return NullNode.getInstance();
        }
        if (type.equals(Tag.BOOL) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return BooleanNode.valueOf(text.equalsIgnoreCase("true"));
        }
        if (type.equals(Tag.INT) || type.equals(Tag.FLOAT)) {
            JsonNode number = number(text, type);
            if (number != null) {
                return number;
            }
        }
        if (text.length() > YamlReader.MAX_SCALAR_CHARS) {
            throw new Refused("a value is longer than " + YamlReader.MAX_SCALAR_CHARS + " characters");
        }
        return new TextNode(printable(text, "value"));
    }

    /**
     * What YAML 1.1 reads a plain scalar as. Only numbers and dates need SnakeYAML's patterns; any
     * other scalar is a boolean or a null only when it is one of their words, else text (merge keys
     * and the like are text to iia).
     */
    static Tag implicit(String text) {
        if (text.isEmpty() || NULLS.contains(text)) {
            return Tag.NULL;
        }
        if (NUMERIC_FIRST.indexOf(text.charAt(0)) >= 0) {
            return Patterns.RESOLVER.resolve(NodeId.scalar, text, true);
        }
        return BOOLEANS.contains(text) ? Tag.BOOL : Tag.STR;
    }

    /** The number a scalar resolved as one writes, or null when it stays text. */
    private static JsonNode number(String text, Tag type) {
        if (text.length() > YamlReader.MAX_NUMBER_DIGITS) {
            throw new Refused("a number has more than " + YamlReader.MAX_NUMBER_DIGITS + " digits");
        }
        String notANumber = "'" + text + "' is not a number iia reads; put it in quotes to keep it as text";
        if (type.equals(Tag.FLOAT)) {
            BigDecimal decimal = YamlNumbers.decimal(text);
            if (decimal == null) {
                throw new Refused(notANumber);
            }
            return new DecimalNode(decimal);
        }
        try {
            Long whole = YamlNumbers.integer(text);
            return whole == null ? null : new LongNode(whole);
        } catch (ArithmeticException e) {
            throw new Refused("the number " + text + " is too large; put it in quotes to keep it as text");
        } catch (NumberFormatException e) {
            throw new Refused(notANumber);
        }
    }

    /** Text with no control character but tabs and line breaks. */
    static String printable(String text, String what) {
        int at = Printable.firstControl(text, true);
        if (at >= 0) {
            throw new Refused("this " + what + " holds the control character " + Printable.name(text.charAt(at))
                    + "; iia files hold text only (tabs and line breaks are fine)");
        }
        return text;
    }
}
