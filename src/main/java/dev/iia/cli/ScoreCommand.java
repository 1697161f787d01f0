package dev.iia.cli;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.batch.Batch;
import dev.iia.io.InputFiles;
import dev.iia.problem.Problem;
import dev.iia.problem.Suggestions;
import dev.iia.rubric.RubricCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "score",
        mixinStandardHelpOptions = true,
        description = "Score assessments: files, and folders searched for *.yaml and *.yml files. Files are "
                + "scored in parallel and listed in a stable order; problems go to standard error.")
final class ScoreCommand implements Callable<Integer>, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Assessment files or folders.")
    List<Path> paths;

    /** Not {@link FormatOption}: results also come as a table and CSV, and as a table by default. */
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = OutputFormat.Results.class,
            completionCandidates = OutputFormat.Results.class,
            description = "table (default), json, csv or markdown (md for short).")
    OutputFormat format = OutputFormat.table;

    @Option(names = "--fail-on", paramLabel = "LEVEL", completionCandidates = LevelCandidates.class,
            description = "Exit 1 when any assessment's overall level is LEVEL or worse: ${COMPLETION-CANDIDATES}.")
    String failOn;

    @Option(names = "--explain", description = "Also show each criterion's level and how it was reached (table, markdown).")
    boolean explain;

    /** More threads than this only cost memory: scoring is bound by processors and the disk. */
    static final int MAX_JOBS = 256;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files scored at once, 1 to " + MAX_JOBS + " (default: the number of processors).")
    Integer jobs;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "every file scored, gate not tripped",
                ExitCodes.GATE, "an assessment's overall level is at or below the --fail-on level",
                ExitCodes.INVALID, "an assessment is invalid (all its problems are listed)",
                ExitCodes.FILES, "a file or folder cannot be read");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkFailOn();
        if (jobs != null && (jobs < 1 || jobs > MAX_JOBS)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs: " + jobs + " is not between 1 and " + MAX_JOBS);
        }
        ScoreTally tally = new ScoreTally(failOn);
        ExitStatus status = new ExitStatus(err);
        List<Path> files = InputFiles.expand(paths, status::report);
        ScoreOutput output = output(out);
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        new Batch(new AssessmentLoader(RubricCatalog.shared()), threads).run(files, result -> {
            tally.count(result);
            report(result, err);
            output.write(result);
        });
        output.finish(tally);
        out.flush();
        if (tally.tripped > 0) {
            err.println("iia: " + tally.tripped + " of " + tally.scored + " assessments at or below '" + failOn + "' (--fail-on)");
        }
        status.raise(tally.exitCode());
        return status.code();
    }

    private void checkFailOn() {
        if (failOn == null) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        new LevelCandidates().forEach(known::add);
        if (!known.contains(failOn)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fail-on: '" + failOn + "' is not a level"
                    + Suggestions.didYouMean(failOn, known) + " (levels: " + String.join(", ", known) + ")");
        }
    }

    private ScoreOutput output(PrintWriter out) {
        return switch (format) {
            case table -> new TableScoreOutput(out, spec.commandLine().getColorScheme().ansi(), explain);
            case json -> new JsonScoreOutput(out);
            case csv -> new CsvScoreOutput(out);
            case markdown -> new MarkdownScoreOutput(out, explain);
        };
    }

    private static void report(Batch.Result result, PrintWriter err) {
        if (result instanceof Batch.Invalid invalid) {
            invalid.problems().stream().map(Problem::format).forEach(err::println);
        } else if (result instanceof Batch.Unreadable unreadable) {
            err.println("iia: " + unreadable.message());
        } else if (result instanceof Batch.Skipped skipped) {
            err.println("iia: " + skipped.source() + ": skipped: " + skipped.reason());
        }
    }

    /** The level keys of the built-in rubrics, for help and shell completion. */
    static final class LevelCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return RubricCatalog.shared().builtIns().stream().flatMap(rubric -> rubric.levelKeys().stream()).distinct().iterator();
        }
    }
}
