package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code BuiltInRubricsSource writes, compiled and run, builds the very rubric it was written from. */
class BuiltInRubricsSourceTest {
    private static final String TRICKY = "a \"quote\", a back\\slash, \\u0022 as typed, a new\nline, \r\t, \u0000, é ≤ 😀";
    /** 75,000 bytes in UTF-8: more than a class file holds in one string constant. */
    private static final String LONG = "≤".repeat(25_000);

    private static final Rubric TRICKY_RUBRIC = rubric(TRICKY, LONG, Map.of());
    private static final Rubric ORDERED_RUBRIC = rubric("title", "description", ordered("zulu", "alpha", "mike"));
    private static Method built;

    /** One compilation for every test: javac takes seconds. */
    @BeforeAll
    static void compile(@TempDir Path folder) throws Exception {
        Path source = folder.resolve("BuiltInRubrics.java");
        Files.writeString(source, BuiltInRubricsSource.of(Map.of("tricky", TRICKY_RUBRIC, "ordered", ORDERED_RUBRIC)), StandardCharsets.UTF_8);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-encoding", "UTF-8", "-d", folder.toString(),
                "-cp", location(Rubric.class) + File.pathSeparator + location(JsonProperty.class), source.toString());
        assertThat(exit).as(errors.toString(StandardCharsets.UTF_8)).isZero();

        byte[] bytes = Files.readAllBytes(folder.resolve("dev/iia/rubric/BuiltInRubrics.class"));
        Class<?> type = new ClassLoader(BuiltInRubricsSourceTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(null, bytes, 0, bytes.length);
            }
        }.define();
        built = type.getDeclaredMethod("rubric", String.class);
        built.setAccessible(true);
    }

    @Test
    void textsOfAnyCharactersAndLengthComeBackTheSame() throws Exception {
        assertThat(built("tricky")).isEqualTo(TRICKY_RUBRIC);
    }

    @Test
    void mapsKeepTheirOrderAndNumbersTheirScale() throws Exception {
        Rubric rubric = built("ordered");

        assertThat(rubric).isEqualTo(ORDERED_RUBRIC);
        assertThat(rubric.changes().get(0).renamed().keySet()).containsExactly("zulu", "alpha", "mike");
        assertThat(rubric.scale()).extracting(ScaleEntry::exactValue).extracting(BigDecimal::toString).containsExactly("-1.50", "1E+3", "0");
    }

    private static Rubric built(String name) throws Exception {
        return (Rubric) built.invoke(null, name);
    }

    private static Map<String, String> ordered(String... keys) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String key : keys) {
            map.put(key, key.substring(0, 1));
        }
        return map;
    }

    private static Rubric rubric(String text, String longText, Map<String, String> renamed) {
        List<ScaleEntry> scale = List.of(new ScaleEntry("low", text, new BigDecimal("-1.50"), null),
                new ScaleEntry("high", text, new BigDecimal("1E+3"), null), new ScaleEntry("none", "", BigDecimal.ZERO, null));
        Question question = new Question("q", text, null, new Examples(text, text), new BigDecimal("0.7"));
        Section section = new Section("s", text, text, List.of(new Criterion("c", text, null, text, text, List.of(question))));
        return new Rubric(null, "tricky", "1.0", text, longText, null, scale, List.of(new ConfidenceLevel("high", "High", BigDecimal.ONE)),
                "high", List.of(new LevelBound("low", BigDecimal.ZERO, null), new LevelBound("high", null, null)), null,
                Aggregation.WORST_HARM, null, List.of(new Change("0.9", renamed, null, null, List.of(text), null)), List.of(), List.of(section));
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
