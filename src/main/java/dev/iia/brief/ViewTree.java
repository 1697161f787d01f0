package dev.iia.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A view model as templates and JSON readers see it: a tree of maps (one per record, keyed by its
 * component names, in order), lists, text, numbers, booleans and nulls. Templates get exactly what
 * JSON shows, nulls included, so that a key is either there or a typo. {@link Markup} stays a leaf.
 */
public final class ViewTree {
    /** Made on first use: a Markdown brief needs no JSON, and a mapper costs start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    private static final Map<Class<?>, List<Component>> COMPONENTS = new ConcurrentHashMap<>();

    private record Component(String name, Field field) {
    }

    private ViewTree() {
    }

    /** The tree of a record. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Record model) {
        return (Map<String, Object>) tree(model);
    }

    /** The tree as pretty-printed JSON, ending in a line break. */
    public static String json(Record model) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(model)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view model cannot be written as JSON", e);
        }
    }

    private static Object tree(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Markup) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(tree(item));
            }
            return items;
        }
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Component component : componentsOf(record.getClass())) {
                map.put(component.name(), tree(read(component, record)));
            }
            return map;
        }
        throw new IllegalArgumentException("a view model holds records, lists, text, numbers and booleans, not "
                + value.getClass().getName());
    }

    /** A record type's components, read once; renders that race both read them, to the same list. */
    private static List<Component> componentsOf(Class<?> type) {
        List<Component> components = COMPONENTS.get(type);
        if (components == null) {
            components = components(type);
            COMPONENTS.put(type, components);
        }
        return components;
    }

    /**
     * A record's components, read from its fields: view model records are plain data, whose
     * accessors return their fields. On JDK 17 a field is read without the method handles an
     * accessor call needs, whose set-up cost a cold brief about ten milliseconds.
     */
    private static List<Component> components(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            throw new IllegalStateException("view model record " + type.getName() + " must be public");
        }
        List<Component> components = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                Field field = type.getDeclaredField(component.getName());
                field.setAccessible(true);
                components.add(new Component(component.getName(), field));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("view model record " + type.getName() + " has no field " + component.getName(), e);
            }
        }
        return components;
    }

    private static Object read(Component component, Record record) {
        try {
            return component.field().get(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component.name() + " of " + record.getClass().getName(), e);
        }
    }
}
