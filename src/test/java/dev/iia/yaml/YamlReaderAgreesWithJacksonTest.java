package dev.iia.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * iia reads SnakeYAML's events itself; it read them through Jackson's YAML parser before. Over
 * generated documents full of YAML 1.1's traps (octal, hexadecimal, base 60, yes and no, dates,
 * tags, quotes, empty values), both read the same tree with the same places, or both refuse.
 */
class YamlReaderAgreesWithJacksonTest {
    private static final List<String> SCALARS = List.of("1", "-1", "+5", "0", "-0", "007", "0x1F", "0b101", "1_000", "0_7",
            "1.10", "1.0", "-0.5", ".5", "1e3", "1.5e-3", "1_000.5", "09", "08.5", "123456789012345678", "99999999999999999999",
            "0x7FFFFFFFFFFFFFFF", "-0x8000000000000000", "1:30", "12:30:45", "1:30.5", ".inf", "-.Inf", ".NaN",
            "true", "False", "TRUE", "yes", "No", "on", "OFF", "y", "n", "null", "~", "Null", "NULL",
            "2024-05-01", "2024-05-01T10:00:00Z", "1.2.3", "0.1.0", "0o17", "<<", "=", "NO", "text", "two words", "é ü 中",
            "a # not a comment", "x:y", "-", "+");
    private static final List<String> TAGS = List.of("!!str ", "!!int ", "!!float ", "!!bool ", "!!null ");
    private static final List<String> KEYS = List.of("a", "b", "c", "title", "1", "true", "null", "yes", "on", "2024-05-01", "x y");

    @Test
    void everyGeneratedDocumentReadsAsJacksonReadsIt() {
        Random random = new Random(20261202);
        int agreedReads = 0;
        for (int i = 0; i < 3000; i++) {
            String text = map(random, 0, "") ;
            JacksonYamlTree.Read expected = JacksonYamlTree.read(text);
            YamlDocument actual = read(text);
            if (expected == null) {
                assertThat(actual).as("Jackson refuses, so must iia:%n%s", text).isNull();
                continue;
            }
            assertThat(actual).as("Jackson reads, so must iia:%n%s", text).isNotNull();
            assertThat(actual.root()).as(text).isEqualTo(expected.root());
            assertThat(YamlReader.places("f.yaml", text)).as(text).isEqualTo(expected.places());
            agreedReads++;
        }
        assertThat(agreedReads).as("documents both read").isGreaterThan(1000);
    }

    @Test
    void scalarsReadAsJacksonReadsThemInBlockAndFlowStyle() {
        for (String scalar : SCALARS) {
            for (String written : List.of(scalar, "'" + scalar + "'", "\"" + scalar + "\"")) {
                for (String text : List.of("v: " + written + "\n", "v: [" + written + "]\n", "- " + written + "\n", written + "\n")) {
                    JacksonYamlTree.Read expected = JacksonYamlTree.read(text);
                    YamlDocument actual = read(text);
                    assertThat(actual == null ? null : actual.root()).as(text).isEqualTo(expected == null ? null : expected.root());
                }
            }
        }
    }

    private static YamlDocument read(String text) {
        try {
            return YamlReader.parse("f.yaml", text.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static String map(Random random, int depth, String indent) {
        StringBuilder out = new StringBuilder();
        int entries = 1 + random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            out.append(indent).append(KEYS.get(random.nextInt(KEYS.size()))).append(':');
            int kind = depth >= 2 ? 0 : random.nextInt(5);
            switch (kind) {
                case 1 -> out.append('\n').append(map(random, depth + 1, indent + "  "));
                case 2 -> {
                    out.append('\n');
                    for (int item = random.nextInt(3); item >= 0; item--) {
                        out.append(indent).append("- ").append(random.nextBoolean() ? scalar(random) : flow(random)).append('\n');
                    }
                }
                case 3 -> out.append(' ').append(flow(random)).append('\n');
                default -> out.append(random.nextInt(8) == 0 ? "" : " " + scalar(random)).append('\n');
            }
        }
        return out.toString();
    }

    private static String flow(Random random) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "[" : "{");
        boolean list = out.charAt(0) == '[';
        for (int i = random.nextInt(3); i > 0; i--) {
            out.append(list ? "" : KEYS.get(random.nextInt(KEYS.size())) + ": ").append(scalar(random)).append(i > 1 ? ", " : "");
        }
        return out.append(list ? "]" : "}").toString();
    }

    private static String scalar(Random random) {
        String plain = SCALARS.get(random.nextInt(SCALARS.size()));
        String tag = random.nextInt(6) == 0 ? TAGS.get(random.nextInt(TAGS.size())) : "";
        return tag + switch (random.nextInt(5)) {
            case 0 -> "'" + plain + "'";
            case 1 -> "\"" + plain + "\"";
            default -> plain;
        };
    }
}
