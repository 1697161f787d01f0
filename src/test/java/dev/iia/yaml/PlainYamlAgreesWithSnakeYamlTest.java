package dev.iia.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainYaml} reads the plain YAML most files are written in without SnakeYAML. Whatever it
 * reads, it reads as SnakeYAML does ({@link YamlTree}); whatever SnakeYAML refuses, it leaves to
 * SnakeYAML; and it reads every example, so that scoring them takes the quick way.
 */
class PlainYamlAgreesWithSnakeYamlTest {
    /** Values: ordinary ones first, then (one time in four) YAML's traps and what the quick reader leaves to SnakeYAML. */
    private static final List<String> SCALARS = List.of("text", "two words", "1", "-1", "1.10", "true", "yes", "null", "2024-05-01",
            "https://example.org/a#b", "C#", "é ü 中 😀", "a:b", "it's", "say \"hi\"",
            "+5", "0", "007", "0x1F", "1_000", "1.0", ".5", "1e3", "09", "99999999999999999999", "1:30", ".inf", "False", "No", "on",
            "~", "Null", "a\\nb", "a\\\\b", "a\\tb", "a\\u00e9b", "a\\\"b", "-x", "<<", "=", "a, b [c] {d}", "trailing  ", "  ",
            "%x", "@x", "`x", "!x", "&x", "*x", "a: b", "a #b", "x:", "- x", "? x", "\u3000x\u3000", "\u00a0", "a\tb", "a\u0085b",
            "a\u2028b", "a\u007fb", "a\u0001b");
    private static final int ORDINARY_SCALARS = 15;
    private static final List<String> KEYS = List.of("a", "b", "title", "1", "true", "null", "yes", "x y", "it's", "é",
            "-k", "k #", "'q'", "\"d\"", "?", "a:b", "k\u3000");
    private static final int ORDINARY_KEYS = 10;

