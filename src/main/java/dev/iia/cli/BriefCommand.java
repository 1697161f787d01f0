package dev.iia.cli;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.batch.Batch;
import dev.iia.brief.Brief;
import dev.iia.brief.HtmlBrief;
import dev.iia.brief.PdfBrief;
import dev.iia.brief.MarkdownTemplates;
import dev.iia.brief.TemplateException;
import dev.iia.brief.ViewTree;
import dev.iia.io.AtomicFiles;
import dev.iia.io.FileAccessException;
import dev.iia.io.FileIdentities;
import dev.iia.io.InputFiles;
import dev.iia.io.SafeFiles;
import dev.iia.problem.Problem;
import dev.iia.rubric.RubricCatalog;
import dev.iia.scoring.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code iia brief}, declared with picocli's programmatic API (see {@link Declarations}). */
final class BriefCommand implements Callable<Integer>, ExitCodes.Documented {
    /** More workers than processors: each write waits for the disk (fsync), and others render meanwhile. */
    private static final int WORKERS = 2 * Runtime.getRuntime().availableProcessors() + 2;

    /** The folders briefs were written to: each is synced once, when all are written. */
    private final Set<Path> written = ConcurrentHashMap.newKeySet();

    private CommandSpec spec;
    private final Parsed<List<Path>> paths = new Parsed<>(null);
    private final Parsed<String> output = new Parsed<>(null);
    private final Parsed<Path> outDir = new Parsed<>(null);
    private final Parsed<Path> template = new Parsed<>(null);
    private final Parsed<Format> format = new Parsed<>(Format.markdown);
    private final Parsed<Boolean> annex = new Parsed<>(false);
    private final Parsed<Boolean> force = new Parsed<>(false);

    /** What brief writes; not {@link OutputFormat}, whose other commands write neither HTML nor PDF. */
    enum Format {
        markdown, html, pdf, json;

