package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iia assess} from the built jar in a real pseudo-terminal: tmux runs it, sends keys and shows
 * the screen, as a person at a terminal would see it. The process is killed with SIGKILL half-way,
 * then resumed and finished; Ctrl-C ends a third run. Every wait polls the screen (or a file) until
 * what it waits for appears, with a generous limit that only stops a hung run.
 */
class AssessTerminalIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Rubric IWN = RubricCatalog.shared().builtIn("iwn");

    @TempDir
    Path folder;

    private int runs;
    /** The window: a roomy one for the long walk, 80×24 where what fits on a small screen is tested. */
    private int columns = 120;
    private int rows = 70;

    /** On a developer's machine without tmux the test is skipped; in CI (CI=true) that is a failure, never a green run without it. */
    @BeforeEach
    void needsTmux() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(tmuxInstalled()).as("tmux is installed (CI=true: the end-to-end terminal test must run; .ci/run installs tmux)")
                    .isTrue();
        }
        assumeTrue(tmuxInstalled(), "tmux is not installed: the end-to-end terminal test is skipped (.ci/run installs tmux)");
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (runs > 0) {
            tmux(List.of("kill-server"));
        }
    }

    /** Each run gets its own tmux server, on a socket in the test's folder: nothing is shared or left behind. */
    private Path socket() {
        return folder.resolve("tmux-" + runs);
    }

    @Test
    void answersSurviveSigkillThenTheAssessmentIsResumedFinishedScoredAndBriefed() throws Exception {
        Path file = folder.resolve("proposal.yaml");
        List<Question> questions = IWN.properties().stream().flatMap(c -> c.questions().stream()).toList();

        Path exit = start("assess", "--quick", "proposal.yaml");
        waitFor("Title of the proposal:");
        keys("Sender-pays network fees", "Enter", "South Korea", "Enter", "Enter", "Enter", "Enter", "Enter", "Enter");
        waitFor("Authors, one per line");
        keys("Ana Lim (Internet Society)", "Enter", "Enter");
        waitFor("Contributors, one per line");
        keys("Enter");
        waitFor("Context: the background");
        keys("Fees were proposed in 2021.", "Enter", "Enter");
        waitFor("Assumptions, one per line");
        keys("Enter");
        waitFor("Article or section");
        keys("Enter");
        waitFor("(" + questions.get(0).id() + ")");
        keys("2", "Enter", "1", "Enter", "Costs rise for users.", "Enter", "Enter");
        waitFor("(" + questions.get(1).id() + ")");
        keys("strongly-n", "Tab", "Enter", "Enter", "Licences for every", "Enter", "new network.", "Enter", "Enter");
        waitFor("(" + questions.get(2).id() + ")");
        keys("4", "Enter", "3", "Enter", "typed but never confirmed");
        waitFor("typed but never confirmed");
        killRunningIia();

        Assessment afterKill = load(file);
        assertThat(afterKill.proposal().title()).isEqualTo("Sender-pays network fees");
        assertThat(afterKill.proposal().jurisdiction()).isEqualTo("South Korea");
        assertThat(afterKill.answers()).containsExactly(
                Map.entry(questions.get(0).id(), new Answer("negative", "high", "Costs rise for users.", List.of())),
                Map.entry(questions.get(1).id(), new Answer("strongly-negative", "medium", "Licences for every\nnew network.\n", List.of())));
        assertThat(folder.resolve("proposal.yaml.lock")).exists();

        exit = start("assess", "--quick", "proposal.yaml");
        waitFor("Resuming proposal.yaml: 2 of 18 answered");
        assertThat(folder.resolve("err-" + runs)).content().contains("iia: took over proposal.yaml.lock, left by an iia session that ended without releasing it");
        for (int i = 2; i < questions.size(); i++) {
            waitFor("(" + questions.get(i).id() + ")");
            keys("none", "Enter", "Enter", "Enter");
            if (lastOfItsCriterion(questions.get(i))) {
                keys("Enter");
            }
        }
        waitFor("Key findings, one per line");
        keys("Enter");
        waitFor("Conclusions: what it means for the Internet");
        keys("Fees split the Internet into paying and unpaid networks.", "Enter", "Enter");
        keys("Drop the sender-pays rule.", "Enter", "Enter");
        waitFor("Number of a recommendation (1), Enter when done:");
        keys("Enter");
        waitFor("Call to action");
        keys("Write to your representative.", "Enter", "Enter");
        waitFor("Id to change, or Enter to finish:");
        keys("Enter");
        waitFor("Write the brief to proposal.md? [Y/n]");
        keys("Enter");
        assertThat(exitCode(exit)).isZero();
        assertThat(screen()).contains("Finished: 18 of 50 questions answered, saved in proposal.yaml.")
                .contains("Overall: Strongly negative.").contains("Wrote the brief to proposal.md.");
        assertThat(folder.resolve("proposal.md")).content().startsWith("# Internet Impact Brief: Sender-pays network fees\n")
                .contains("Ana Lim (Internet Society)").contains("Fees were proposed in 2021.")
                .contains("Fees split the Internet into paying and unpaid networks.").contains("Drop the sender-pays rule.");
        assertThat(load(file).callToAction()).isEqualTo("Write to your representative.");
        assertThat(folder.resolve("proposal.yaml.lock")).doesNotExist();
        assertThat(Cli.run("validate", file.toString()).code()).isZero();
        Cli.Run score = Cli.run("score", file.toString());
        assertThat(score.code()).isZero();
        assertThat(score.out()).contains("Strongly negative").contains("18/50");
        String finished = Files.readString(file);

        exit = start("assess", "--quick", "proposal.yaml");
        waitFor("Id to change, or Enter to finish:");
        keys("C-c");
        assertThat(exitCode(exit)).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(screen()).contains("Interrupted. Saved 18 of 18 answers in proposal.yaml. Resume with: iia assess --quick proposal.yaml");
        assertThat(file).hasContent(finished);
    }

    /**
     * The prompt for a rationale. Keys sent before a prompt reads them are echoed by the terminal
     * and are not iia's yet (a closed window discards them), so the line to be saved is typed only
     * once iia asks for it.
     */
    private static final String WHY = "Why? Lines of text, an empty line ends";

    @Test
    void sigtermAndAClosedWindowSaveTheLineBeingTypedAndEndCleanly() throws Exception {
        columns = 80;
        rows = 24;
        Path exit = start("assess", "--quick", "proposal.yaml");
        typeTitleAndSkipTheRest();
        keys("2", "Enter", "Enter");
        waitFor(WHY);
        keys("half-typed reason");
        waitFor("half-typed reason");
        signalRunningIia("TERM");

        assertThat(exitCode(exit)).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(flat(screen())).contains("Interrupted. Saved 1 of " + IWN.properties().stream().mapToInt(c -> c.questions().size()).sum()
                + " answers in proposal.yaml. Resume with: iia assess --quick proposal.yaml")
                .doesNotContain("Exception").doesNotContain("internal error");
        assertThat(load(folder.resolve("proposal.yaml")).answers().values()).extracting(Answer::rationale)
                .containsExactly("half-typed reason");

        start("assess", "--quick", "proposal.yaml");
        waitFor("Rating (1–6");
        keys("3", "Enter", "Enter");
        waitFor(WHY);
        keys("typed when the window closed");
        waitFor("typed when the window closed");
        long pid = runningIia().pid();
        tmux(List.of("kill-window", "-t", "it"));
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

        assertThat(load(folder.resolve("proposal.yaml")).answers().values()).extracting(Answer::rationale)
                .containsExactly("half-typed reason", "typed when the window closed");
        assertThat(folder.resolve("proposal.yaml.lock")).doesNotExist();
        assertThat(folder.resolve("err-" + runs)).content().isEmpty();
    }

    @Test
    void aNumberAnswersWithoutEnterAndHelpAndTheReviewComeAPageAtATimeAt80By24() throws Exception {
        columns = 80;
        rows = 24;
        Question first = IWN.properties().get(0).questions().get(0);
        Path exit = start("assess", "--quick", "proposal.yaml");
        typeTitleAndSkipTheRest();

        keys("?");
        waitFor("Type ? again to see what each rating means.");
        assertThat(flat(screen()).split(java.util.regex.Pattern.quote(first.text()), -1)).as("the question, then restated by help")
                .hasSize(3);
        keys("3");
        waitFor("How sure are you?");
        keys("1");
        waitFor("Why?");
        keys("Enter");
        waitFor("(" + IWN.properties().get(0).questions().get(1).id() + ")");
        keys("r");
        waitFor("more lines: Enter or Space shows them, q skips");
        assertThat(screen().lines().filter(line -> line.startsWith("Review: "))).hasSize(1);
        keys("q");
        waitFor("Id to change, or Enter to finish:");
        keys("q", "Enter");

        assertThat(exitCode(exit)).isZero();
        assertThat(load(folder.resolve("proposal.yaml")).answers()).containsExactly(Map.entry(first.id(), new Answer("none", "high", null,
                List.of())));
    }

    private void typeTitleAndSkipTheRest() throws Exception {
        waitFor("Title of the proposal:");
        keys("Sender-pays network fees", "Enter");
        for (int i = 0; i < 11; i++) {
            waitFor(new String[] {"Jurisdiction", "Sponsor", "Status", "Date (such", "Web address", "Summary", "Authors", "Contributors",
                "Context", "Assumptions", "Article or section"}[i]);
            keys("Enter");
        }
        waitFor("Rating (1–6");
    }

    private static boolean lastOfItsCriterion(Question question) {
        Criterion criterion = IWN.criterionOf(question.id()).orElseThrow();
        return criterion.questions().get(criterion.questions().size() - 1).equals(question);
    }

    /** Runs iia in a fresh tmux server; returns the file its exit code will be written to. */
    private Path start(String... arguments) throws Exception {
        if (runs > 0) {
            tmux(List.of("kill-server"));
        }
        runs++;
        Path exit = folder.resolve("exit-" + runs);
        Path config = Files.writeString(folder.resolve("tmux.conf"), "set -g remain-on-exit on\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        StringBuilder command = new StringBuilder("cd " + quote(folder.toString()) + " && " + quote(java) + " -jar "
                + quote(System.getProperty("iia.jar", "target/iia.jar")));
        for (String argument : arguments) {
            command.append(' ').append(quote(argument));
        }
        command.append(" 2>").append(quote(folder.resolve("err-" + runs).toString()));
        command.append("; echo $? > ").append(quote(exit.toString()));
        tmux(List.of("-f", config.toString(), "new-session", "-d", "-s", "it", "-x", String.valueOf(columns), "-y", String.valueOf(rows), "sh", "-c", command.toString()));
        return exit;
    }

    private void keys(String... keys) throws Exception {
        for (String key : keys) {
            boolean named = key.equals("Enter") || key.equals("Tab") || key.equals("C-c");
            tmux(named ? List.of("send-keys", "-t", "it", key) : List.of("send-keys", "-t", "it", "-l", key));
        }
    }

    private String screen() throws Exception {
        return tmux(List.of("capture-pane", "-p", "-J", "-S", "-", "-t", "it"));
    }

    /** The screen with lines wrapped at the window's width joined again. */
    private static String flat(String screen) {
        return screen.replaceAll("\\s*\\n\\s*", " ");
    }

    private void waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!screen().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the terminal never showed '" + text + "'; it shows:\n" + screen());
            }
            Thread.sleep(50);
        }
    }

    private int exitCode(Path exit) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(exit) || Files.readString(exit).isBlank()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("iia did not exit; the terminal shows:\n" + screen());
            }
            Thread.sleep(50);
        }
        return Integer.parseInt(Files.readString(exit).strip());
    }

    /** SIGKILL to the java process in the window: nothing runs after it, no shutdown hook, no cleanup. */
    private void killRunningIia() throws Exception {
        ProcessHandle iia = runningIia();
        iia.destroyForcibly();
        iia.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private void signalRunningIia(String signal) throws Exception {
        ProcessHandle iia = runningIia();
        assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(iia.pid())).start().waitFor()).isZero();
        iia.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private ProcessHandle runningIia() throws Exception {
        long shell = Long.parseLong(tmux(List.of("list-panes", "-t", "it", "-F", "#{pane_pid}")).strip());
        List<ProcessHandle> javas = new ArrayList<>(ProcessHandle.of(shell).orElseThrow().children().toList());
        assertThat(javas).hasSize(1);
        return javas.get(0);
    }

    private Assessment load(Path file) {
        return new AssessmentLoader(RubricCatalog.shared()).load(file).assessment();
    }

    private String tmux(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket().toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static boolean tmuxInstalled() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
