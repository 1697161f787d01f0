package dev.iia.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A source backing an answer: written as a bare URL or as {@code {url, title, publisher, date}}.
 * The brief lists it under References, with the title, publisher and date when given.
 */
public record Evidence(String url, String title, String publisher, String date) {

    /** A link with at most a title, the shape evidence had before references. */
    public Evidence(String url, String title) {
        this(url, title, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Evidence of(Object value) {
        if (value instanceof String url) {
            return new Evidence(url, null, null, null);
        }
        Map<?, ?> map = (Map<?, ?>) value;
        return new Evidence(Texts.of(map.get("url")), Texts.of(map.get("title")), Texts.of(map.get("publisher")),
                Texts.of(map.get("date")));
    }

    public boolean bare() {
        return title == null && publisher == null && date == null;
    }

    @JsonValue
    Object written() {
        if (bare()) {
            return url;
        }
        Map<String, String> map = new LinkedHashMap<>();
        map.put("url", url);
        putIfPresent(map, "title", title);
        putIfPresent(map, "publisher", publisher);
        putIfPresent(map, "date", date);
        return map;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
