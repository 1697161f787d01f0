package dev.iia.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;

/** The one configured mapper: kebab-case keys, strict binding, nulls left out when writing. */
public final class Mappers {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private Mappers() {
    }

    public static ObjectMapper json() {
        return MAPPER;
    }

    /**
     * Binds a tree that has already passed its schema; a failure here is a gap between schema and
     * records, reported at the document's start rather than lost.
     */
    public static <T> T bind(YamlDocument document, Class<T> type) {
        try {
            return MAPPER.treeToValue(document.root(), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(new Problem(document.source(), Location.START,
                    "cannot read as " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage()));
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
