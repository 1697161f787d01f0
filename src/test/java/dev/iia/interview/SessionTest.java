package dev.iia.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentFile;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.AssessmentWriter;
import dev.iia.io.FileAccessException;
import dev.iia.io.LockFile;
import dev.iia.rubric.RubricCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain front end driven through streams: what the user sees and what ends up in the file. */
class SessionTest {
    @TempDir
    Path folder;

    private final StringWriter output = new StringWriter();

    @Test
    void aWholeAssessmentFromScriptedInput() throws IOException {
        Path file = folder.resolve("x.yaml");
        Files.copy(Path.of("src/test/resources/rubrics/tiny.yaml"), folder.resolve("tiny.yaml"));

        Session.Outcome outcome = run(file, AssessmentFile.created(file), newAssessment(), Scope.ALL, String.join("\n",
                "Gateway decree", "Cambodia", "", "", "2021", "", "One gateway for all traffic.", "",
                "Ana Lim (Internet Society)", "", "", "", "", "",
                "2", "1", "Every network pays the gateway.", "",
                "3", "", "",
                "Higher prices.", "",
                "1", "", "A national root.", "https://example.org/root", "",
                "4", "3", "Maybe.", "",
                "",
                "6", "", "",
                "5", "high", "Logs are deleted.", "",
                "Less tracking.", "",
                "", "The gateway harms access.", "", "Withdraw it.", "", "", "",
                "") + "\n");

        assertThat(outcome.result()).isEqualTo(Session.Result.FINISHED);
        Assessment saved = new AssessmentLoader(RubricCatalog.shared()).load(file).assessment();
        assertThat(saved).isEqualTo(outcome.assessment());
        assertThat(saved.proposal().jurisdiction()).isEqualTo("Cambodia");
        assertThat(saved.answers()).hasSize(6);
        assertThat(saved.answers().get("names-split").evidence()).extracting(e -> e.url()).containsExactly("https://example.org/root");
        assertThat(saved.effects()).containsOnlyKeys("access", "privacy");
        assertThat(saved.authors()).containsExactly(new dev.iia.assessment.Person("Ana Lim", "Internet Society"));
        assertThat(saved.conclusions()).isEqualTo("The gateway harms access.");
        assertThat(saved.recommendationTexts()).containsExactly("Withdraw it.");
        assertThat(output.toString())
                .contains("Title of the proposal: Gateway decree")
                .contains("Critical property 1 of 2: Accessible infrastructure")
                .contains("[1/6] Critical property › Accessible infrastructure")
                .contains("Accessible infrastructure so far: Negative (score -0.59, 2 of 2 answered)")
                .contains("Review: Gateway decree (6 of 6 answered)")
                .contains("    names-split   strongly-negative, medium confidence: A national root.\n")
                .contains("Finished: 6 of 6 questions answered, saved in x.yaml.")
                .contains("Overall: Negative. Undermines 2 of 2 critical properties");
        assertThat(output.toString()).doesNotContain("\u001b");
    }

    @Test
    void invalidInputIsAskedAgainWithAOneLineHint() throws IOException {
        Path file = saved("x.yaml");

        run(file, existing(file), load(file), Scope.ALL, "7\nmaybe\n2\n\nCosts.\n\nq\n");

        assertThat(output.toString()).contains("""
                Rating (1–6, ? for help): 7
                '7' is not a choice. Choose 1–6 or a key such as negative; ? shows help.
                Rating (1–6, ? for help): maybe
                'maybe' is not a choice. Choose 1–6 or a key such as negative; ? shows help.
                Rating (1–6, ? for help): 2
                """);
        assertThat(load(file).answers()).containsOnlyKeys("access-cost");
    }

    @Test
    void theEndOfInputMidAnswerKeepsEveryAnswerAndWhatWasTyped() throws IOException {
        Path file = saved("x.yaml");

        Session.Outcome outcome = run(file, existing(file), load(file), Scope.ALL, "2\n1\nCosts rise.\n\n4\n\nSmall networks");

        assertThat(outcome.result()).isEqualTo(Session.Result.END_OF_INPUT);
        assertThat(load(file).answers()).containsExactly(
                java.util.Map.entry("access-cost", new Answer("negative", "high", "Costs rise.", List.of())),
                java.util.Map.entry("access-permission", new Answer("positive", "medium", "Small networks", List.of())));
        assertThat(lastLine()).isEqualTo("End of input. Saved 2 of 6 answers in x.yaml. Resume with: iia assess x.yaml");
    }

