package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInRubricTest {
    private final Rubric iwn = RubricCatalog.shared().builtIn("iwn");

    @Test
    void holdsTheFiveCriticalPropertiesInOrder() {
        assertThat(iwn.properties()).extracting(Criterion::id).containsExactly(
                "accessible-infrastructure", "open-architecture", "decentralized-management", "global-identifiers", "general-purpose");
    }

    @Test
    void holdsTheTenEnablersUnderTheirFourGoals() {
        assertThat(iwn.goals()).extracting(g -> g.id()).containsExactly("open", "globally-connected", "secure", "trustworthy");
        assertThat(iwn.enablersOf(iwn.goal("open").orElseThrow())).extracting(Criterion::id)
                .containsExactly("easy-access", "unrestricted-use", "collaborative-governance");
        assertThat(iwn.enablersOf(iwn.goal("globally-connected").orElseThrow())).extracting(Criterion::id)
                .containsExactly("unrestricted-reachability", "available-capacity");
        assertThat(iwn.enablersOf(iwn.goal("secure").orElseThrow())).extracting(Criterion::id)
                .containsExactly("data-confidentiality", "integrity", "reliability");
        assertThat(iwn.enablersOf(iwn.goal("trustworthy").orElseThrow())).extracting(Criterion::id)
                .containsExactly("accountability", "privacy");
    }

    @Test
    void everyCriterionHasTwoToFourQuestionsEachWithHelpAndBothExamples() {
        for (Criterion criterion : iwn.criteria()) {
            assertThat(criterion.questions()).as(criterion.id()).hasSizeBetween(2, 4);
            assertThat(criterion.summary()).as(criterion.id()).isNotBlank();
            for (Question question : criterion.questions()) {
                assertThat(question.text()).as(question.id()).endsWith("?");
                assertThat(question.help()).as(question.id()).isNotBlank();
                assertThat(question.examples().negative()).as(question.id()).isNotBlank();
                assertThat(question.examples().positive()).as(question.id()).isNotBlank();
            }
        }
    }

    @Test
    void scoresWithTheDesignedScaleConfidenceAndThresholds() {
        assertThat(iwn.scale()).extracting(ScaleEntry::key, ScaleEntry::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("strongly-negative", -2.0), org.assertj.core.groups.Tuple.tuple("negative", -1.0),
                org.assertj.core.groups.Tuple.tuple("none", 0.0), org.assertj.core.groups.Tuple.tuple("positive", 1.0),
                org.assertj.core.groups.Tuple.tuple("strongly-positive", 2.0), org.assertj.core.groups.Tuple.tuple("unclear", null));
        assertThat(iwn.confidence()).extracting(ConfidenceLevel::weight).containsExactly(1.0, 0.7, 0.4);
        assertThat(iwn.defaultConfidence()).isEqualTo("medium");
        assertThat(iwn.levels()).extracting(LevelBound::rule).containsExactly("≤ -1.25", "≤ -0.25", "< +0.25", "< +1.25", "otherwise");
        assertThat(iwn.severeHarm()).isEqualTo(new SevereHarmRule("strongly-negative", "medium", "negative"));
        assertThat(iwn.reference()).isEqualTo("iwn@1.0");
    }

    @Test
    void passesEveryCheckItIsSparedAtRunTime() {
        String source = RubricCatalog.shared().builtInSource("iwn");

        assertThat(RubricLoader.load(YamlReader.parse("iwn.yaml", source.getBytes(StandardCharsets.UTF_8)))).isEqualTo(iwn);
    }

    @Test
    void passesItsOwnLinter() {
        String source = RubricCatalog.shared().builtInSource("iwn");
        var document = YamlReader.parse("iwn.yaml", source.getBytes(StandardCharsets.UTF_8));

        assertThat(RubricLinter.lint(document, RubricLoader.load(document))).isEqualTo(List.of());
    }
}
