package dev.iia.cli;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.batch.Batch;
import dev.iia.batch.ResultCache;
import dev.iia.io.CacheFolder;
import dev.iia.io.InputFiles;
import dev.iia.problem.Problem;
import dev.iia.problem.Suggestions;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.scoring.Scorer;
import dev.iia.scoring.WhatIf;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/** {@code iia score}, declared with picocli's programmatic API (see {@link Declarations}). */
final class ScoreCommand implements Callable<Integer>, ExitCodes.Documented {
    /** More threads than this only cost memory: scoring is bound by processors and the disk. */
    static final int MAX_JOBS = 256;

    private CommandSpec spec;
    private final Parsed<List<Path>> paths = new Parsed<>(null);
    /** Not {@link FormatOption}: results also come as a table and CSV, and as a table by default. */
    private final Parsed<OutputFormat> format = new Parsed<>(OutputFormat.table);
    private final Parsed<String> failOn = new Parsed<>(null);
    private final Parsed<Boolean> explain = new Parsed<>(false);
    private final Parsed<Boolean> whatIf = new Parsed<>(false);
    private final Parsed<List<Integer>> adopting = new Parsed<>(null);
    private final Parsed<Integer> jobs = new Parsed<>(null);
    private final Parsed<Path> cache = new Parsed<>(null);

    static CommandSpec declaration() {
        return new ScoreCommand().declare();
    }