    @Test
    void qSavesAndSaysHowToResume() throws IOException {
        Path file = saved("x.yaml");

        Session.Outcome outcome = run(file, existing(file), load(file), Scope.CRITICAL_PROPERTIES, "3\n\n\nq\n");

        assertThat(outcome.result()).isEqualTo(Session.Result.QUIT);
        assertThat(lastLine()).isEqualTo("Saved 1 of 4 answers in x.yaml. Resume with: iia assess --quick x.yaml");
    }

    @Test
    void aResumedSessionContinuesAtTheFirstUnansweredQuestion() throws IOException {
        Path file = saved("x.yaml");
        run(file, existing(file), load(file), Scope.ALL, "3\n\n\ns\n4\n\n\nq\n");
        output.getBuffer().setLength(0);

        run(file, existing(file), load(file), Scope.ALL, "q\n");

        assertThat(output.toString()).startsWith("Resuming x.yaml: 1 of 6 answered")
                .contains("Does it add permission steps? (access-permission)")
                .doesNotContain("(access-cost)");
    }

    @Test
    void quittingBeforeTheTitleWritesNoFile() {
        Path file = folder.resolve("x.yaml");

        run(file, AssessmentFile.created(file), newAssessment(), Scope.ALL, "q\n");

        assertThat(file).doesNotExist();
        assertThat(lastLine()).isEqualTo("Nothing saved: x.yaml is written once the proposal has a title.");
    }

    @Test
    void aFileWithCommentsIsKeptAsOrigBeforeItIsRewrittenAndTheUserIsTold() throws IOException {
        Path file = saved("x.yaml");
        Files.writeString(file, Files.readString(file) + "# my notes\n");

        run(file, existing(file), load(file), Scope.ALL, "3\n\n\nq\n");

        assertThat(folder.resolve("x.yaml.orig")).content().endsWith("# my notes\n");
        assertThat(output.toString()).contains(
                "Kept the original x.yaml as x.yaml.orig: saving rewrites the file in iia's layout, without its comments.");
    }

    @Test
    void whenSavingFailsTheAssessmentIsShownSoItCanBeCopied() {
        Path file = folder.resolve("gone").resolve("x.yaml");

        assertThatThrownBy(() -> run(file, AssessmentFile.created(file), newAssessment(), Scope.ALL, "Gateway decree\n"))
                .isInstanceOf(FileAccessException.class);

        assertThat(output.toString()).contains("Could not save x.yaml: ").contains("Copy the assessment below into a file to keep it:")
                .contains("\nproposal:\n  title: Gateway decree\n");
    }

    private Session.Outcome run(Path file, AssessmentFile saved, Assessment assessment, Scope scope, String input) {
        Interview interview = new Interview(InterviewTest.TINY, assessment, scope);
        PlainConsole console = new PlainConsole(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(output, true), true);
        String resume = "iia assess " + (scope == Scope.CRITICAL_PROPERTIES ? "--quick " : "") + "x.yaml";
        try (LockFile lock = LockFile.acquire(folder.resolve("session.yaml"))) {
            return new Session(interview, console, saved, "x.yaml", resume, lock).run(!Files.exists(file));
        }
    }

    private Path saved(String name) throws IOException {
        Files.copy(Path.of("src/test/resources/rubrics/tiny.yaml"), folder.resolve("tiny.yaml"));
        return Files.writeString(folder.resolve(name), AssessmentWriter.toYaml(titled()));
    }

    private Assessment load(Path file) {
        return new AssessmentLoader(RubricCatalog.shared()).load(file).assessment();
    }

    private AssessmentFile existing(Path file) throws IOException {
        return AssessmentFile.existing(file, Files.readAllBytes(file), load(file));
    }

    private static Assessment newAssessment() {
        return new Assessment(null, "./tiny.yaml", null, null, null, null, null, null, null, null, null, null);
    }

    private static Assessment titled() {
        return newAssessment().withProposal(new dev.iia.assessment.Proposal("Gateway decree", null, null, null, null, null, null));
    }

    private String lastLine() {
        List<String> lines = output.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
