package dev.iia.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A link backing an answer: written as a bare URL or as {@code {url, title}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String url, String title) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Evidence of(Object value) {
        if (value instanceof String url) {
            return new Evidence(url, null);
        }
        Map<?, ?> map = (Map<?, ?>) value;
        return new Evidence((String) map.get("url"), (String) map.get("title"));
    }

    @JsonValue
    Object written() {
        if (title == null) {
            return url;
        }
        Map<String, String> map = new LinkedHashMap<>();
        map.put("url", url);
        map.put("title", title);
        return map;
    }
}
