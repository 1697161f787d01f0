package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.io.LockFile;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iia assess} run as a user would, with what they type on standard input (the plain front end). */
class AssessCommandTest {
    private static final Rubric IWN = RubricCatalog.shared().builtIn("iwn");
    /** Enter at the key findings, conclusions, recommendations and call to action. */
    private static final String NO_CONCLUSIONS = "\n\n\n\n";
    private static final String PARTIAL = """
            rubric: iwn@1.0
            proposal:
              title: Gateway decree
            answers:
              access-connection-cost:
                impact: negative
                confidence: high
                rationale: Costs rise.
              access-permission-to-connect:
                impact: strongly-negative
            """;

    @TempDir
    Path folder;

    @Test
    void aQuickAssessmentTypedFromStartToFinishValidatesAndScores() {
        Path file = folder.resolve("x.yaml");

        Cli.Run run = Cli.runWithInput(details() + criteria(IWN.properties()) + NO_CONCLUSIONS + "\n", "assess", "--quick", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("New assessment " + file + " with rubric iwn@2.0 (Internet Way of Networking): a quick assessment:"
                        + " the 18 questions on the 5 critical properties.")
                .contains("Finished: 18 of 50 questions answered, saved in " + file + ".")
                .contains("\n  accessible-infrastructure  No impact     0.00   4/4\n")
                .contains("\n  trustworthy                Not assessed  -      0/6\n")
                .contains("Overall: No impact. Undermines 0 of 5 critical properties and harms 0 of 4 goals (not assessed: 4 goals).")
                .contains("See how each level was reached: iia score --explain " + file)
                .endsWith("Assess the enablers too: iia assess " + file + "\n");
        assertThat(Cli.run("validate", file.toString()).code()).isZero();
        assertThat(Cli.run("score", file.toString()).out()).contains("No impact").contains("18/50");
    }

    @Test
    void aFullAssessmentAsksEveryQuestionOfEveryCriterion() {
        Path file = folder.resolve("x.yaml");

        Cli.Run run = Cli.runWithInput(details() + criteria(IWN.criteria()) + NO_CONCLUSIONS + "\n", "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("[50/50] Trustworthy › Privacy").contains("Finished: 50 of 50 questions answered");
        assertThat(load(file).answers()).hasSize(50);
    }

    @Test
    void resumingStartsAtTheFirstUnansweredQuestion() throws IOException {
        Path file = Files.writeString(folder.resolve("x.yaml"), PARTIAL);

        Cli.Run run = Cli.runWithInput("n\nq\n", "assess", file.toString());

        assertThat(run.out()).contains("Resuming " + file + ": 2 of 44 answered")
                .contains("[3/44] Critical property › An accessible infrastructure with a common protocol")
                .doesNotContain("(access-connection-cost)");
    }

    @Test
    void qSavesAndSaysInOneLineHowToResume() throws IOException {
        Path file = Files.writeString(folder.resolve("x.yaml"), PARTIAL);

        Cli.Run run = Cli.runWithInput("n\n3\n\n\nq\n", "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(lastLine(run.out())).isEqualTo("Saved 3 of 44 answers in " + file + ". Resume with: iia assess " + file);
        assertThat(load(file).answers()).hasSize(3);
    }

    @Test
    void theEndOfInputKeepsEveryAnswerGiven() throws IOException {
        Path file = Files.writeString(folder.resolve("x.yaml"), PARTIAL);

        Cli.Run run = Cli.runWithInput("n\n3\n\n\n4\nhigh\n", "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(lastLine(run.out())).startsWith("End of input. Saved 4 of 44 answers in " + file);
        assertThat(load(file).answers().get("access-data-flow-control").impact()).isEqualTo("positive");
        assertThat(folder.resolve("x.yaml.lock")).doesNotExist();
    }

    @Test
    void anInvalidFileIsRefusedWithItsProblemsAndLeftUntouched() throws IOException {
        String invalid = PARTIAL.replace("impact: strongly-negative", "impact: strongly-neg");
        Path file = Files.writeString(folder.resolve("x.yaml"), invalid);

        Cli.Run run = Cli.runWithInput("3\n\n\n", "assess", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).contains(file + ":10:13: 'strongly-neg' is not a valid impact; did you mean 'strongly-negative'?")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(file).hasContent(invalid);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFileOpenInAnotherSessionIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("x.yaml"), PARTIAL);

        Cli.Run run;
        try (LockFile other = LockFile.acquire(file)) {
            run = Cli.runWithInput("3\n\n\n", "assess", file.toString());
            assertThat(other.path()).as("the other session's lock").exists();
        }

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).isEqualTo("iia: " + file + ": already open in another iia session (in this process);"
                + " finish or quit that session first\n");
        assertThat(file).hasContent(PARTIAL);
    }

    @Test
    void aLockLeftByAKilledSessionIsTakenOverWithANote() throws IOException {
        Path file = Files.writeString(folder.resolve("x.yaml"), PARTIAL);
        Files.writeString(folder.resolve("x.yaml.lock"), "pid 99999, started 2026-11-22T10:00:00Z\n");

        Cli.Run run = Cli.runWithInput("q\n", "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEqualTo("iia: took over " + folder.resolve("x.yaml.lock")
                + ", left by an iia session that ended without releasing it (pid 99999, started 2026-11-22T10:00:00Z)\n");
        assertThat(folder.resolve("x.yaml.lock")).doesNotExist();
    }

    @Test
    void commentsInTheFileAreKeptInACopyBeforeTheFirstSave() throws IOException {
        String commented = "# Notes for the team\n" + PARTIAL.replace("title: Gateway decree", "title: Gateway decree  # the official name");
        Path file = Files.writeString(folder.resolve("x.yaml"), commented);

        Cli.Run run = Cli.runWithInput("n\n3\n\n\nq\n", "assess", file.toString());

        assertThat(run.out()).contains("Kept the original " + file + " as x.yaml.orig: saving rewrites the file in iia's layout,"
                + " without its comments.");
        assertThat(folder.resolve("x.yaml.orig")).hasContent(commented);
        assertThat(file).content().startsWith("# Notes for the team\nrubric: iwn@1.0\n").doesNotContain("# the official name");
    }

    @Test
    void aRubricFileNamedForANewAssessmentIsWrittenRelativeToIt() throws IOException {
        Files.createDirectories(folder.resolve("rubrics"));
        Files.copy(Path.of("src/test/resources/rubrics/tiny.yaml"), folder.resolve("rubrics/tiny.yaml"));
        Files.createDirectories(folder.resolve("work"));
        Path file = folder.resolve("work/x.yaml");

        Cli.Run run = Cli.runWithInput("Gateway decree\nq\n", "assess", "--rubric", folder.resolve("rubrics/tiny.yaml").toString(),
                file.toString());

        assertThat(run.code()).isZero();
        assertThat(file).content().startsWith("rubric: ../rubrics/tiny.yaml\n");
        assertThat(Cli.run("validate", file.toString()).code()).isZero();
    }

    @Test
    void anotherRubricForAnExistingFileIsAUsageError() throws IOException {
        Path rubric = Files.copy(Path.of("src/test/resources/rubrics/tiny.yaml"), folder.resolve("tiny.yaml"));
        Path file = Files.writeString(folder.resolve("x.yaml"), PARTIAL);

        Cli.Run run = Cli.runWithInput("", "assess", "--rubric", rubric.toString(), file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("iia assess: --rubric: " + file + " already answers rubric iwn@1.0; --rubric chooses the rubric of a new file only");
        assertThat(file).hasContent(PARTIAL);
    }

    @Test
    void anUnknownRubricIsRefused() {
        Cli.Run run = Cli.runWithInput("", "assess", "--rubric", "iwm", folder.resolve("x.yaml").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith("iia: unknown rubric 'iwm'; did you mean 'iwn'?");
        assertThat(folder.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void aFolderOrAMissingFolderIsAFileProblem() {
        Cli.Run folderRun = Cli.runWithInput("", "assess", folder.toString());
        Cli.Run missingRun = Cli.runWithInput("", "assess", folder.resolve("missing/x.yaml").toString());

        assertThat(folderRun.code()).isEqualTo(ExitCodes.FILES);
        assertThat(folderRun.err()).startsWith("iia: " + folder + ": is a folder; name the assessment file");
        assertThat(missingRun.code()).isEqualTo(ExitCodes.FILES);
        assertThat(missingRun.err()).isEqualTo("iia: " + folder.resolve("missing/x.yaml") + ": cannot create: the folder "
                + folder.resolve("missing") + " does not exist\n");
    }

    @Test
    void theTranscriptShowsWhatWasTypedAndNoEscapeCodes() {
        Path file = folder.resolve("x.yaml");

        Cli.Run run = Cli.runWithInput("Gateway decree\nq\n", java.util.Map.of("TERM", "xterm-256color"), "assess", file.toString());

        assertThat(run.out()).contains("Title of the proposal: Gateway decree\n").doesNotContain("\u001b");
    }

    @Test
    void theCommandIsListedInHelp() {
        assertThat(Cli.run("--help").out().lines())
                .as("the root help's list of commands has a line for assess, with its description")
                .anyMatch(line -> line.matches(" {2}assess +Assess a proposal question by question.*"));
        assertThat(Cli.run("assess", "--help").out()).contains("--quick").contains("--rubric").contains("--plain");
    }

    /** The title, then Enter for every other detail. */
    @Test
    void briefWritesTheBriefOnceFinishedWithoutAsking() {
        Path file = folder.resolve("x.yaml");
        Path brief = folder.resolve("brief.md");

        Cli.Run run = Cli.runWithInput(details() + criteria(IWN.properties()) + NO_CONCLUSIONS + "\n", "assess", "--quick", "--brief", brief.toString(), file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("Write the brief to").contains("Wrote the brief to " + brief + ".");
        assertThat(brief).content().startsWith("# Internet Impact Brief: Gateway decree\n").contains("## Abstract");
    }

    @Test
    void anExistingBriefTargetIsRefusedBeforeAnyQuestionUnlessForced() throws IOException {
        Path file = folder.resolve("x.yaml");
        Path brief = Files.writeString(folder.resolve("brief.md"), "my own notes");

        Cli.Run refused = Cli.runWithInput(details(), "assess", "--brief", brief.toString(), file.toString());

        assertThat(refused.code()).isEqualTo(ExitCodes.FILES);
        assertThat(refused.err()).isEqualTo("iia: " + brief + ": already exists; use --force to overwrite it\n");
        assertThat(file).doesNotExist();
        assertThat(brief).hasContent("my own notes");

        Cli.Run forced = Cli.runWithInput(details() + criteria(IWN.properties()) + NO_CONCLUSIONS + "\n", "assess", "--quick", "--force", "--brief",
                brief.toString(), file.toString());

        assertThat(forced.code()).isZero();
        assertThat(brief).content().startsWith("# Internet Impact Brief: Gateway decree");
    }

    @Test
    void aBriefTargetThatIsAFolderOrInAMissingFolderIsRefusedBeforeAnyQuestion() throws IOException {
        Path file = folder.resolve("x.yaml");
        Path sub = Files.createDirectory(folder.resolve("out"));

        Cli.Run aFolder = Cli.runWithInput(details(), "assess", "--brief", sub.toString(), file.toString());
        Cli.Run missing = Cli.runWithInput(details(), "assess", "--brief", folder.resolve("nowhere/b.md").toString(), file.toString());

        assertThat(aFolder.code()).isEqualTo(ExitCodes.FILES);
        assertThat(aFolder.err()).isEqualTo("iia: " + sub + ": is a folder; name the brief file, such as " + sub.resolve("brief.md") + "\n");
        assertThat(missing.code()).isEqualTo(ExitCodes.FILES);
        assertThat(missing.err()).startsWith("iia: " + folder.resolve("nowhere/b.md") + ": cannot create: the folder ");
        assertThat(aFolder.out() + missing.out()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void finishingOffersTheBriefBesideTheAssessment() {
        Path file = folder.resolve("x.yaml");

        Cli.Run run = Cli.runWithInput(details() + criteria(IWN.properties()) + NO_CONCLUSIONS + "\n" + "\n", "assess", "--quick", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Write the brief to " + folder.resolve("x.md") + "? [Y/n] ")
                .contains("Wrote the brief to " + folder.resolve("x.md") + ".");
        assertThat(folder.resolve("x.md")).content().startsWith("# Internet Impact Brief: Gateway decree");
    }

    @Test
    void anExistingBriefIsReplacedOnlyOnAClearYes() throws IOException {
        Path file = folder.resolve("x.yaml");
        Path brief = Files.writeString(folder.resolve("x.md"), "edited by hand");

        Cli.Run run = Cli.runWithInput(details() + criteria(IWN.properties()) + NO_CONCLUSIONS + "\n" + "y\n" + "\n", "assess", "--quick", file.toString());

        assertThat(run.out()).contains(brief + " exists. Replace it? [y/N] ").doesNotContain("Wrote the brief")
                .contains("Write the brief later: iia brief " + file);
        assertThat(brief).hasContent("edited by hand");
    }

    @Test
    void decliningTheBriefSaysHowToWriteItLater() {
        Path file = folder.resolve("x.yaml");

        Cli.Run run = Cli.runWithInput(details() + criteria(IWN.properties()) + NO_CONCLUSIONS + "\n" + "n\n", "assess", "--quick", file.toString());

        assertThat(run.out()).contains("Write the brief later: iia brief " + file);
        assertThat(folder.resolve("x.md")).doesNotExist();
    }

    /** The title, then Enter for every other detail and for the authors, contributors, context and assumptions. */
    @Test
    void aChangeAttachedToARecommendationShowsTheResidualVerdictIsSavedAndScoredByWhatIf() throws IOException {
        Path file = Files.writeString(folder.resolve("x.yaml"), PARTIAL.replace("iwn@1.0", "iwn@2.0"));
        String input = "r\nrecommendations\nDrop the gateway.\n\n" + "1\naccess-permission\n3\nAnyone may connect again.\n\n\nq\n";

        Cli.Run run = Cli.runWithInput(input, "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("What would each recommendation change?", "1. Drop the gateway. (changes nothing yet)",
                "Answered: access-connection-cost negative, access-permission-to-connect strongly-negative",
                "With recommendation 1 adopted: ", "Kept: with recommendation 1 adopted, access-permission-to-connect would be none.");
        assertThat(Files.readString(file)).contains("""
                recommendations:
                  - text: Drop the gateway.
                    changes:
                      access-permission-to-connect:
                        impact: none
                        rationale: Anyone may connect again.
                """);
        assertThat(Cli.run("validate", file.toString()).code()).isZero();
        assertThat(Cli.run("score", "--what-if", file.toString()).out()).contains("residual (adopting R1)  Negative")
                .containsPattern("accessible-infrastructure +Strongly negative +Negative +R1");
    }

    private static String details() {
        return "Gateway decree\n\n\n\n\n\n\n" + "\n\n\n\n\n";
    }

    /** "none" with the default confidence and no rationale for every question, no effect on people. */
    private static String criteria(List<Criterion> criteria) {
        StringBuilder input = new StringBuilder();
        for (Criterion criterion : criteria) {
            criterion.questions().forEach(q -> input.append("3\n\n\n"));
            input.append('\n');
        }
        return input.toString();
    }

    private static dev.iia.assessment.Assessment load(Path file) {
        return new AssessmentLoader(RubricCatalog.shared()).load(file).assessment();
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
