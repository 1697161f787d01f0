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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check rubrics and assessments: files, and folders searched for *.yaml and *.yml files. "
                + "Every problem of every file is listed as file:line:column: message. A file with 'sections'"
                + " and no 'proposal' is checked as a rubric, any other as an assessment.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "2:usage error", "3:a file is invalid", "4:a file or folder cannot be read"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Rubric or assessment files, or folders.")
    List<Path> paths;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, not a line per valid file.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] code = {ExitCodes.OK};
        List<Path> files = InputFiles.expand(paths, problem -> {
            err.println("iia: " + problem.getMessage());
            code[0] = ExitCodes.FILES;
        });
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
                if (!quiet) {
                    out.println(file + ": ok (" + kind + ")");
                }
            } catch (InvalidInputException | FileAccessException e) {
                code[0] = Math.max(code[0], ErrorHandler.report(e, err));
            }
        }
        if (!quiet && files.size() > 1) {
            out.println(valid + " of " + files.size() + " files valid");
        }
        out.flush();
        return code[0];
    }
}
