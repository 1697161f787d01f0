package dev.iia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iia.cli.Cli;
import dev.iia.problem.InvalidInputException;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentWriterTest {
    private static final String EVERY_KEY = """
            rubric: iwn@1.0
            proposal:
              title: Sub-Decree on the National Internet Gateway
              jurisdiction: NO
              sponsor: "Ministry: Posts"
              status: Adopted February 2021
              date: 2021-02-16
              url: https://example.org/brief#gateway
              summary: |
                All traffic must pass through a gateway.
                  An indented second line.
            authors:
              - Jane Analyst
              - "#1 fan"
              - {name: Ana Lyst, affiliation: "ISOC Chapter: Cambodia"}
            contributors: [{name: Sam, affiliation: A lab}, Kim]
            version: 1.10
            date: "2026-11-22"
            context: |

              Starts with an empty line.

              Two paragraphs, ends without a line break.
            assumptions:
              - The operator applies blocking orders.
              - |
                A multi-line
                assumption.
            answers:
              access-connection-cost:
                impact: strongly-negative
                confidence: high
                rationale: |
                  Every network must buy transit from the gateway.
                evidence:
                  - https://example.org/brief
                  - url: http://example.org/tracker
                    title: 'Tracker: fragmentation'
                    publisher: ISOC
                    date: 2022
              reach-blocking:
                impact: unclear
            effects:
              accessible-infrastructure: Higher prices.
            provisions:
              - provision: "Article 3: gateways"
                summary: All traffic through one gateway.
                criteria: [accessible-infrastructure, unrestricted-reachability]
                rationale: |
                  One *chokepoint*.
              - provision: Article 4
            key-findings:
              - Undermines **three** properties.
              - Harms all four goals.
            call-to-action: Withdraw the [decree](https://example.org).
            conclusions: |+
              Ends with two line breaks.

            recommendations:
              - Withdraw the mandate.
            """;

    @TempDir
    Path folder;

    private final AssessmentLoader loader = new AssessmentLoader(RubricCatalog.shared());

    @Test
    void savingWhatWasLoadedGivesTheSameAssessmentBack() throws IOException {
        Path original = write("original.yaml", EVERY_KEY);
        Assessment loaded = loader.load(original).assessment();

        Path copy = folder.resolve("copy.yaml");
        AssessmentWriter.save(copy, loaded, false);

        assertThat(loader.load(copy).assessment()).isEqualTo(loaded);
        assertThat(loaded.proposal().jurisdiction()).isEqualTo("NO");
        assertThat(loaded.version()).isEqualTo("1.10");
        assertThat(Cli.run("validate", copy.toString()).code()).isZero();
    }

    @Test
    void writesTheBriefsFieldsInTheDocumentedOrder() throws IOException {
        String yaml = AssessmentWriter.toYaml(loader.load(write("every.yaml", EVERY_KEY)).assessment());

        assertThat(yaml).contains("""
                authors:
                  - Jane Analyst
                  - "#1 fan"
                  - name: Ana Lyst
                    affiliation: "ISOC Chapter: Cambodia"
                contributors:
                  - name: Sam
                    affiliation: A lab
                  - Kim
                version: "1.10"
                """).contains("""
                      - url: http://example.org/tracker
                        title: "Tracker: fragmentation"
                        publisher: ISOC
                        date: "2022"
                """).contains("""
                provisions:
                  - provision: "Article 3: gateways"
                    summary: All traffic through one gateway.
                    criteria:
                      - accessible-infrastructure
                      - unrestricted-reachability
                    rationale: |
                      One *chokepoint*.
                  - provision: Article 4
                key-findings:
                  - Undermines **three** properties.
                  - Harms all four goals.
                call-to-action: Withdraw the [decree](https://example.org).
                conclusions: |+
                """);
    }

    @Test
    void writesKeysInTheDocumentedOrderWithBlocksForMultiLineText() {
        Assessment assessment = new Assessment(null, "iwn@1.0",
                new Proposal("Gateway decree", "Cambodia", null, null, "2021", null, "Line one.\nLine two.\n"),
                List.of("Jane"), null, null, null, List.of(),
                answers("access-connection-cost", new Answer("negative", "medium", "Costs rise.\nFor everyone.\n",
                        List.of(new Evidence("https://example.org", null), new Evidence("https://example.org/b", "B")))),
                Map.of("accessible-infrastructure", "Higher prices."), null, List.of("Withdraw it."));

        assertThat(AssessmentWriter.toYaml(assessment)).isEqualTo("""
                rubric: iwn@1.0
                proposal:
                  title: Gateway decree
                  jurisdiction: Cambodia
                  date: "2021"
                  summary: |
                    Line one.
                    Line two.
                authors:
                  - Jane
                answers:
                  access-connection-cost:
                    impact: negative
                    confidence: medium
                    rationale: |
                      Costs rise.
                      For everyone.
                    evidence:
                      - https://example.org
                      - url: https://example.org/b
                        title: B
                effects:
                  accessible-infrastructure: Higher prices.
                recommendations:
                  - Withdraw it.
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "NO", "yes", "Off", "null", "~", "y", "1.10", "007", "0x1F", "1e3", "-1", "+1", ".inf", ".5", "2021-02-16",
        "12:30", "./rubric.yaml", "../rubrics/x.yaml", "/abs/path", ".hidden", "..", "a: b", "a #b", "ends with colon:", "#hash", "- dash", "? mark", "[flow]", "{map}", "*star", "&amp",
        "!tag", "|pipe", ">fold", "'single'", "\"double\"", "%percent", "@at", "`tick`", ", comma", " leading", "trailing ",
        "tab\there", "back\\slash", "ünïcödé ✓", "emoji 🌍", "\u2028separator",
        "one\ntwo", "one\ntwo\n", "one\n\ntwo\n\n", "\nleading break", "  indented\nfirst line", "line\n   \nwith spaces only",
        "--- \n...\n# not a comment\n", "trailing spaces  \nsecond", "\n", "\n\n", "a\n\tb\n", "'quoted'\n\"lines\"\n"})
    void anyTextReadsBackExactly(String text) throws IOException {
        Assessment assessment = new Assessment(null, "iwn@1.0", new Proposal(text, text, null, null, null, null, text),
                List.of(text), null, null, text, List.of(text),
                answers("access-connection-cost", new Answer("negative", null, text, List.of())),
                Map.of("accessible-infrastructure", text), text, List.of(text));
        Path file = folder.resolve("tricky.yaml");
        AssessmentWriter.save(file, assessment, true);

        assertThat(loader.load(file).assessment()).isEqualTo(assessment);
    }

    /** Issue 8: control characters other than tabs and line breaks are refused on reading, so the dialogue never takes them. */
    @ParameterizedTest
    @ValueSource(strings = {"line\r\nbreak", "bell\u0007", "escape\u001b[2J"})
    void controlCharactersAreRefusedOnReadingBack(String text) throws IOException {
        Assessment assessment = new Assessment(null, "iwn@1.0", new Proposal(text, null, null, null, null, null, null),
                List.of(), null, null, null, List.of(), Map.of(), Map.of(), null, List.of());
        Path file = folder.resolve("control.yaml");
        AssessmentWriter.save(file, assessment, true);

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("this value holds the control character U+00");
        assertThat(AssessmentLimits.problem(assessment)).isPresent();
    }

    @Test
    void refusesToReplaceAFileUnlessAsked() throws IOException {
        Path existing = write("existing.yaml", "keep me\n");
        Assessment assessment = loader.load(write("source.yaml", EVERY_KEY)).assessment();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AssessmentWriter.save(existing, assessment, false))
                .hasMessageContaining("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me\n");
    }

    private static Map<String, Answer> answers(String id, Answer answer) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put(id, answer);
        return answers;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
