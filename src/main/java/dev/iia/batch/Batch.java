package dev.iia.batch;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.io.FileAccessException;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Problem;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.Scorer;
import dev.iia.yaml.YamlDocument;
import dev.iia.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Scores many files in parallel and hands each result on in input order as soon as it and every
 * file before it are done, so output streams and memory stays flat however many files there are.
 */
public final class Batch {
    /** The outcome for one file. */
    public sealed interface Result permits Scored, Invalid, Unreadable, Skipped {
        String source();

        /** scored, invalid, unreadable or skipped: the word used in every output format. */
        String status();
    }

    public record Scored(String source, LoadedAssessment loaded, AssessmentScore score) implements Result {
        @Override
        public String status() {
            return "scored";
        }
    }

    public record Invalid(String source, List<Problem> problems) implements Result {
        @Override
        public String status() {
            return "invalid";
        }
    }

    public record Unreadable(String source, String message) implements Result {
        @Override
        public String status() {
            return "unreadable";
        }
    }

    /** A file that is not an assessment (a rubric next to the assessments that use it). */
    public record Skipped(String source, String reason) implements Result {
        @Override
        public String status() {
            return "skipped";
        }
    }

    private static final int IN_FLIGHT_PER_THREAD = 16;

    private final AssessmentLoader loader;
    private final int threads;
    private final Scorer.Traces traces;

    /** @param traces whether each score keeps the trace of how its levels were reached */
    public Batch(AssessmentLoader loader, int threads, Scorer.Traces traces) {
        this.loader = loader;
        this.threads = Math.max(1, threads);
        this.traces = traces;
    }

    public Result score(Path file) {
        return score(file, () -> YamlReader.read(file));
    }

    /** Scores a file whose bytes are already read. */
    Result score(Path file, byte[] bytes) {
        return score(file, () -> YamlReader.parse(file.toString(), bytes));
    }

    private Result score(Path file, Supplier<YamlDocument> reading) {
        try {
            YamlDocument document = reading.get();
            if (AssessmentLoader.isRubric(document)) {
                return new Skipped(file.toString(), "a rubric, not an assessment");
            }
            LoadedAssessment loaded = loader.load(document, file);
            return new Scored(loaded.source(), loaded, Scorer.score(loaded.rubric(), loaded.assessment(), traces));
        } catch (InvalidInputException e) {
            return new Invalid(file.toString(), e.problems());
        } catch (FileAccessException e) {
            return new Unreadable(file.toString(), e.getMessage());
        }
    }

    public void run(List<Path> files, Consumer<Result> sink) {
        run(files, result -> result, sink);
    }

    /**
     * Scores the files in parallel and runs {@code then} on each result in the worker that scored it;
     * with a cache, a file whose result it holds is not scored at all. {@code sink} gets what
     * {@code then} returns, or what the cache held, in input order.
     */
    public <T> void run(List<Path> files, Function<Result, T> then, Consumer<T> sink, Optional<ResultCache<T>> cache) {
        if (cache.isEmpty()) {
            run(files, then, sink);
            return;
        }
        each(files, file -> cache.get().apply(file, this, then), sink);
    }

    /**
     * Scores the files in parallel and runs {@code then} on each result in the worker that scored it
     * (rendering a brief, say); {@code sink} gets what {@code then} returns, in input order.
     */
    public <T> void run(List<Path> files, Function<Result, T> then, Consumer<T> sink) {
        each(files, file -> then.apply(score(file)), sink);
    }

    private <T> void each(List<Path> files, Function<Path, T> work, Consumer<T> sink) {
        if (threads == 1 || files.size() < 2) {
            for (Path file : files) {
                sink.accept(work.apply(file));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "iia-score");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<T>> window = new ArrayDeque<>();
            for (Path file : files) {
                window.add(pool.submit(() -> work.apply(file)));
                if (window.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    sink.accept(next(window));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(next(window));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T next(Deque<Future<T>> window) {
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
