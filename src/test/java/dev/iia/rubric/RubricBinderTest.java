package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.yaml.Mappers;
import dev.iia.yaml.YamlDocument;
import dev.iia.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in rubrics, bound by hand at every run, are exactly what the checked load with the mapper gives. */
class RubricBinderTest {
    static Stream<String> builtIns() {
        return RubricCatalog.BUILT_IN_IDS.stream().flatMap(id -> RubricCatalog.versions(id).stream().map(v -> id + "@" + v));
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void aBuiltInRubricIsBoundAsTheMapperBindsIt(String reference) {
        YamlDocument document = YamlReader.parse(reference, RubricCatalog.shared().builtInSource(reference).getBytes(StandardCharsets.UTF_8));

        Rubric byHand = RubricBinder.rubric(document.root());

        assertThat(byHand).isEqualTo(RubricLoader.load(document)).isEqualTo(Mappers.bind(document, Rubric.class));
        assertThat(RubricCatalog.shared().resolve(reference, Path.of("."))).isEqualTo(byHand);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/rubrics/tiny.yaml", "src/test/resources/rubrics/mini.yaml"})
    void otherRubricsToo(String file) {
        YamlDocument document = YamlReader.read(Path.of(file));

        assertThat(RubricBinder.rubric(document.root())).isEqualTo(RubricLoader.load(document));
    }
}
