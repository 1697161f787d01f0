package dev.iia.cli;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.brief.AssessmentDiff;
import dev.iia.brief.MarkdownTemplates;
import dev.iia.brief.ViewTree;
import dev.iia.io.FileAccessException;
import dev.iia.problem.InvalidInputException;
import dev.iia.rubric.RubricCatalog;
import dev.iia.scoring.Scorer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Show what changed between two assessments of the same rubric: the overall level and verdict, "
                + "the levels and scores of properties, goals and enablers, the answers changed, added or removed, "
                + "the effects on people, the recommendations and everything else. Markdown by default, for pull "
                + "requests. Comments, key order, line wrapping and spelling out the default confidence are no "
                + "change.")
final class DiffCommand implements Callable<Integer>, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The assessment before, e.g. the version in main.")
    Path before;

    @Parameters(index = "1", paramLabel = "B", description = "The assessment after.")
    Path after;

    @Mixin
    FormatOption format;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "the assessments say the same",
                ExitCodes.GATE, "they differ",
                ExitCodes.USAGE, "usage error, or they answer different rubrics",
                ExitCodes.INVALID, "an assessment is invalid (file:line:column)",
                ExitCodes.FILES, "a file cannot be read");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AssessmentLoader loader = new AssessmentLoader(RubricCatalog.shared());
        ExitStatus status = new ExitStatus(err);
        LoadedAssessment a = load(loader, before, status);
        LoadedAssessment b = load(loader, after, status);
        if (a == null || b == null) {
            return status.code();
        }
        if (!a.rubric().equals(b.rubric())) {
            err.println("iia: " + a.source() + " answers the rubric " + a.rubric().reference() + " and " + b.source()
                    + " the rubric " + b.rubric().reference() + "; only assessments of the same rubric can be compared");
            return ExitCodes.USAGE;
        }
        AssessmentDiff diff = AssessmentDiff.of(a, Scorer.score(a.rubric(), a.assessment()), b, Scorer.score(b.rubric(), b.assessment()));
        out.print(format.json() ? ViewTree.json(diff) : MarkdownTemplates.builtIn(MarkdownTemplates.DIFF).render(diff));
        out.flush();
        return diff.equal() ? ExitCodes.OK : ExitCodes.GATE;
    }

    /** One side, or null after reporting why not; both files' problems are reported before exiting. */
    private static LoadedAssessment load(AssessmentLoader loader, Path file, ExitStatus status) {
        try {
            return loader.load(file);
        } catch (InvalidInputException | FileAccessException e) {
            status.report(e);
        }
        return null;
    }
}
