package dev.iia.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    @Test
    void aKeyWithNothingAfterItIsNullWhileQuotedEmptyTextStaysText() {
        YamlDocument document = YamlReader.parse("a.yaml", """
                answers:
                  # only a comment
                title:
                quoted: ''
                double: ""
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(document.root().get("answers").isNull()).isTrue();
        assertThat(document.root().get("title").isNull()).isTrue();
        assertThat(document.root().get("quoted").isTextual()).isTrue();
        assertThat(document.root().get("double").asText()).isEmpty();
        assertThat(document.root().get("double").isTextual()).isTrue();
    }
}
