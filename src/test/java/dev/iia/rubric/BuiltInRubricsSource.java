package dev.iia.rubric;

import dev.iia.JavaLiterals;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the source of {@link BuiltInRubrics}: plain Java code that builds each rubric's record tree
 * value for value, lists and maps in their order, found by walking the records' components. A record
 * that holds a list of records is built in a method of its own, so that no method comes near the
 * 64 KB of bytecode the JVM allows; records that come out the same share their method. Anything the
 * walk does not know how to write (an array, a number other than a BigDecimal, a null in a list)
 * stops it, so that the code never builds less than the tree holds.
 */
final class BuiltInRubricsSource {
    /** Characters per string constant: at most 3 bytes each in a class file, well below its 65,535 a constant. */
    private static final int CHUNK = 16_000;
    private static final String STEP = "    ";
    private static final String ORDERED_MAP = """

                private static <V> Map<String, V> orderedMap(List<String> keys, List<V> values) {
                    Map<String, V> map = new LinkedHashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        map.put(keys.get(i), values.get(i));
                    }
                    return map;
                }
            """;

    private final Map<String, String> methodsByBody = new HashMap<>();
    private final Map<String, Integer> methodsByType = new HashMap<>();
    private final StringBuilder methods = new StringBuilder();
    private boolean mapsWritten;

    private BuiltInRubricsSource() {
    }

    /** The class that returns each of {@code rubrics} by its name. */
    static String of(Map<String, Rubric> rubrics) {
        BuiltInRubricsSource source = new BuiltInRubricsSource();
        StringBuilder cases = new StringBuilder();
        rubrics.forEach((name, rubric) -> cases.append("            case ").append(JavaLiterals.quoted(name)).append(" -> ")
                .append(source.method(rubric)).append("();\n"));
        return """
                package dev.iia.rubric;

                import java.math.BigDecimal;
                import java.util.LinkedHashMap;
                import java.util.List;
                import java.util.Map;

                /**
                 * Every built-in rubric as the records its YAML in src/main/resources/rubrics loads into, made by
                 * BuiltInRubricsTest (do not edit; -Diia.rubrics.update=true writes it anew). A run builds its rubric
                 * here rather than parse and bind the YAML, which took about 30 ms of every score's start-up.
                 */
                final class BuiltInRubrics {
                    private BuiltInRubrics() {
                    }

                    /** The rubric {@code name} ({@code iwn}, {@code iwn-2.0}: its resource's name), or null. */
                    static Rubric rubric(String name) {
                        return switch (name) {
                """ + cases + """
                            default -> null;
                        };
                    }
                """ + source.methods + (source.mapsWritten ? ORDERED_MAP : "") + "}\n";
    }

    /** The name of a method that builds {@code value}, written on first use. */
    private String method(Record value) {
        String body = STEP + STEP + "return " + construction(value, STEP + STEP) + ";\n";
        String name = methodsByBody.get(body);
        if (name == null) {
            String type = value.getClass().getSimpleName();
            name = Character.toLowerCase(type.charAt(0)) + type.substring(1) + methodsByType.merge(type, 1, Integer::sum);
            methodsByBody.put(body, name);
            methods.append('\n').append(STEP).append("private static ").append(type).append(' ').append(name).append("() {\n")
                    .append(body).append(STEP).append("}\n");
        }
        return name;
    }

    private String expression(Object value, String indent) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return text(text, indent);
        }
        if (value instanceof BigDecimal number) {
            return "new BigDecimal(\"" + number + "\")";
        }
        if (value instanceof Enum<?> constant) {
            return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        }
        if (value instanceof Record record) {
            return holdsRecords(record) ? method(record) + "()" : construction(record, indent);
        }
        if (value instanceof List<?> list) {
            return "List.of(" + items(withoutNull(list), indent) + ")";
        }
        if (value instanceof Map<?, ?> map) {
            return orderedMap(map, indent);
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as Java: teach BuiltInRubricsSource");
    }

    /** {@code new Type(...)}, a component a line, in the order of the canonical constructor's parameters. */
    private String construction(Record record, String indent) {
        List<Object> components = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            components.add(component(record, component));
        }
        return "new " + record.getClass().getSimpleName() + "(" + items(components, indent) + ")";
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
        }
    }

    private String orderedMap(Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            return "Map.of()";
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalArgumentException("cannot write a map with a key that is not text: " + key);
            }
        }
        mapsWritten = true;
        return "orderedMap(" + items(List.of(new ArrayList<>(map.keySet()), new ArrayList<>(map.values())), indent) + ")";
    }

    /** The values, which List.of takes only without a null. */
    private static Collection<?> withoutNull(Collection<?> values) {
        for (Object value : values) {
            if (value == null) {
                throw new IllegalArgumentException("cannot write a list or map with a null in it: " + values);
            }
        }
        return values;
    }

    /** One item a line, a continuation deeper; nothing for none. */
    private String items(Collection<?> values, String indent) {
        if (values.isEmpty()) {
            return "";
        }
        String inner = indent + STEP + STEP;
        List<String> items = new ArrayList<>();
        for (Object value : values) {
            items.add(expression(value, inner));
        }
        return "\n" + inner + String.join(",\n" + inner, items);
    }

    /**
     * A string constant, split at its line breaks for reading (javac joins them again). A text longer
     * than CHUNK is joined from pieces at run time instead, as javac would fold it into one constant
     * too long for a class file.
     */
    private static String text(String text, String indent) {
        if (text.length() <= CHUNK) {
            return constant(text, indent);
        }
        String inner = indent + STEP + STEP;
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < text.length(); start += CHUNK) {
            pieces.add(constant(text.substring(start, Math.min(text.length(), start + CHUNK)), inner));
        }
        return "String.join(\"\",\n" + inner + String.join(",\n" + inner, pieces) + ")";
    }

    private static String constant(String text, String indent) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("(?<=\n)")) {
            lines.add(JavaLiterals.quoted(line));
        }
        return String.join("\n" + indent + STEP + STEP + "+ ", lines);
    }

    private static boolean holdsRecords(Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component(record, component) instanceof List<?> list && list.stream().anyMatch(Record.class::isInstance)) {
                return true;
            }
        }
        return false;
    }
}
