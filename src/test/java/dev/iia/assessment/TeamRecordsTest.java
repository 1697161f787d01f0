package dev.iia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iia.TestAssessments;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Problem;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parts of an assessment that iia merge writes: {@code disputed} answers and the {@code team}. */
class TeamRecordsTest {
    static final String MERGED = """
            rubric: iwn@1.0
            proposal:
              title: Network Fee Act
            authors:
              - Ana Analyst
              - Ben Reviewer
            answers:
              access-connection-cost:
                impact: negative
            disputed:
              access-permission-to-connect:
                - analyst: Ana Analyst
                  impact: positive
                  confidence: high
                  rationale: |
                    The licence goes.
                    Small networks gain.
                  evidence:
                    - https://example.org/act
                    - url: https://example.org/annex
                      title: Annex
                - analyst: Ben Reviewer
                  impact: negative
            team:
              analysts:
                - name: Ana Analyst
                  criteria:
                    - accessible-infrastructure
                - name: Ben Reviewer
                  criteria:
                    - accessible-infrastructure
                    - privacy
              alpha: 0.250
            """;

    @TempDir
    Path folder;

    private final AssessmentLoader loader = new AssessmentLoader(RubricCatalog.shared());

    @Test
    void aMergedAssessmentReadsIntoRecordsAndIsWrittenBackAsItWas() {
        Assessment merged = TestAssessments.load(folder, "team.yaml", MERGED).assessment();

        assertThat(merged.disputed().get("access-permission-to-connect")).extracting(DisputedAnswer::analyst)
                .containsExactly("Ana Analyst", "Ben Reviewer");
        assertThat(merged.disputed().get("access-permission-to-connect").get(0).evidence()).hasSize(2);
        assertThat(merged.team().alpha()).isEqualByComparingTo("0.25");
        assertThat(merged.team().analysts().get(1).criteria()).containsExactly("accessible-infrastructure", "privacy");
        assertThat(merged.answers()).doesNotContainKey("access-permission-to-connect");
        assertThat(AssessmentWriter.toYaml(merged)).isEqualTo(MERGED);
    }

    @Test
    void anAssessmentWithoutATeamHasNoneAndNothingDisputed() {
        Assessment single = TestAssessments.load(folder, "a.yaml", TestAssessments.PARTIAL).assessment();

        assertThat(single.team()).isNull();
        assertThat(single.disputed()).isEmpty();
        assertThat(AssessmentWriter.toYaml(single)).doesNotContain("disputed").doesNotContain("team");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "a: b", "#1", "one\ntwo\n", "  indented\nfirst line", "- dash", "ünïcödé ✓"})
    void anyNameOrRationaleReadsBackExactly(String text) throws IOException {
        Assessment assessment = new Assessment(null, "iwn@1.0", new Proposal("T", null, null, null, null, null, null),
                List.of(Person.named(text)), List.of(new Person(text, text)), null, null, null, null, null, null, null, null,
                null, null, null,
                Map.of("reach-blocking", List.of(new DisputedAnswer(text, "negative", null, text, List.of()),
                        new DisputedAnswer(text, "unclear", "low", null, List.of(new Evidence("https://example.org", text))))),
                new Team(List.of(new Team.Member(text, List.of("privacy"))), new BigDecimal("-0.125")));
        Path file = folder.resolve("tricky.yaml");
        AssessmentWriter.save(file, assessment, true);

        assertThat(loader.load(file).assessment()).isEqualTo(assessment);
    }

    @Test
    void mistakesInDisputesAndTheTeamAreFoundWhereTheyAre() {
        String wrong = MERGED.replace("  access-permission-to-connect:\n    - analyst", "  access-permision-to-connect:\n    - analyst")
                .replace("      - privacy", "      - privcy")
                .replace("alpha: 0.250", "alpha: 1.5");
        Path file = TestAssessments.write(folder, "team.yaml", wrong);

        assertThatThrownBy(() -> loader.load(file)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            List<String> problems = e.problems().stream().map(Problem::format).toList();
            assertThat(problems).anyMatch(p -> p.startsWith(file + ":11:3: unknown question 'access-permision-to-connect'")
                    && p.contains("did you mean 'access-permission-to-connect'"));
            assertThat(problems).anyMatch(p -> p.startsWith(file + ":32:11:") && p.contains("privcy"));
            assertThat(problems).anyMatch(p -> p.startsWith(file + ":33:10:") && p.contains("at most 1"));
        });
    }

    @Test
    void aDisputeNeedsTheAnswersOfAtLeastTwoAnalysts() {
        String single = MERGED.replace("""
                    - analyst: Ben Reviewer
                      impact: negative
                """, "");
        Path file = TestAssessments.write(folder, "team.yaml", single);

        assertThatThrownBy(() -> loader.load(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).format()).startsWith(file + ":12:5: 'access-permission-to-connect' needs at least 2 items"));
    }
}
