package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BuiltInRubrics} builds every built-in rubric in src/main/resources/rubrics as the records
 * its YAML loads into. This test writes that class again from the rubrics as they load and fails on
 * any difference; after changing a rubric, write it anew with
 * {@code mvn test -Dtest=BuiltInRubricsTest -Diia.rubrics.update=true}. Should a change to the
 * records leave the class unable to compile, make its {@code rubric} return null, then write it anew.
 */
class BuiltInRubricsTest {
    private static final Path RUBRICS = Path.of("src", "main", "resources", "rubrics");
    private static final Path CLASS = Path.of("src", "main", "java", "dev", "iia", "rubric", "BuiltInRubrics.java");
    private static final String UPDATE = "write it anew: mvn test -Dtest=BuiltInRubricsTest -Diia.rubrics.update=true";

    @Test
    void theClassBuildsEveryBuiltInRubricAsItsYamlLoads() throws IOException {
        String source = BuiltInRubricsSource.of(loaded());
        if (Boolean.getBoolean("iia.rubrics.update")) {
            Files.writeString(CLASS, source, StandardCharsets.UTF_8);
        }

        assertThat(CLASS).as(UPDATE).content(StandardCharsets.UTF_8).isEqualTo(source);
    }

    @Test
    void eachBuiltRubricEqualsTheLoadedOne() throws IOException {
        Map<String, Rubric> loaded = loaded();
        Map<String, Rubric> built = new LinkedHashMap<>();
        loaded.keySet().forEach(name -> built.put(name, BuiltInRubrics.rubric(name)));

        loaded.forEach((name, rubric) -> assertThat(built.get(name)).as("%s; %s", name, UPDATE).isEqualTo(rubric));
        // Records, lists, texts, decimals (scale and all) and enums compare by value, and the writer
        // takes nothing else; but equal maps may differ in order, which the trees written out show.
        assertThat(BuiltInRubricsSource.of(built)).as(UPDATE).isEqualTo(BuiltInRubricsSource.of(loaded));
        assertThat(BuiltInRubrics.rubric("no-such-rubric")).isNull();
    }

    /** The result cache keeps a score only when its rubric is the very one the catalog holds. */
    @Test
    void theCatalogBuildsEachBuiltInRubricOnce() {
        for (String id : RubricCatalog.BUILT_IN_IDS) {
            for (String version : RubricCatalog.versions(id)) {
                Rubric rubric = RubricCatalog.shared().builtIn(id, version);

                assertThat(rubric.reference()).isEqualTo(id + "@" + version);
                assertThat(RubricCatalog.shared().builtIn(id, version)).isSameAs(rubric);
            }
        }
    }

    /** Each rubric file by its name ({@code iwn}, {@code iwn-2.0}), checked and bound by the loader. */
    private static Map<String, Rubric> loaded() throws IOException {
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(RUBRICS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".yaml", "");
                rubrics.put(name, RubricLoader.load(YamlReader.parse(name + ".yaml", Files.readAllBytes(file))));
            }
        }
        return rubrics;
    }
}
