package dev.iia.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentFile;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.AssessmentWriter;
import dev.iia.assessment.Proposal;
import dev.iia.io.LockFile;
import dev.iia.rubric.RubricCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal front end on a scripted terminal: keys go in through a pipe, the screen comes out as
 * bytes. The {@code exec} provider is pinned: with the JNI provider on the class path JLine would
 * build a pseudo-terminal whose Ctrl-C never becomes a signal. Keys that depend on a prompt being
 * active (Ctrl-C) are sent once the screen shows it.
 */
class JLineConsoleTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private final Screen screen = new Screen();
    private PipedOutputStream keys;
    private Terminal terminal;

    @AfterEach
    void closeTerminal() throws IOException {
        keys.close();
        terminal.close();
    }

    @Test
    void tabCompletesScaleKeysAndTheArrowsRecallEarlierLines() throws Exception {
        Path file = assessmentFile();
        CompletableFuture<Session.Outcome> session = start(file, true);

        type("strongly-n\t\r\rCosts rise.\r\r");
        screen.waitFor("(access-permission)");
        type("\u001bOA\u001bOA\r\rLicences.\r\r");
        screen.waitFor("Effect on people");
        type("q\r");

        assertThat(outcome(session).result()).isEqualTo(Session.Result.QUIT);
        Assessment saved = load(file);
        assertThat(saved.answers().get("access-cost").impact()).isEqualTo("strongly-negative");
        assertThat(saved.answers().get("access-permission").impact()).isEqualTo("strongly-negative");
    }

    @Test
    void ctrlCKeepsEveryAnswerAndTheRationaleBeingTyped() throws Exception {
        Path file = assessmentFile();
        CompletableFuture<Session.Outcome> session = start(file, true);

        type("2\r1\rCosts rise\rfor every");
        screen.waitFor("  > for every");
        type("\u0003");

        assertThat(outcome(session).result()).isEqualTo(Session.Result.INTERRUPTED);
        assertThat(load(file).answers().get("access-cost").rationale()).isEqualTo("Costs rise\nfor every\n");
        assertThat(screen.text()).contains("Interrupted. Saved 1 of 6 answers in x.yaml. Resume with: iia assess x.yaml");
    }

    @Test
    void levelWordsAreColouredUnlessColourIsOff() throws Exception {
        CompletableFuture<Session.Outcome> coloured = start(assessmentFile(), true);
        screen.waitFor("Rating (1–6");
        type("q\r");
        outcome(coloured);
        assertThat(screen.text()).contains("\u001b[31mnegative");

        terminal.close();
        keys.close();
        screen.clear();
        CompletableFuture<Session.Outcome> plain = start(assessmentFile(), false);
        screen.waitFor("Rating (1–6");
        type("q\r");
        outcome(plain);
        assertThat(screen.text()).contains(" negative ").doesNotContain("\u001b[31m").doesNotContain("\u001b[1m");
    }

    private CompletableFuture<Session.Outcome> start(Path file, boolean colour) throws IOException {
        keys = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keys, 4096);
        terminal = TerminalBuilder.builder().provider("exec").system(false).streams(input, screen)
                .type("xterm-256color").size(Size.of(100, 40)).build();
        JLineConsole console = new JLineConsole(terminal, colour);
        Interview interview = new Interview(InterviewTest.TINY, load(file), Scope.ALL);
        AssessmentFile saved = AssessmentFile.existing(file, Files.readAllBytes(file), load(file));
        return CompletableFuture.supplyAsync(() -> {
            try (LockFile lock = LockFile.acquire(file)) {
                return new Session(interview, console, saved, "x.yaml", "iia assess x.yaml", lock).run(false);
            }
        });
    }

    private Session.Outcome outcome(CompletableFuture<Session.Outcome> session) throws Exception {
        try {
            return session.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the session did not end; the screen shows:\n" + screen.text(), e);
        }
    }

    private void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private Path assessmentFile() throws IOException {
        Path rubric = folder.resolve("tiny.yaml");
        if (!Files.exists(rubric)) {
            Files.copy(Path.of("src/test/resources/rubrics/tiny.yaml"), rubric);
        }
        Assessment titled = new Assessment(null, "./tiny.yaml", new Proposal("Gateway decree", null, null, null, null, null, null),
                null, null, null, null, null, null, null, null, null);
        return Files.writeString(folder.resolve("x.yaml"), AssessmentWriter.toYaml(titled));
    }

    private static Assessment load(Path file) {
        return new AssessmentLoader(RubricCatalog.shared()).load(file).assessment();
    }

    /** The terminal's output, which a test can wait on. */
    private static final class Screen extends ByteArrayOutputStream {
        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }

        synchronized void clear() {
            reset();
        }

        synchronized void waitFor(String text) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!text().contains(text)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the screen never showed '" + text + "'; it shows:\n" + text());
                }
                wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }

        @Override
        public synchronized void write(int b) {
            super.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            notifyAll();
        }
    }
}