    @Test
    void theExamplesAndTestFilesReadTheQuickWayAsSnakeYamlReadsThem() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("assessments"))) {
            files.addAll(examples.filter(file -> file.toString().endsWith(".yaml")).toList());
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode quick = PlainYaml.tree(text);
            assertThat(quick).as("%s reads the quick way", file).isNotNull();
            assertThat(quick).as(file.toString()).isEqualTo(YamlTree.build(file.toString(), text, null));
        }
        try (Stream<Path> resources = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : resources.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                agree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void generatedDocumentsReadAsSnakeYamlReadsThemOrAreLeftToIt() {
        Random random = new Random(20261202L);
        int quick = 0;
        for (int i = 0; i < 4000; i++) {
            quick += agree(map(random, 0, 0)) ? 1 : 0;
        }
        assertThat(quick).as("documents read the quick way").isGreaterThan(1000);
    }

    @Test
    void theExamplesWithOneLineChangedReadAsSnakeYamlReadsThemOrAreLeftToIt() throws IOException {
        String text = Files.readString(Path.of("assessments/south-korea-sender-pays.yaml"), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        List<String> changes = List.of("\t", " ", "  ", "- ", "# ", "&a ", "*a", "!!str ", "? ", ": ", "'", "\"", "|", "|-", "|+",
                ">", "[", "{", "---", "...", "\r", "\\", " #", "key: value", "- item", "");
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            List<String> changed = new ArrayList<>(lines);
            int at = random.nextInt(changed.size());
            String line = changed.get(at);
            int column = random.nextInt(line.length() + 1);
            String change = changes.get(random.nextInt(changes.size()));
            changed.set(at, random.nextInt(4) == 0 ? change : line.substring(0, column) + change + line.substring(column));
            agree(String.join("\n", changed) + "\n");
        }
    }

    /** Whether the quick reader read the text; when it did, SnakeYAML reads the same tree. */
    private static boolean agree(String text) {
        JsonNode quick = PlainYaml.tree(text);
        JsonNode snake;
        try {
            snake = YamlTree.build("f.yaml", text, null);
        } catch (RuntimeException e) {
            assertThat(quick).as("SnakeYAML refuses, so the quick reader leaves it:%n%s", text).isNull();
            return false;
        }
        if (quick != null) {
            assertThat(quick).as("read as SnakeYAML reads it:%n%s", text).isEqualTo(snake);
        }
        return quick != null;
    }

    private static String map(Random random, int indent, int depth) {
        StringBuilder out = new StringBuilder();
        List<String> used = new ArrayList<>();
        for (int entries = 1 + random.nextInt(4); entries > 0; entries--) {
            String key = pick(random, KEYS, ORDINARY_KEYS);
            if (used.contains(key) && random.nextInt(10) > 0) {
                continue;
            }
            used.add(key);
            noise(random, out, indent);
            out.append(" ".repeat(indent)).append(key).append(random.nextInt(10) == 0 ? " :" : ":");
            value(random, out, indent, depth);
        }
        return out.toString();
    }

    private static void value(Random random, StringBuilder out, int indent, int depth) {
        int kind = depth >= 3 ? random.nextInt(3) : random.nextInt(6);
        switch (kind) {
            case 0 -> out.append(' ').append(scalar(random)).append(comment(random)).append('\n');
            case 1 -> out.append(random.nextBoolean() ? "" : " ").append(comment(random)).append('\n');
            case 2 -> literal(random, out, indent);
            case 3 -> out.append('\n').append(map(random, indent + 1 + random.nextInt(3), depth + 1));
            default -> list(random, out, random.nextInt(3) == 0 ? indent : indent + 2, depth);
        }
    }

    private static void list(Random random, StringBuilder out, int indent, int depth) {
        out.append('\n');
        for (int items = 1 + random.nextInt(3); items > 0; items--) {
            noise(random, out, indent);
            String dash = " ".repeat(indent) + (random.nextInt(8) == 0 ? "-   " : "- ");
            if (random.nextBoolean()) {
                out.append(dash).append(scalar(random)).append(comment(random)).append('\n');
            } else {
                String item = map(random, indent + dash.length() - indent, depth + 1);
                out.append(dash).append(item.stripLeading());
            }
        }
    }

    private static void literal(Random random, StringBuilder out, int indent) {
        out.append(random.nextBoolean() ? " |" : " |-").append('\n');
        int inner = indent + 1 + random.nextInt(3);
        for (int lines = 1 + random.nextInt(4); lines > 0; lines--) {
            switch (random.nextInt(6)) {
                case 0 -> out.append('\n');
                case 1 -> out.append(" ".repeat(inner + 2)).append("more indented\n");
                case 2 -> out.append(" ".repeat(inner)).append("# not a comment\n");
                default -> out.append(" ".repeat(inner)).append(pick(random, SCALARS, ORDINARY_SCALARS)).append('\n');
            }
        }
        if (random.nextInt(4) == 0) {
            out.append('\n');
        }
    }

    private static void noise(Random random, StringBuilder out, int indent) {
        switch (random.nextInt(8)) {
            case 0 -> out.append('\n');
            case 1 -> out.append(" ".repeat(random.nextInt(indent + 3))).append("# a comment\n");
            case 2 -> out.append(random.nextInt(4) == 0 ? "   \n" : "\n");
            default -> {
            }
        }
    }

    /** One of the first {@code ordinary} words three times in four, else any. */
    private static String pick(Random random, List<String> words, int ordinary) {
        return words.get(random.nextInt(random.nextInt(4) == 0 ? words.size() : ordinary));
    }

    private static String comment(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " # a comment";
            case 1 -> "  ";
            default -> "";
        };
    }

    private static String scalar(Random random) {
        String plain = pick(random, SCALARS, ORDINARY_SCALARS);
        return switch (random.nextInt(6)) {
            case 0 -> "'" + plain.replace("'", "''") + "'";
            case 1 -> "\"" + plain + "\"";
            default -> plain;
        };
    }
}
