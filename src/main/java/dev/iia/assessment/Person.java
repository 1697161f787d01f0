package dev.iia.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** An author or contributor: written as a bare name or as {@code {name, affiliation}}. */
public record Person(String name, String affiliation) {

    public static Person named(String name) {
        return new Person(name, null);
    }

    /** As a byline names the person: "Jane Analyst (ISOC Chapter)". */
    public String credit() {
        return affiliation == null ? name : name + " (" + affiliation + ")";
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Person of(Object value) {
        if (value instanceof String name) {
            return named(name);
        }
        Map<?, ?> map = (Map<?, ?>) value;
        return new Person(Texts.of(map.get("name")), Texts.of(map.get("affiliation")));
    }

    @JsonValue
    Object written() {
        if (affiliation == null) {
            return name;
        }
        Map<String, String> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("affiliation", affiliation);
        return map;
    }
}