    private CommandSpec declare() {
        spec = Declarations.command(this, "score", "Score assessments: files, and folders searched for *.yaml and *.yml files. "
                + "Files are scored in parallel and listed in a stable order; problems go to standard error.");
        OutputFormat.Results formats = new OutputFormat.Results();
        spec.addPositional(Declarations.paths("PATH", "Assessment files or folders.", paths));
        spec.addOption(Declarations.option(OutputFormat.class, format, "-f", "--format")
                .paramLabel("FORMAT").converters(formats).completionCandidates(formats)
                .description("table (default), json, csv or markdown (md for short).").build());
        spec.addOption(Declarations.option(String.class, failOn, "--fail-on")
                .paramLabel("LEVEL").completionCandidates(new LevelCandidates())
                .description("Exit 1 when any assessment's overall level is LEVEL or worse: ${COMPLETION-CANDIDATES}.").build());
        spec.addOption(Declarations.flag(explain,
                "Also show each criterion's level and how it was reached (table, markdown; the trace in JSON).", "--explain"));
        spec.addOption(Declarations.flag(whatIf, "Also show the residual impact: the level and "
                + "verdict with the recommendations adopted beside those as written, and which recommendation moved each "
                + "criterion (table, markdown; JSON always has it as 'residual').", "--what-if"));
        spec.addOption(Declarations.option(List.class, adopting, "--with")
                .auxiliaryTypes(Integer.class).paramLabel("Rn").splitRegex(",").converters(new RecommendationNumber())
                .description("Adopt only these recommendations, numbered as in the brief (implies --what-if).").build());
        spec.addOption(Declarations.option(Integer.class, jobs, "-j", "--jobs").paramLabel("N")
                .description("Files scored at once, 1 to " + MAX_JOBS + " (default: the number of processors).").build());
        spec.addOption(Declarations.option(Path.class, cache, "--cache").paramLabel("DIR")
                .description("Keep each file's result in DIR (made if missing; default: the IIA_CACHE variable, if set), "
                        + "keyed by the file's bytes and name, the rubric's bytes, iia's version and these options: "
                        + "a file scored before with the same key is not read again. Safe to share between runs.").build());
        Declarations.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "every file scored, gate not tripped",
                ExitCodes.GATE, "an assessment's overall level is at or below the --fail-on level",
                ExitCodes.USAGE, "--with names a recommendation an assessment does not have",
                ExitCodes.INVALID, "an assessment is invalid (all its problems are listed)",
                ExitCodes.FILES, "a file or folder cannot be read");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkFailOn();
        if (jobs.value() != null && (jobs.value() < 1 || jobs.value() > MAX_JOBS)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs: " + jobs.value() + " is not between 1 and " + MAX_JOBS);
        }
        ScoreTally tally = new ScoreTally(failOn.value());
        ExitStatus status = new ExitStatus(err);
        List<Path> files = InputFiles.expand(paths.value(), status::report);
        ScoreOutput output = output(out);
        int threads = jobs.value() != null ? jobs.value() : Runtime.getRuntime().availableProcessors();
        Optional<ResultCache<ScoreOutcome>> results = resultCache();
        Scorer.Traces traces = explain.value() ? Scorer.Traces.KEPT : Scorer.Traces.SKIPPED;
        new Batch(new AssessmentLoader(RubricCatalog.shared()), threads, traces).run(files, result -> outcome(result, tally, output), outcome -> {
            tally.count(outcome);
            outcome.errors().forEach(err::println);
            if (outcome.usage()) {
                status.raise(ExitCodes.USAGE);
            }
            output.write(outcome.piece());
        }, results);
        output.finish(tally);
        out.flush();
        if (tally.tripped > 0) {
            err.println("iia: " + tally.tripped + " of " + tally.scored + " assessments at or below '" + failOn.value() + "' (--fail-on)");
        }
        status.raise(tally.exitCode());
        return status.code();
    }

    /** The --cache folder, or IIA_CACHE's; empty when neither is given. */
    private Optional<ResultCache<ScoreOutcome>> resultCache() {
        String variable = ((IiaCommand) spec.root().userObject()).environment().get("IIA_CACHE");
        Path folder = cache.value() != null ? cache.value() : variable == null || variable.isBlank() ? null : Path.of(variable);
        if (folder == null) {
            return Optional.empty();
        }
        return Optional.of(new ResultCache<>(CacheFolder.open(folder), RubricCatalog.shared(), cacheContext(), new ScoreOutcomeCodec()));
    }

    /** Everything besides the file and the rubrics that shapes a file's outcome. */
    private String cacheContext() {
        return String.join("\n", "iia " + VersionProvider.version(), Build.identity(), "java " + System.getProperty("java.version"),
                "line end " + System.lineSeparator(), "format " + format.value(), "explain " + explain.value(), "what-if " + whatIf.value(),
                "with " + adopting.value(), "fail-on " + failOn.value(), "colour " + spec.commandLine().getColorScheme().ansi().enabled());
    }

    private void checkFailOn() {
        if (failOn.value() == null) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        new LevelCandidates().forEach(known::add);
        if (!known.contains(failOn.value())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fail-on: '" + failOn.value() + "' is not a level"
                    + Suggestions.didYouMean(failOn.value(), known) + " (levels: " + String.join(", ", known) + ")");
        }
    }

    private ScoreOutput output(PrintWriter out) {
        return switch (format.value()) {
            case table -> new TableScoreOutput(out, spec.commandLine().getColorScheme().ansi(), explain.value(), showsWhatIf());
            case json -> new JsonScoreOutput(out);
            case csv -> new CsvScoreOutput(out);
            case markdown -> new MarkdownScoreOutput(out, explain.value(), showsWhatIf());
        };
    }

    private boolean showsWhatIf() {
        return whatIf.value() || adopting.value() != null;
    }

    /** JSON always has the residual impact; the other formats only with --what-if or --with. */
    private boolean residualShown() {
        return format.value() == OutputFormat.json || showsWhatIf();
    }

    /** Everything about one file but writing it, done in the worker that scored it. */
    private ScoreOutcome outcome(Batch.Result result, ScoreTally tally, ScoreOutput output) {
        List<String> errors = new ArrayList<>(problems(result));
        Optional<WhatIf> residual = Optional.empty();
        boolean usage = false;
        if (result instanceof Batch.Scored scored) {
            Optional<String> unknown = unknownRecommendations(scored);
            unknown.ifPresent(errors::add);
            usage = unknown.isPresent();
            residual = usage || !residualShown() ? Optional.empty() : whatIf(scored);
        }
        return new ScoreOutcome(result.status(), tally.trips(result), errors, usage, output.render(result, residual));
    }

    /** The line to print when --with names a recommendation this assessment does not have. */
    private Optional<String> unknownRecommendations(Batch.Scored scored) {
        if (adopting.value() == null) {
            return Optional.empty();
        }
        int count = scored.loaded().assessment().recommendations().size();
        List<Integer> unknown = adopting.value().stream().filter(number -> number > count).distinct().toList();
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of("iia: " + scored.source() + ": --with " + RecommendationNumber.names(unknown) + ": " + range(count));
    }

    /**
     * The residual impact of a scored assessment whose recommendations say what they would change:
     * all of them adopted, or those of --with.
     */
    private Optional<WhatIf> whatIf(Batch.Scored scored) {
        Assessment assessment = scored.loaded().assessment();
        if (!assessment.hasRecommendedChanges()) {
            return Optional.empty();
        }
        Rubric rubric = scored.loaded().rubric();
        return Optional.of(adopting.value() == null ? WhatIf.ofAll(rubric, assessment, scored.score())
                : WhatIf.of(rubric, assessment, scored.score(), adopting.value()));
    }

    private static String range(int count) {
        return switch (count) {
            case 0 -> "the assessment makes no recommendations";
            case 1 -> "the assessment makes one recommendation, R1";
            default -> "the assessment's recommendations are R1 to R" + count;
        };
    }

    private static List<String> problems(Batch.Result result) {
        if (result instanceof Batch.Invalid invalid) {
            return invalid.problems().stream().map(Problem::format).toList();
        }
        if (result instanceof Batch.Unreadable unreadable) {
            return List.of("iia: " + unreadable.message());
        }
        if (result instanceof Batch.Skipped skipped) {
            return List.of("iia: " + skipped.source() + ": skipped: " + skipped.reason());
        }
        return List.of();
    }

    /** The level keys of the built-in rubrics, for help and shell completion. */
    static final class LevelCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return RubricCatalog.shared().builtIns().stream().flatMap(rubric -> rubric.levelKeys().stream()).distinct().iterator();
        }
    }
}
