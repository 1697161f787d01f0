package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
    @Test
    void printsTheRubricSchema() throws IOException {
        Cli.Run run = Cli.run("schema", "rubric");

        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(run.code()).isZero();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/properties/levels/type").asText()).isEqualTo("array");
    }

    @Test
    void printsTheAssessmentSchemaMadeForTheRubricWithItsIdsAndKeys() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Cli.run("schema", "assessment").out());

        assertThat(schema.at("/properties/answers/properties/access-connection-cost/$ref").asText()).isEqualTo("#/$defs/answer");
        assertThat(schema.at("/properties/answers/additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.at("/properties/effects/properties").has("privacy")).isTrue();
        assertThat(schema.at("/$defs/impact/enum")).extracting(JsonNode::asText)
                .containsExactly("strongly-negative", "negative", "none", "positive", "strongly-positive", "unclear");
    }

    @Test
    void anUnknownKindIsAUsageError() {
        Cli.Run run = Cli.run("schema", "brief");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("iia schema: KIND must be one of rubric, assessment (got 'brief')\n");
    }
}
