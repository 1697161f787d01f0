package dev.iia.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

class YamlScalarsTest {
    /** Characters YAML 1.1's implicit types are made of, and a few that are not. */
    private static final String ALPHABET = "yYeEsSnNoOtTrRuUfFaAlLxXbBiIzZ0123456789-+._:~<!&* \tq";

    /** Over random strings that could be plain scalars (which neither start nor end with a space). */
    @Test
    void plainScalarsResolveAsSnakeYamlResolvesThem() {
        Resolver resolver = new Resolver();
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String scalar = text.toString().strip();
            Tag expected = resolver.resolve(NodeId.scalar, scalar, true);
            Tag actual = YamlScalars.implicit(scalar);
            if (expected.equals(Tag.MERGE) || expected.equals(Tag.YAML)) {
                assertThat(actual).as("'%s'", scalar).isEqualTo(Tag.STR);
            } else {
                assertThat(actual).as("'%s'", scalar).isEqualTo(expected);
            }
        }
    }

    @Test
    void theWordsOfBooleansAndNullsResolveWithoutPatterns() {
        assertThat(YamlScalars.implicit("Off")).isEqualTo(Tag.BOOL);
        assertThat(YamlScalars.implicit("NULL")).isEqualTo(Tag.NULL);
        assertThat(YamlScalars.implicit("")).isEqualTo(Tag.NULL);
        assertThat(YamlScalars.implicit("nope")).isEqualTo(Tag.STR);
        assertThat(YamlScalars.implicit("2024-05-01")).isEqualTo(Tag.TIMESTAMP);
        assertThat(YamlScalars.implicit("-0x1F")).isEqualTo(Tag.INT);
    }
}
