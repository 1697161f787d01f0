package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.rubric.RubricCatalog;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ViewTreeTest {
    /** ViewTree reads fields; a record whose accessor returned anything else would show differently here. */
    @ParameterizedTest
    @MethodSource("dev.iia.brief.ExampleBriefsTest#examples")
    void aBriefsTreeHoldsWhatItsRecordsAccessorsReturn(Path example) throws ReflectiveOperationException {
        Brief brief = Brief.of(new AssessmentLoader(RubricCatalog.shared()).load(example)).withAnnex(true);

        assertThat(ViewTree.of(brief)).isEqualTo(byAccessors(brief));
    }

    @Test
    void aRecordThatIsNotPublicIsRefused() {
        assertThatThrownBy(() -> ViewTree.of(new Hidden("x"))).hasMessageContaining("must be public");
    }

    private record Hidden(String name) {
    }

    private static Object byAccessors(Object value) throws ReflectiveOperationException {
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (Object item : list) {
                items.add(byAccessors(item));
            }
            return items;
        }
        if (value instanceof Record record && !(value instanceof Markup)) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                map.put(component.getName(), byAccessors(component.getAccessor().invoke(record)));
            }
            return map;
        }
        return value;
    }
}
