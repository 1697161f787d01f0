package dev.iia;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code iia assess} (the built classes, in a process of its own, answers piped in line by
 * line) at random moments, with SIGKILL or SIGTERM, and checks after each kill that the file is
 * either absent or parses and holds a prefix of the answers typed, and that a SIGTERM always ends
 * the process. CI runs a fixed 20 kills; {@code -Dkill.iterations=500} runs a longer campaign
 * ({@code -Dkill.seed} picks another sequence).
 */
class KillDuringAssessTest {
    private static final int ITERATIONS = Integer.getInteger("kill.iterations", 20);
    private static final long SEED = Long.getLong("kill.seed", 8L);
    private static final int LINE_PAUSE_MILLIS = 4;

    @TempDir
    Path folder;

    @Test
    void aKilledSessionAlwaysLeavesAReadableFileWithAPrefixOfTheAnswers() throws Exception {
        Rubric rubric = RubricCatalog.shared().builtIn(RubricCatalog.DEFAULT_ID);
        List<Question> questions = new ArrayList<>();
        String script = script(rubric, questions);
        Random random = new Random(SEED);
        int killedMidway = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Path file = folder.resolve("run-" + i + ".yaml");
            boolean term = i % 4 == 3;
            Process process = start(file);
            Thread typist = typeSlowly(process, script);
            Thread.sleep(200 + random.nextInt(1_300));
            if (term) {
                process.destroy();
            } else {
                process.destroyForcibly();
            }
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("run %d ends after the signal", i).isTrue();
            typist.join(10_000);
            int answered = checkPrefix(file, questions, i);
            if (answered > 0 && answered < questions.size()) {
                killedMidway++;
            }
        }
        if (ITERATIONS >= 10) {
            assertThat(killedMidway).as("kills that landed mid-session").isPositive();
        }
    }

    /** The answers in the file: the first N questions, each with the rationale typed for it. */
    private static int checkPrefix(Path file, List<Question> questions, int run) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
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
     * rationale for each question, no effects.
     */
    private static String script(Rubric rubric, List<Question> questions) {
        StringBuilder input = new StringBuilder("Kill test\n\n\n\n\n\n\n" + "\n\n\n\n\n");
        for (Criterion criterion : rubric.criteria()) {
            for (Question question : criterion.questions()) {
                questions.add(question);
                input.append("3\n\nReason for ").append(question.id()).append(".\n\n");
            }
            input.append('\n');
        }
        return input.append("\n").toString();
    }

    private static Process start(Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "assess", "--plain", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Thread typeSlowly(Process process, String script) {
        Thread typist = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                for (String line : script.split("(?<=\n)")) {
                    in.write(line.getBytes(StandardCharsets.UTF_8));
                    in.flush();
                    Thread.sleep(LINE_PAUSE_MILLIS);
                }
            } catch (IOException | InterruptedException e) {
                // The process was killed: nobody reads any more.
            }
        }, "typist");
        typist.setDaemon(true);
        typist.start();
        return typist;
    }
}
