package dev.iia.cli;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.io.FileAccessException;
import dev.iia.io.InputFiles;
import dev.iia.problem.InvalidInputException;
import dev.iia.rubric.RubricCatalog;
import dev.iia.rubric.RubricLoader;
import dev.iia.yaml.YamlDocument;
import dev.iia.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code iia validate}, declared with picocli's programmatic API (see {@link Declarations}). */
final class ValidateCommand implements Callable<Integer>, ExitCodes.Documented {
    private CommandSpec spec;
    private final Parsed<List<Path>> paths = new Parsed<>(null);
    private final Parsed<Boolean> quiet = new Parsed<>(false);

    static CommandSpec declaration() {
        return new ValidateCommand().declare();
    }

    private CommandSpec declare() {
        spec = Declarations.command(this, "validate", "Check rubrics and assessments: files, and folders searched for *.yaml "
                + "and *.yml files. Every problem of every file is listed as file:line:column: message. A file with "
                + "'sections' and no 'proposal' is checked as a rubric, any other as an assessment.");
        spec.addPositional(Declarations.paths("PATH", "Rubric or assessment files, or folders.", paths));
        spec.addOption(Declarations.flag(quiet, "Print only problems, not a line per valid file.",
                "-q", "--quiet"));
        Declarations.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "every file is valid",
                ExitCodes.INVALID, "a file is invalid",
                ExitCodes.FILES, "a file or folder cannot be read");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExitStatus status = new ExitStatus(err);
        List<Path> files = InputFiles.expand(paths.value(), status::report);
        AssessmentLoader assessments = new AssessmentLoader(RubricCatalog.shared());
        int valid = 0;
        for (Path file : files) {
            try {
                YamlDocument document = YamlReader.read(file);
                String kind;
                if (AssessmentLoader.isRubric(document)) {
                    RubricLoader.load(document);
                    kind = "rubric";
                } else {
                    assessments.load(document, file);
                    kind = "assessment";
                }
                valid++;
                if (!quiet.value()) {
                    out.println(file + ": ok (" + kind + ")");
                }
            } catch (InvalidInputException | FileAccessException e) {
                status.report(e);
            }
        }
        if (!quiet.value() && files.size() > 1) {
            out.println(valid + " of " + files.size() + " files valid");
        }
        out.flush();
        return status.code();
    }
}
