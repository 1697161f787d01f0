package dev.iia.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of the plain YAML that iia writes and most people write by hand: block maps and lists,
 * one-line plain and quoted scalars, literal blocks ({@code |}, {@code |-}), comments and blank
 * lines. It gives the tree that {@link YamlTree} makes of SnakeYAML's events, or null for anything
 * else (flow collections, anchors, tags, folded or multi-line scalars, escapes, tabs, CR line ends,
 * a limit reached, a duplicate key, anything unusual), which SnakeYAML then reads and reports on.
 * SnakeYAML's scanner, interpreted on a cold JVM, is the largest part of scoring one file; this takes
 * a small part of it. {@code PlainYamlAgreesWithSnakeYamlTest} holds the two to the same trees.
 */
final class PlainYaml {
    /** Characters that may not start a plain key or value: SnakeYAML's indicators, and '?' and ':'. */
    private static final String INDICATORS = ",[]{}#&*!|>'\"%@`?:";
    /** The escapes read in double quotes, and what each stands for. */
    private static final String ESCAPED = "nt\"\\";
    private static final String UNESCAPED = "\n\t\"\\";

    /** A line: its indentation in spaces and the rest (empty for a blank line). */
    private record Line(int indent, String content) {
        boolean skipped() {
            return content.isEmpty() || content.charAt(0) == '#';
        }

        boolean dash() {
            return content.startsWith("- ") || content.equals("-");
        }
    }

    /** Thrown where the text leaves the plain subset: SnakeYAML reads it instead. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private final List<Line> lines;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private int next;
    private int values;

    private PlainYaml(List<Line> lines) {
        this.lines = lines;
    }

    /** The tree of {@code text}, a map at its root, when all of it is plain YAML; else null. */
    static JsonNode tree(String text) {
        if (!text.endsWith("\n") || !plainCharacters(text)) {
            return null;
        }
        try {
            PlainYaml reader = new PlainYaml(lines(text));
            Line first = reader.significant();
            if (first == null || first.indent() != 0 || first.dash()) {
                return null;
            }
            reader.count();
            return reader.map(0, 1);
        } catch (NotPlain | YamlScalars.Refused e) {
            return null;
        }
    }

