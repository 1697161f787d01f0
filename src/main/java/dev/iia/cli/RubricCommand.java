package dev.iia.cli;

import dev.iia.interview.Table;
import dev.iia.io.AtomicFiles;
import dev.iia.io.FileAccessException;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Problem;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.LevelBound;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.rubric.RubricLinter;
import dev.iia.rubric.RubricLoader;
import dev.iia.rubric.ScaleEntry;
import dev.iia.rubric.Section;
import dev.iia.yaml.YamlDocument;
import dev.iia.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rubric",
        mixinStandardHelpOptions = true,
        description = "List, show, export and lint rubrics: the questions and scoring settings assessments "
                + "answer.",
        subcommands = {RubricCommand.ListRubrics.class, RubricCommand.ShowRubric.class, RubricCommand.ExportRubric.class,
            RubricCommand.LintRubrics.class, RubricDiffCommand.class})
final class RubricCommand implements Runnable, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    /** Only a usage error: the work is done by the subcommands. */
    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of();
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list, show, export, lint or diff");
    }

    /** A built-in rubric by id or id@version, or a rubric file by its path from the working folder. */
    static Rubric resolve(String reference) {
        return RubricCatalog.shared().resolve(reference, Path.of("").toAbsolutePath());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in rubrics.")
    static final class ListRubrics implements Callable<Integer>, ExitCodes.Documented {
        @Spec
        CommandSpec spec;

        @Override
        public Map<Integer, String> exitCodes() {
            return Map.of(ExitCodes.OK, "listed");
        }

        @Override
        public Integer call() {
            Table table = new Table().headings("RUBRIC", "TITLE", "PROPERTIES", "ENABLERS", "QUESTIONS");
            for (Rubric rubric : RubricCatalog.shared().builtIns()) {
                table.plainRow(List.of(rubric.reference(), rubric.title(), String.valueOf(rubric.properties().size()),
                        String.valueOf(rubric.enablers().size()), String.valueOf(rubric.questions().size())));
            }
            var ansi = spec.commandLine().getColorScheme().ansi();
            table.lines("").forEach(line -> spec.commandLine().getOut().println(Styles.line(ansi, line)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a rubric: its scale, scoring settings, criteria and questions.")
    static final class ShowRubric implements Callable<Integer>, ExitCodes.Documented {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUBRIC", arity = "0..1", defaultValue = RubricCatalog.DEFAULT_ID,
                description = "A built-in rubric (id or id@version) or a rubric file (default: ${DEFAULT-VALUE}).")
        String reference;

        @Option(names = "--help-text", description = "Also show each question's help and examples.")
        boolean helpText;

        @Override
        public Map<Integer, String> exitCodes() {
            return Map.of(
                    ExitCodes.OK, "shown",
                    ExitCodes.INVALID, "RUBRIC names no built-in rubric or rubric file, or an invalid one",
                    ExitCodes.FILES, "the rubric file cannot be read");
        }

        @Override
        public Integer call() {
            Rubric rubric = resolve(reference);
            PrintWriter out = spec.commandLine().getOut();
            var ansi = spec.commandLine().getColorScheme().ansi();
            out.println(Styles.bold(ansi, rubric.reference() + "  " + rubric.title()));
            if (rubric.description() != null) {
                out.println(rubric.description().strip());
            }
            out.println();
            out.println("Scale:      " + rubric.scale().stream().map(ShowRubric::scale).collect(Collectors.joining(", ")));
            out.println("Confidence: " + rubric.confidence().stream().map(c -> c.key() + " " + Numbers.plain(c.weight())
                    + (c.key().equals(rubric.defaultConfidence()) ? " (default)" : "")).collect(Collectors.joining(", ")));
            out.println("Levels:     " + rubric.levels().stream().map(ShowRubric::level).collect(Collectors.joining("; ")));
            out.println("Aggregation: " + rubric.aggregation().key() + ", " + rubric.aggregation().description());
            if (rubric.severeHarm() != null) {
                out.println("Severe harm: a " + rubric.severeHarm().impact() + " answer with " + rubric.severeHarm().minConfidence()
                        + " confidence or more caps its criterion at " + rubric.severeHarm().cap());
            }
            for (Section section : rubric.sections()) {
                out.println();
                out.println(Styles.bold(ansi, section.title()));
                for (Criterion criterion : section.criteria()) {
                    String goal = criterion.goal() == null ? "" : "  [" + rubric.goal(criterion.goal()).map(g -> g.title()).orElse(criterion.goal()) + "]";
                    out.println("  " + criterion.id() + ": " + criterion.title() + goal);
                    for (Question question : criterion.questions()) {
                        String weight = question.effectiveWeight() == 1 ? "" : " (weight " + Numbers.plain(question.effectiveWeight()) + ")";
                        out.println("    " + question.id() + ": " + question.text() + weight);
                        if (helpText) {
                            printHelp(out, question);
                        }
                    }
                }
            }
            return ExitCodes.OK;
        }

        private static void printHelp(PrintWriter out, Question question) {
            if (question.help() != null) {
                question.help().strip().lines().forEach(line -> out.println("        " + line));
            }
            if (question.examples() != null) {
                if (question.examples().negative() != null) {
                    out.println("        Negative: " + question.examples().negative().strip());
                }
                if (question.examples().positive() != null) {
                    out.println("        Positive: " + question.examples().positive().strip());
                }
            }
        }

        private static String scale(ScaleEntry entry) {
            return entry.key() + (entry.valued() ? " " + Numbers.plain(entry.value()) : " (not scored)");
        }

        private static String level(LevelBound bound) {
            return bound.level() + " " + bound.rule();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a built-in rubric's YAML, comments included, to customise it. Name the copy in an "
                    + "assessment with its path: rubric: ./my-rubric.yaml")
    static final class ExportRubric implements Callable<Integer>, ExitCodes.Documented {
        /** The rubric schema beside an exported rubric, named in its first line. */
        static final String SCHEMA_FILE = "rubric.schema.json";

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", arity = "0..1", defaultValue = RubricCatalog.DEFAULT_ID,
                description = "A built-in rubric (default: ${DEFAULT-VALUE}).")
        String id;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output ('-').")
        String output = "-";

        @Option(names = "--id", paramLabel = "ID", description = "The copy's own id, with version 1, so that it never passes for the"
                + " built-in rubric (advised for a rubric you change).")
        String newId;

        @Mixin
        ForceOption force;

        @Override
        public Map<Integer, String> exitCodes() {
            return Map.of(
                    ExitCodes.OK, "written",
                    ExitCodes.INVALID, "ID names no built-in rubric",
                    ExitCodes.FILES, "FILE exists (use --force) or cannot be written");
        }

        @Override
        public Integer call() {
            String reference = id.contains("@") ? id.substring(0, id.indexOf('@')) : id;
            resolve(id);
            String yaml = RubricCatalog.shared().builtInSource(reference);
            if (newId != null) {
                if (!newId.matches("[a-z0-9][a-z0-9-]*")) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--id must be lower-case letters, digits and"
                            + " hyphens, such as my-rubric (got '" + newId + "')");
                }
                yaml = yaml.replaceFirst("(?m)^id: .*$", "id: " + newId).replaceFirst("(?m)^version: .*$", "version: \"1\"");
            }
            if (output.equals("-")) {
                spec.commandLine().getOut().print(yaml);
                spec.commandLine().getOut().flush();
            } else {
                Path file = Path.of(output);
                AtomicFiles.write(file, (EditorSchema.line(SCHEMA_FILE) + "\n" + yaml).getBytes(StandardCharsets.UTF_8), force.given());
                spec.commandLine().getErr().println("iia: wrote " + output);
                EditorSchema.writeBeside(file, SCHEMA_FILE, RubricLoader.schema().node(), spec.commandLine().getErr());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Check rubric files: every error, then advice (unreachable levels, questions without help "
                    + "or examples, criteria with a single question).")
    static final class LintRubrics implements Callable<Integer>, ExitCodes.Documented {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Rubric files.")
        List<Path> files;

        @Option(names = "--strict", description = "Exit 3 on warnings too.")
        boolean strict;

        @Override
        public Map<Integer, String> exitCodes() {
            return Map.of(
                    ExitCodes.OK, "valid (warnings are advice)",
                    ExitCodes.INVALID, "invalid, or warnings with --strict",
                    ExitCodes.FILES, "a file cannot be read");
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ExitStatus status = new ExitStatus(err);
            for (Path file : files) {
                try {
                    YamlDocument document = YamlReader.read(file);
                    Rubric rubric = RubricLoader.load(document);
                    List<Problem> warnings = new java.util.ArrayList<>(RubricLinter.lint(document, rubric));
                    claimedBuiltIn(document, rubric, Invocation.command(((IiaCommand) spec.root().userObject()).environment()))
                            .ifPresent(warnings::add);
                    warnings.stream().map(Problem::format).forEach(err::println);
                    if (strict && !warnings.isEmpty()) {
                        status.raise(ExitCodes.INVALID);
                    }
                    out.println(file + ": " + (warnings.isEmpty() ? "ok" : warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s"))
                            + " (" + rubric.reference() + ", " + rubric.criteria().size() + " criteria, " + rubric.questions().size() + " questions)");
                } catch (InvalidInputException | FileAccessException e) {
                    status.report(e);
                }
            }
            return status.code();
        }

        /** A file that claims a built-in id@version with other content would pass for the built-in rubric in assessments and diffs. */
        private static java.util.Optional<Problem> claimedBuiltIn(YamlDocument document, Rubric rubric, String iia) {
            if (!RubricCatalog.BUILT_IN_IDS.contains(rubric.id())) {
                return java.util.Optional.empty();
            }
            Rubric builtIn;
            try {
                builtIn = RubricCatalog.shared().resolve(rubric.reference(), Path.of("."));
            } catch (InvalidInputException e) {
                return java.util.Optional.empty(); // a version iia does not ship: nothing to pass for
            }
            if (builtIn.equals(rubric)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(document.problemAt("/id", "warning: this rubric claims to be"
                    + " the built-in " + rubric.reference() + " but differs from it; give it an id of its own (id: my-rubric,"
                    + " or " + iia + " rubric export " + rubric.id() + " --id my-rubric)"));
        }
    }
}
