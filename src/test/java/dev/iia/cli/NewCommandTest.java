package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    private static final Rubric IWN = RubricCatalog.shared().builtIn("iwn");
    private static final String SCHEMA = "iwn-2.0.assessment.schema.json";

    @TempDir
    Path folder;

    private Path draft() {
        return folder.resolve("draft.yaml");
    }

    private List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void aFreshFileNeedsOnlyItsTitleToBeValid() throws IOException {
        Cli.Run run = Cli.run("new", draft().toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("iia: wrote " + draft() + " (50 questions to answer, in any order)");
        List<String> lines = lines(draft());
        assertThat(lines.get(0)).isEqualTo("# yaml-language-server: $schema=" + SCHEMA);
        int titleLine = lines.indexOf(lines.stream().filter(l -> l.startsWith("  title:")).findFirst().orElseThrow()) + 1;

        Cli.Run invalid = Cli.run("validate", draft().toString());

        assertThat(invalid.code()).isEqualTo(3);
        assertThat(invalid.err()).isEqualTo(draft() + ":" + titleLine + ":9: 'title' must be text, not empty\n");

        Files.write(draft(), lines.stream().map(l -> l.startsWith("  title:") ? "  title: Network Fee Act" : l).toList());

        assertThat(Cli.run("validate", draft().toString()).code()).isZero();
        LoadedAssessment loaded = new AssessmentLoader(RubricCatalog.shared()).load(draft());
        assertThat(loaded.assessment().answers()).isEmpty();
        assertThat(Scorer.score(loaded.rubric(), loaded.assessment()).level()).isEqualTo("not-assessed");
    }

    @Test
    void theSchemaNamedOnTheFirstLineIsWrittenBesideIt() throws IOException {
        Cli.run("new", draft().toString());

        var schema = JsonMapper.builder().build().readTree(folder.resolve(SCHEMA).toFile());
        assertThat(schema.path("$id").asText()).isEqualTo("https://iia.dev/schemas/assessment-iwn-2.0.schema.json");
        assertThat(schema.path("properties").path("answers").path("properties").has("access-connection-cost")).isTrue();
    }

    @Test
    void fillingInEveryKeyKeepsTheFileValid() throws IOException {
        Cli.run("new", "--title", "A \"quoted\": title", draft().toString());

        Files.write(draft(), filledIn(lines(draft())));

        Cli.Run validate = Cli.run("validate", draft().toString());
        assertThat(validate.err()).isEmpty();
        assertThat(validate.code()).isZero();
        LoadedAssessment loaded = new AssessmentLoader(RubricCatalog.shared()).load(draft());
        assertThat(loaded.assessment().proposal().title()).isEqualTo("A \"quoted\": title");
        assertThat(loaded.assessment().proposal().url()).isEqualTo("https://example.org/filled");
        assertThat(loaded.assessment().answers()).hasSize(IWN.questions().size());
        assertThat(loaded.assessment().answers().get("access-connection-cost").rationale()).isEqualTo("Because.\n\nAnd more.\n");
        assertThat(loaded.assessment().effects()).hasSize(IWN.criteria().size());
        assertThat(loaded.assessment().recommendations()).containsExactly("filled");
        assertThat(loaded.assessment().keyFindings()).containsExactly("filled");
        assertThat(loaded.assessment().callToAction()).isEqualTo("filled");
        assertThat(loaded.assessment().provisions()).singleElement()
                .satisfies(p -> assertThat(p.provision()).isEqualTo("Article 1"))
                .satisfies(p -> assertThat(p.rationale()).isEqualTo("Because.\n\nAnd more.\n"));
        assertThat(Cli.run("brief", "-o", "-", draft().toString()).code()).isZero();
    }

    /**
     * What a user does with the file: uncomment every key and put a value after the empty ones (a scale
     * key for impacts, in turn; paragraphs for rationales; a web address for url; a list where one is asked).
     */
    private static List<String> filledIn(List<String> lines) {
        List<String> scale = IWN.scale().stream().map(s -> s.key()).toList();
        Pattern key = Pattern.compile("^( *)([a-z-]+):( *)(#.*)?$");
        List<String> filled = new ArrayList<>();
        int answers = 0;
        for (String line : lines) {
            Matcher empty = key.matcher(uncomment(line));
            if (!line.matches("^ *# +[a-z-].*") || line.startsWith("# yaml-language-server")) {
                filled.add(line);
            } else if (!empty.matches() || isQuestion(empty.group(2))) {
                filled.add(uncomment(line));
            } else {
                String indent = empty.group(1);
                String value = switch (empty.group(2)) {
                    case "impact" -> scale.get(answers++ % scale.size());
                    case "rationale" -> "|";
                    case "url" -> "https://example.org/filled";
                    case "date" -> "\"2026-01-31\"";
                    case "authors", "contributors", "assumptions", "key-findings", "recommendations" -> "[filled]";
                    case "provisions" -> "";
                    default -> "filled";
                };
                filled.add(indent + empty.group(2) + ": " + value + "  " + (empty.group(4) == null ? "" : empty.group(4)));
                if (value.equals("|")) {
                    filled.addAll(List.of(indent + "  Because.", "", indent + "  And more."));
                }
            }
        }
        return filled;
    }

    private static boolean isQuestion(String name) {
        return IWN.question(name).isPresent();
    }

    @Test
    void oneAnswerUncommentedWithoutItsImpactIsOneClearProblem() throws IOException {
        Cli.run("new", "--title", "Act", draft().toString());
        List<String> lines = new ArrayList<>(lines(draft()));
        int start = lines.indexOf("  # access-permission-to-connect:");
        lines.set(start, uncomment(lines.get(start)));
        lines.set(start + 1, uncomment(lines.get(start + 1)));
        Files.write(draft(), lines);

        Cli.Run run = Cli.run("validate", draft().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(draft() + ":" + (start + 2) + ":12: 'impact' must be text, not empty\n");

        lines.set(start + 1, "    impact: positive");
        Files.write(draft(), lines);

        assertThat(Cli.run("validate", draft().toString()).code()).isZero();
    }

    @Test
    void everyQuestionIsThereWithItsHelpAndExamples() throws IOException {
        Cli.run("new", "--title", "Act", draft().toString());
        String text = Files.readString(draft());
        String explained = lines(draft()).stream().filter(l -> l.strip().startsWith("##"))
                .map(l -> l.strip().substring(2).strip()).collect(Collectors.joining(" "));

        for (Question question : IWN.questions()) {
            assertThat(text).contains("\n  # " + question.id() + ":\n  #   impact:");
            assertThat(explained).contains(question.text(), question.help().strip().replaceAll("\\s+", " "),
                    "Negative example: " + question.examples().negative(), "Positive example: " + question.examples().positive());
        }
        assertThat(text).contains("strongly-negative | negative | none | positive | strongly-positive | unclear", "high | medium | low");
        IWN.criteria().forEach(c -> assertThat(text).contains("\n  # " + c.id() + ":"));
    }

    @Test
    void quickAsksOnlyAboutTheCriticalProperties() throws IOException {
        Cli.run("new", "--quick", "--title", "Act", draft().toString());
        String text = Files.readString(draft());

        IWN.properties().forEach(p -> p.questions().forEach(q -> assertThat(text).contains("  # " + q.id() + ":")));
        IWN.enablers().forEach(e -> {
            assertThat(text).doesNotContain("  # " + e.id() + ":");
            e.questions().forEach(q -> assertThat(text).doesNotContain(q.id()));
        });
        assertThat(Cli.run("validate", draft().toString()).code()).isZero();
    }

    @Test
    void neverOverwritesTheAssessmentWithoutForceNorEverTheSchema() throws IOException {
        Files.writeString(draft(), "my answers\n");
        Files.writeString(folder.resolve(SCHEMA), "{\"mine\": true}\n");

        Cli.Run refused = Cli.run("new", draft().toString());

        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err()).isEqualTo("iia: " + draft() + ": already exists; use --force to overwrite it\n");
        assertThat(Files.readString(draft())).isEqualTo("my answers\n");

        Cli.Run forced = Cli.run("new", "--force", draft().toString());

        assertThat(forced.code()).isZero();
        assertThat(Files.readString(draft())).startsWith("# yaml-language-server:");
        assertThat(Files.readString(folder.resolve(SCHEMA))).isEqualTo("{\"mine\": true}\n");
    }

    @Test
    void aRubricFileIsNamedFromTheAssessmentsFolder() throws IOException {
        Path rubric = folder.resolve("rubrics/my-rubric.yaml");
        Files.createDirectories(rubric.getParent());
        Files.writeString(rubric, RubricCatalog.shared().builtInSource("iwn"));
        Path draft = folder.resolve("drafts/a.yaml");
        Files.createDirectories(draft.getParent());

        Cli.Run run = Cli.run("new", "--rubric", rubric.toString(), "--title", "Act", draft.toString());

        assertThat(run.code()).isZero();
        assertThat(lines(draft)).contains("rubric: ../rubrics/my-rubric.yaml");
        assertThat(Cli.run("validate", draft.toString()).code()).isZero();
    }

    @Test
    void anUnknownRubricIsOneLine() {
        Cli.Run run = Cli.run("new", "--rubric", "iwm", draft().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("iia: unknown rubric 'iwm'; did you mean 'iwn'?");
        assertThat(draft()).doesNotExist();
    }

    /** What an editor's "toggle comment" does: the first "# " goes, the indentation stays. */
    private static String uncomment(String line) {
        return line.replaceFirst("# ", "");
    }
}