    /** Printable characters as SnakeYAML reads them, without tabs, carriage returns or YAML 1.1's other line breaks. */
    private static boolean plainCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c == '\n' || c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                    || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
            if (!plain) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            int indent = start;
            while (indent < end && text.charAt(indent) == ' ') {
                indent++;
            }
            lines.add(new Line(indent - start, text.substring(indent, end)));
            start = end + 1;
        }
        return lines;
    }

    /** The next line that is neither blank nor a comment, not consumed; null at the end. */
    private Line significant() {
        while (next < lines.size() && lines.get(next).skipped()) {
            next++;
        }
        return next < lines.size() ? lines.get(next) : null;
    }

    private ObjectNode map(int indent, int depth) {
        check(depth <= YamlReader.MAX_DEPTH);
        ObjectNode map = nodes.objectNode();
        for (Line line = significant(); line != null && line.indent() >= indent; line = significant()) {
            check(line.indent() == indent && !line.dash() && map.size() < YamlReader.MAX_ENTRIES);
            next++;
            int colon = keyEnd(line.content());
            String key = withoutTrailingSpaces(line.content().substring(0, colon));
            check(!key.isEmpty() && key.length() <= YamlReader.MAX_KEY_CHARS && INDICATORS.indexOf(key.charAt(0)) < 0
                    && key.charAt(0) != '-' && !key.contains(" #") && !map.has(key));
            YamlScalars.printable(key, "key");
            count();
            map.set(key, value(line.content().substring(colon + 1), indent, depth));
        }
        return map;
    }

    /** Where the key of a map entry ends: its first ':' followed by a space or the end of the line. */
    private static int keyEnd(String content) {
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        throw NotPlain.INSTANCE;
    }

    /** @param atKeyIndent whether the list is written at its key's indentation, which a next key then ends */
    private ArrayNode sequence(int indent, int depth, boolean atKeyIndent) {
        check(depth <= YamlReader.MAX_DEPTH);
        ArrayNode list = nodes.arrayNode();
        for (Line line = significant(); line != null && line.indent() >= indent; line = significant()) {
            check(line.indent() == indent && (line.dash() || atKeyIndent) && list.size() < YamlReader.MAX_ENTRIES);
            if (!line.dash()) {
                break;
            }
            String item = line.content().substring(1);
            int spaces = leadingSpaces(item);
            item = item.substring(spaces);
            check(!item.isEmpty() && item.charAt(0) != '#' && !new Line(0, item).dash());
            if (INDICATORS.indexOf(item.charAt(0)) < 0 && (item.contains(": ") || item.endsWith(":"))) {
                int column = indent + 1 + spaces;
                lines.set(next, new Line(column, item));
                count();
                list.add(map(column, depth + 1));
            } else {
                next++;
                list.add(value(item, indent, depth));
            }
        }
        return list;
    }

    /**
     * The value after a key's ':' or a list's '-'.
     *
     * @param owner the indentation of the key or '-': the value's own lines are indented further
     */
    private JsonNode value(String written, int owner, int depth) {
        count();
        String rest = written.substring(leadingSpaces(written));
        if (rest.isEmpty() || rest.charAt(0) == '#') {
            check(rest.isEmpty() || written.startsWith(" "));
            return nested(owner, depth);
        }
        char first = rest.charAt(0);
        JsonNode scalar;
        if (first == '|') {
            return literal(rest, owner);
        } else if (first == '"') {
            scalar = YamlScalars.node(doubleQuoted(rest), null, false);
        } else if (first == '\'') {
            scalar = YamlScalars.node(singleQuoted(rest), null, false);
        } else {
            check(INDICATORS.indexOf(first) < 0 && !(first == '-' && (rest.length() == 1 || rest.charAt(1) == ' ')));
            int comment = rest.indexOf(" #");
            String text = withoutTrailingSpaces(comment < 0 ? rest : rest.substring(0, comment));
            check(!text.contains(": ") && !text.endsWith(":"));
            scalar = YamlScalars.node(text, null, true);
        }
        Line after = significant();
        check(after == null || after.indent() <= owner);
        return scalar;
    }

    /** What a key with nothing after it on its line holds: the lines indented under it, a list at its indentation, or null. */
    private JsonNode nested(int owner, int depth) {
        Line after = significant();
        if (after == null || after.indent() < owner || after.indent() == owner && !after.dash()) {
            return YamlScalars.node("", null, true);
        }
        if (after.dash()) {
            return sequence(after.indent(), depth + 1, after.indent() == owner);
        }
        return map(after.indent(), depth + 1);
    }

    /** A literal block, {@code |} or {@code |-}: its lines as written, less the indentation of the first. */
    private JsonNode literal(String header, int owner) {
        check(header.equals("|") || header.equals("|-"));
        List<String> content = new ArrayList<>();
        int indent = -1;
        while (next < lines.size()) {
            Line line = lines.get(next);
            if (line.content().isEmpty()) {
                check(line.indent() == 0);
                content.add("");
            } else if (indent < 0 && line.indent() > owner || indent >= 0 && line.indent() >= indent) {
                indent = indent < 0 ? line.indent() : indent;
                content.add(" ".repeat(line.indent() - indent) + line.content());
            } else {
                check(line.indent() <= owner);
                break;
            }
            next++;
        }
        check(indent >= 0);
        int end = content.size();
        while (content.get(end - 1).isEmpty()) {
            end--;
        }
        String text = String.join("\n", content.subList(0, end)) + (header.equals("|") ? "\n" : "");
        return YamlScalars.node(text, null, false);
    }

    /** One line in double quotes, with no escapes but {@code \n}, {@code \t}, {@code \"} and {@code \\}. */
    private static String doubleQuoted(String rest) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '"') {
                afterScalar(rest.substring(i + 1));
                return text.toString();
            }
            if (c == '\\') {
                check(++i < rest.length());
                int escape = ESCAPED.indexOf(rest.charAt(i));
                check(escape >= 0);
                c = UNESCAPED.charAt(escape);
            }
            text.append(c);
        }
        throw NotPlain.INSTANCE;
    }

    private static String singleQuoted(String rest) {
        StringBuilder text = new StringBuilder();
        int from = 1;
        while (true) {
            int quote = rest.indexOf('\'', from);
            check(quote > 0);
            if (quote + 1 < rest.length() && rest.charAt(quote + 1) == '\'') {
                text.append(rest, from, quote + 1);
                from = quote + 2;
            } else {
                text.append(rest, from, quote);
                afterScalar(rest.substring(quote + 1));
                return text.toString();
            }
        }
    }

    /** After a quoted scalar: nothing but spaces, and perhaps a comment after one. */
    private static void afterScalar(String tail) {
        int spaces = leadingSpaces(tail);
        check(spaces == tail.length() || spaces > 0 && tail.charAt(spaces) == '#');
    }

    private void count() {
        check(++values <= YamlReader.MAX_VALUES);
    }

    private static int leadingSpaces(String text) {
        int spaces = 0;
        while (spaces < text.length() && text.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /** Without the spaces at its end: only spaces, as YAML's plain scalars end (String.strip removes more). */
    private static String withoutTrailingSpaces(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    private static void check(boolean plain) {
        if (!plain) {
            throw NotPlain.INSTANCE;
        }
    }
}
