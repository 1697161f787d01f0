package dev.iia.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iia.io.FileAccessException;
import dev.iia.io.FileTooLargeException;
import dev.iia.io.SafeFiles;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;
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
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML document into a {@link YamlDocument} with hard limits, so that hostile or broken
 * files fail fast with one clear problem instead of exhausting memory or binding silently wrong data.
 * <ul>
 * <li>files over {@link #MAX_FILE_BYTES}, binary files and invalid UTF-8 are refused before parsing;</li>
 * <li>aliases ({@code *name}) are refused: a value is written where it is used;</li>
 * <li>duplicate keys, nesting deeper than {@link #MAX_DEPTH}, scalars over {@link #MAX_SCALAR_CHARS}, keys over
 *     {@link #MAX_KEY_CHARS} characters, numbers over
 *     {@link #MAX_NUMBER_DIGITS} digits, more than {@link #MAX_ENTRIES} entries in one map or list and more than
 *     {@link #MAX_VALUES} values in one file are refused, so memory and time stay bounded for every file under the
 *     limits;</li>
 * <li>control characters (written raw or escaped, such as {@code "\e"} or {@code "\u0000"}) are refused in every key
 *     and value, tabs and line breaks aside: nothing read can drive a terminal or forge output;</li>
 * <li>only {@code true} and {@code false} are booleans: YAML 1.1's {@code no}, {@code yes}, {@code off} stay text
 *     (Norway's country code is {@code NO});</li>
 * <li>decimal numbers keep their written form ({@code version: 1.10} stays "1.10").</li>
 * </ul>
 * Plain YAML is read by {@link PlainYaml}; anything else, and every file whose places a problem
 * needs, by SnakeYAML through {@link YamlTree}.
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
    public static final int MAX_KEY_CHARS = 1000;

    private YamlReader() {
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

    /** @param places where to record places (SnakeYAML then reads the text), or null to only build the tree */
    private static JsonNode tree(String source, String text, YamlDocument.Places places) {
        JsonNode plain = places == null ? PlainYaml.tree(text) : null;
        if (plain != null) {
            return plain;
        }
        try {
            return YamlTree.build(source, text, places);
        } catch (ReaderException unreadable) {
            throw new InvalidInputException(new Problem(source, locationOfCodePoint(text, unreadable.getPosition()),
                    String.format(Locale.ROOT, "the control character U+%04X is not allowed in YAML text", unreadable.getCodePoint())));
        } catch (MarkedYAMLException marked) {
            throw new InvalidInputException(marked.getProblemMark() == null
                    ? new Problem(source, Location.START, "YAML syntax: " + firstLine(marked.getMessage()))
                    : SyntaxErrors.explain(source, text, marked));
        } catch (YAMLException | NumberFormatException e) {
            // SnakeYAML's own limits, and numbers its scanner cannot read (found by fuzzing, by Jackson's team)
            throw new InvalidInputException(new Problem(source, Location.START, "YAML syntax: " + firstLine(e.getMessage())));
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

    private static String firstLine(String text) {
        if (text == null) {
            return "cannot parse";
        }
        String line = text.strip().lines().findFirst().orElse(text);
        return line.replaceAll("\\s+", " ");
    }
}
