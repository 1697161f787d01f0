package dev.iia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.iia.assessment.Answer;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.cli.Main;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code iia assess} (the built classes, in a process of its own, answers piped in) mid-session,
 * with SIGKILL or SIGTERM, and checks after each kill that the file parses, holds a prefix of the
 * answers typed and keeps every answer saved before the kill, and that a SIGTERM always ends the
 * process. However slow the machine, every kill lands mid-session: the rest of the answers are typed
 * line by line only once the first one is on disk, the kill comes at a random moment after it, and the
 * last question is never answered, so the session cannot end before the kill. CI runs a fixed 20 kills;
 * {@code -Dkill.iterations=500} runs a longer campaign ({@code -Dkill.seed} picks another sequence).
 */
class KillDuringAssessTest {
    private static final int ITERATIONS = Integer.getInteger("kill.iterations", 20);
    private static final long SEED = Long.getLong("kill.seed", 8L);
    private static final int LINE_PAUSE_MILLIS = 4;
    /** About the time the rest of the answers take to type, so that the kills spread over the whole session. */
    private static final int MAX_FURTHER_DELAY_MILLIS = 800;
    /** Far beyond a JVM start on a loaded CI machine: reaching it means answers are no longer saved as given. */
    private static final long FIRST_ANSWER_TIMEOUT_MILLIS = 60_000;
    private static final int POLL_MILLIS = 10;

    @TempDir
    Path folder;

    @Test
    void aSessionKilledMidwayKeepsEveryAnswerSavedInAReadableFile() throws Exception {
        Rubric rubric = RubricCatalog.shared().builtIn(RubricCatalog.DEFAULT_ID);
        List<Question> questions = rubric.questions();
        String opening = scriptUpTo(rubric, questions.get(1));
        String rest = scriptUpTo(rubric, questions.get(questions.size() - 1)).substring(opening.length());
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            Path file = folder.resolve("run-" + i + ".yaml");
            Path errors = folder.resolve("run-" + i + ".err");
            boolean term = i % 4 == 3;
            Process process = start(file, errors);
            process.getOutputStream().write(opening.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            awaitFirstAnswer(file, errors, process, i);
            Thread typist = typeSlowly(process, rest);
            Thread.sleep(random.nextInt(MAX_FURTHER_DELAY_MILLIS));
            int saved = answersIn(file);
            if (term) {
                process.destroy();
            } else {
                process.destroyForcibly();
            }
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("run %d ends after the signal", i).isTrue();
            typist.join(10_000);
            assertThat(checkPrefix(file, questions, i))
                    .as("run %d: answers in the file after the kill (%d were saved before it)", i, saved)
                    .isBetween(saved, questions.size() - 1);
        }
    }

    /** Waits until iia has saved an answer, so that the kill to come lands mid-session. */
    private static void awaitFirstAnswer(Path file, Path errors, Process process, int run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FIRST_ANSWER_TIMEOUT_MILLIS);
        while (answersIn(file) == 0) {
            if (!process.isAlive()) {
                fail("run %d: iia assess ended (exit code %d) before saving an answer to %s; its errors:%n%s",
                        run, process.exitValue(), file, Files.readString(errors));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                fail("run %d: no answer saved to %s within %d ms of starting iia assess, though answers were typed;"
                        + " is each answer still saved as soon as it is given?", run, file, FIRST_ANSWER_TIMEOUT_MILLIS);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The answers saved in the file, none while it does not exist. */
    private static int answersIn(Path file) {
        return Files.exists(file) ? new AssessmentLoader(RubricCatalog.shared()).load(file).assessment().answers().size() : 0;
    }

    /** The answers in the file: the first N questions, each with the rationale typed for it. */
    private static int checkPrefix(Path file, List<Question> questions, int run) {
        LoadedAssessment loaded = new AssessmentLoader(RubricCatalog.shared()).load(file);
        Map<String, Answer> answers = loaded.assessment().answers();
        List<String> expected = questions.subList(0, answers.size()).stream().map(Question::id).toList();
        assertThat(answers.keySet()).as("run %d: answered questions are the first ones, in order", run).containsExactlyElementsOf(expected);
        String last = expected.isEmpty() ? null : expected.get(expected.size() - 1);
        answers.forEach((id, answer) -> {
            assertThat(answer.impact()).isEqualTo("none");
            if (id.equals(last) && answer.rationale() == null) {
                return; // SIGTERM keeps the answer being typed, rated but not yet explained
            }
            assertThat(answer.rationale()).as("run %d: %s", run, id).isEqualTo("Reason for " + id + ".");
        });
        return answers.size();
    }

    /**
     * The proposal's title and other details and the opening parts of the brief, no provisions, then "none" with a
     * rationale for each question before {@code last}, no effects.
     */
    private static String scriptUpTo(Rubric rubric, Question last) {
        StringBuilder input = new StringBuilder("Kill test\n\n\n\n\n\n\n" + "\n\n\n\n\n");
        for (Criterion criterion : rubric.criteria()) {
            for (Question question : criterion.questions()) {
                if (question.id().equals(last.id())) {
                    return input.toString();
                }
                input.append("3\n\nReason for ").append(question.id()).append(".\n\n");
            }
            input.append('\n');
        }
        throw new IllegalArgumentException(last.id() + " is not a question of " + rubric.id());
    }

    private static Process start(Path file, Path errors) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "assess", "--plain", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile())
                .start();
    }

    /** Types the script line by line, then keeps the input open: the end of input would end the session. */
    private static Thread typeSlowly(Process process, String script) {
        Thread typist = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                for (String line : script.split("(?<=\n)")) {
                    in.write(line.getBytes(StandardCharsets.UTF_8));
                    in.flush();
                    Thread.sleep(LINE_PAUSE_MILLIS);
                }
                process.waitFor();
            } catch (IOException | InterruptedException e) {
                // The process was killed: nobody reads any more.
            }
        }, "typist");
        typist.setDaemon(true);
        typist.start();
        return typist;
    }
}