        /** Any case, and {@code md} for {@code markdown}, as the other commands' {@code --format}. */
        static final class Converter implements picocli.CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                String name = value.toLowerCase(java.util.Locale.ROOT);
                try {
                    return valueOf(name.equals("md") ? "markdown" : name);
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.TypeConversionException("expected one of [markdown, html, pdf, json] "
                            + "(md for markdown) but was '" + value + "'");
                }
            }
        }
    }

    static CommandSpec declaration() {
        return new BriefCommand().declare();
    }

    private CommandSpec declare() {
        spec = Declarations.command(this, "brief", "Write the Internet Impact Brief of assessments: Markdown from a Mustache "
                + "template, or the brief's view model as JSON. A FILE may be a folder, searched for *.yaml and *.yml files. "
                + "Each brief goes beside its assessment (x.yaml -> x.md) unless -o or --out-dir says otherwise; an existing "
                + "file is never replaced without --force.");
        spec.usageMessage().sortOptions(false);
        spec.addPositional(Declarations.paths("FILE", "Assessment files or folders.", paths));
        spec.addOption(Declarations.option(String.class, output, "-o", "--output").paramLabel("OUT")
                .description("Write the brief to OUT ('-': standard output); for one assessment.").build());
        spec.addOption(Declarations.option(Path.class, outDir, "--out-dir").paramLabel("DIR")
                .description("Write each brief into DIR, named after its assessment; DIR is created if missing.").build());
        spec.addOption(Declarations.option(Path.class, template, "--template").paramLabel("FILE")
                .description("Your own Mustache template; partials are looked up next to it, then among the built-in ones.").build());
        spec.addOption(Declarations.option(Format.class, format, "-f", "--format")
                .paramLabel("FORMAT").converters(new Format.Converter())
                .description("markdown (default; md for short): the brief in Markdown; html: one self-contained styled page "
                        + "with a chart of the levels; pdf: a PDF with its fonts embedded; json: the brief's view model. "
                        + "Without this option, -o X.html writes HTML and -o X.pdf a PDF.").build());
        spec.addOption(Declarations.flag(annex,
                "Append the annex \"How the levels were reached\": every score, rule and open question.", "--annex"));
        spec.addOption(Declarations.flag(force, ForceOption.DESCRIPTION, "--force"));
        Declarations.standardHelpOptions(spec);
        return spec;
    }

    /**
     * Traces only where the brief can show them: the annex, the view model as JSON, and a template of
     * the user's, which may name them anywhere; the built-in brief without its annex shows none.
     */
    private Scorer.Traces traces() {
        boolean shown = annex.value() || format.value() == Format.json || template.value() != null;
        return shown ? Scorer.Traces.KEPT : Scorer.Traces.SKIPPED;
    }

    /** Where one assessment's brief goes: a file, or standard output when {@code path} is null. */
    private record Target(Path path, String problem) {
    }

    /** What became of one file, reported in input order. */
    private record Outcome(int code, List<String> messages, String printed, String templateProblem) {
        static Outcome of(int code, String message) {
            return new Outcome(code, List.of(message), null, null);
        }
    }

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "every brief written",
                ExitCodes.INVALID, "an assessment or the template is invalid (file:line:column)",
                ExitCodes.FILES, "a file cannot be read or written, or exists already (use --force)");
    }

    @Override
    public Integer call() {
        if (!spec.commandLine().getParseResult().hasMatchedOption("--format") && output.value() != null) {
            String name = output.value().toLowerCase(java.util.Locale.ROOT);
            format.set(name.endsWith(".html") ? Format.html : name.endsWith(".pdf") ? Format.pdf : format.value());
        }
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MarkdownTemplates templates = format.value() == Format.json ? null
                : template.value() == null ? MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF) : userTemplate();
        ExitStatus status = new ExitStatus(err);
        List<Path> files = InputFiles.once(InputFiles.expand(paths.value(), status::report));
        if (output.value() != null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(), "-o names one output, but there are " + files.size()
                    + " assessments; use --out-dir DIR to write one brief each");
        }
        if (outDir.value() != null) {
            createOutDir();
        }
        Map<Path, Target> targets = targets(files);
        String[] templateProblem = {null};
        new Batch(new AssessmentLoader(RubricCatalog.shared()), WORKERS, traces())
                .run(files, result -> write(result, targets, templates), outcome -> {
                    if (outcome.templateProblem() != null && templateProblem[0] == null) {
                        templateProblem[0] = outcome.templateProblem();
                        err.println(outcome.templateProblem());
                    }
                    outcome.messages().forEach(err::println);
                    if (outcome.printed() != null) {
                        out.print(outcome.printed());
                    }
                    status.raise(outcome.code());
                });
        written.forEach(AtomicFiles::syncFolder);
        out.flush();
        return status.code();
    }

    private MarkdownTemplates userTemplate() {
        TemplateFolder folder = TemplateFolder.of(template.value());
        return MarkdownTemplates.of(folder, folder.mainName());
    }

    private void checkOptions() {
        if (format.value() == Format.pdf && "-".equals(output.value())) {
            throw new ParameterException(spec.commandLine(), "a PDF is not written to standard output; name a file: -o brief.pdf");
        }
        if (output.value() != null && outDir.value() != null) {
            throw new ParameterException(spec.commandLine(), "-o and --out-dir cannot be used together");
        }
        if (template.value() != null && format.value() == Format.json) {
            throw new ParameterException(spec.commandLine(), "--template applies to Markdown, HTML and PDF; --format json writes the view model itself");
        }
    }

    private void createOutDir() {
        if (Files.exists(outDir.value()) && !Files.isDirectory(outDir.value())) {
            throw new FileAccessException(outDir.value() + ": cannot write briefs there: not a folder");
        }
        try {
            Files.createDirectories(outDir.value());
        } catch (IOException e) {
            throw FileAccessException.writing(outDir.value(), e);
        }
    }

    /**
     * Each file's output, decided before any is written, so that two assessments never share one and
     * no output is one of the inputs (or the template) under any name.
     */
    private Map<Path, Target> targets(List<Path> files) {
        Map<Path, Target> targets = new HashMap<>();
        Map<Path, Path> claimed = new HashMap<>();
        FileIdentities inputs = FileIdentities.of(files);
        if (template.value() != null) {
            inputs.add(template.value());
        }
        for (Path file : files) {
            if ("-".equals(output.value())) {
                targets.put(file, new Target(null, null));
                continue;
            }
            Path target = output.value() != null ? Path.of(output.value())
                    : outDir.value() != null ? outDir.value().resolve(briefName(file)) : file.resolveSibling(briefName(file));
            Path key = claimKey(target);
            Optional<Path> input = inputs.inputAt(target);
            String problem = null;
            if (key.equals(claimKey(file)) || input.filter(file::equals).isPresent()) {
                problem = target + ": is the assessment itself; name another output";
            } else if (input.isPresent()) {
                problem = target + ": is " + input.get() + ", an input of this command; name another output";
            } else if (claimed.containsKey(key)) {
                problem = target + ": is also the brief of " + claimed.get(key) + "; not written twice (rename one assessment)";
            } else {
                claimed.put(key, file);
            }
            targets.put(file, new Target(target, problem));
        }
        return targets;
    }

    /** The same for two names of one place, links in its folder resolved. */
    private static Path claimKey(Path target) {
        try {
            return SafeFiles.realFile(target);
        } catch (FileAccessException e) {
            return target.toAbsolutePath().normalize();
        }
    }

    private String briefName(Path file) {
        return stem(file) + "." + (format.value() == Format.markdown ? "md" : format.value().name());
    }

    /** The file's name without its .yaml or .yml ending: what its brief is named after. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5)
                : name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    }

    /** Renders and writes one brief; runs in the worker that scored the file. */
    private Outcome write(Batch.Result result, Map<Path, Target> targets, MarkdownTemplates templates) {
        if (result instanceof Batch.Invalid invalid) {
            return new Outcome(ExitCodes.INVALID, invalid.problems().stream().map(Problem::format).toList(), null, null);
        }
        if (result instanceof Batch.Unreadable unreadable) {
            return Outcome.of(ExitCodes.FILES, "iia: " + unreadable.message());
        }
        if (result instanceof Batch.Skipped skipped) {
            return Outcome.of(ExitCodes.OK, "iia: " + skipped.source() + ": skipped: " + skipped.reason());
        }
        Batch.Scored scored = (Batch.Scored) result;
        Target target = targets.get(scored.loaded().file());
        if (target.problem() != null) {
            return Outcome.of(ExitCodes.FILES, "iia: " + target.problem());
        }
        try {
            Brief brief = Brief.of(scored.loaded(), scored.score()).withAnnex(annex.value());
            byte[] bytes = switch (format.value()) {
                case json -> ViewTree.json(brief).getBytes(StandardCharsets.UTF_8);
                case html -> HtmlBrief.page(brief, templates.render(brief)).getBytes(StandardCharsets.UTF_8);
                case pdf -> PdfBrief.pdf(brief, templates.render(brief));
                case markdown -> templates.render(brief).getBytes(StandardCharsets.UTF_8);
            };
            if (target.path() == null) {
                return new Outcome(ExitCodes.OK, List.of(), new String(bytes, StandardCharsets.UTF_8), null);
            }
            written.add(AtomicFiles.writeInBatch(target.path(), bytes, force.value()));
            return Outcome.of(ExitCodes.OK, "iia: wrote " + target.path());
        } catch (TemplateException e) {
            return new Outcome(ExitCodes.INVALID, List.of("iia: " + scored.source() + ": no brief written"), null,
                    e.problems().get(0).format());
        } catch (FileAccessException e) {
            return Outcome.of(ExitCodes.FILES, "iia: " + e.getMessage());
        }
    }
}
