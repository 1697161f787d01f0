package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInRubricTest {
    private final Rubric iwn = RubricCatalog.shared().builtIn("iwn", "1.0");
    private final Rubric iwn2 = RubricCatalog.shared().builtIn("iwn", "2.0");

    static Stream<String> versions() {
        return RubricCatalog.versions("iwn").stream();
    }

    private static Rubric version(String version) {
        return RubricCatalog.shared().builtIn("iwn", version);
    }

    @ParameterizedTest
    @MethodSource("versions")
    void holdsTheFiveCriticalPropertiesInOrder(String version) {
        assertThat(version(version).properties()).extracting(Criterion::id).containsExactly(
                "accessible-infrastructure", "open-architecture", "decentralized-management", "global-identifiers", "general-purpose");
    }

    @ParameterizedTest
    @MethodSource("versions")
    void holdsTheTenEnablersUnderTheirFourGoals(String version) {
        Rubric iwn = version(version);
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

    @ParameterizedTest
    @MethodSource("versions")
    void everyCriterionHasTwoToFourQuestionsEachWithHelpAndBothExamples(String version) {
        for (Criterion criterion : version(version).criteria()) {
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
        assertThat(iwn.aggregation()).isEqualTo(Aggregation.MEAN);
    }

    @Test
    void version2ScoresHarmFirstWithTheSameScaleAndThresholds() {
        assertThat(iwn2.reference()).isEqualTo("iwn@2.0");
        assertThat(iwn2.aggregation()).isEqualTo(Aggregation.WORST_HARM);
        assertThat(iwn2.credibleConfidence()).isEqualTo("medium");
        assertThat(iwn2.severeHarm()).isNull();
        assertThat(iwn2.scale()).isEqualTo(iwn.scale());
        assertThat(iwn2.confidence()).isEqualTo(iwn.confidence());
        assertThat(iwn2.levels()).isEqualTo(iwn.levels());
    }

    @Test
    void version2AsksAboutTheGapsUnderTheCriterionEachHarms() {
        assertThat(iwn2.criterionOf("routing-disconnection").orElseThrow().id()).isEqualTo("decentralized-management");
        assertThat(iwn2.criterionOf("identifiers-reachability").orElseThrow().id()).isEqualTo("global-identifiers");
        assertThat(iwn2.criterionOf("use-gatekeeping").orElseThrow().id()).isEqualTo("unrestricted-use");
        assertThat(iwn2.criterionOf("reach-fragmented-experience").orElseThrow().id()).isEqualTo("unrestricted-reachability");
        assertThat(iwn2.criterionOf("capacity-performance").orElseThrow().id()).isEqualTo("available-capacity");
        assertThat(iwn2.criterionOf("governance-self-regulation").orElseThrow().id()).isEqualTo("collaborative-governance");
        assertThat(iwn2.question("governance-open-process")).isEmpty();
        assertThat(iwn2.changesFrom("1.0").orElseThrow().renamed())
                .containsEntry("governance-open-process", "governance-inclusive-decisions");
    }

    @Test
    void theBareIdMeansTheNewestVersionAndAVersionPinsIt() {
        assertThat(RubricCatalog.shared().builtIn("iwn")).isSameAs(iwn2);
        assertThat(RubricCatalog.shared().resolve("iwn", java.nio.file.Path.of("."))).isSameAs(iwn2);
        assertThat(RubricCatalog.shared().resolve("iwn@1.0", java.nio.file.Path.of("."))).isSameAs(iwn);
        assertThat(RubricCatalog.shared().builtIns()).containsExactly(iwn, iwn2);
    }

    @ParameterizedTest
    @MethodSource("versions")
    void passesEveryCheckItIsSparedAtRunTime(String version) {
        String source = RubricCatalog.shared().builtInSource("iwn@" + version);

        assertThat(RubricLoader.load(YamlReader.parse("iwn.yaml", source.getBytes(StandardCharsets.UTF_8)))).isEqualTo(version(version));
    }

    @ParameterizedTest
    @MethodSource("versions")
    void passesItsOwnLinter(String version) {
        String source = RubricCatalog.shared().builtInSource("iwn@" + version);
        var document = YamlReader.parse("iwn.yaml", source.getBytes(StandardCharsets.UTF_8));

        assertThat(RubricLoader.load(document).version()).isEqualTo(version);
        assertThat(RubricLinter.lint(document, RubricLoader.load(document))).isEqualTo(List.of());
    }
}
