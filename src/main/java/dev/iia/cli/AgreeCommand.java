package dev.iia.cli;

import dev.iia.brief.MarkdownTemplates;
import dev.iia.brief.ViewTree;
import dev.iia.team.Agreement;
import dev.iia.team.Analyst;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "agree",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Show how far independent assessments of one proposal agree: each analyst's rating and "
                + "confidence side by side, the questions to discuss first (rated two or more steps apart, or as a "
                + "harm by one and a support by another) with each analyst's rationale, the level each analyst's "
                + "answers give, and Krippendorff's alpha for ordinal data per property, per enabler and overall. "
                + "'unclear' and unanswered questions are missing data, never a rating. Analysts are named by "
                + "their file's first author, or by the file's name.")
final class AgreeCommand implements Callable<Integer>, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "The analysts' assessments of the same proposal: files, or folders searched for *.yaml files.")
    List<Path> paths;

    @Mixin
    FormatOption format;

    @Option(names = "--force", description = "Compare files even though they give the proposal different titles.")
    boolean force;

    @Option(names = "--fail-below", paramLabel = "ALPHA",
            description = "Exit with 1 when the overall alpha, to three decimals, is below ALPHA (e.g. 0.667) or cannot be computed.")
    BigDecimal failBelow;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "the comparison was shown",
                ExitCodes.GATE, "--fail-below: alpha is below the figure, or cannot be computed",
                ExitCodes.USAGE, "usage error: fewer than two files, different rubrics, or different proposal titles without --force",
                ExitCodes.INVALID, "an assessment is invalid (file:line:column)",
                ExitCodes.FILES, "a file cannot be read");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (failBelow != null && (failBelow.compareTo(BigDecimal.ONE) > 0 || failBelow.compareTo(BigDecimal.ONE.negate()) < 0)) {
            throw new ParameterException(spec.commandLine(), "--fail-below: " + failBelow.toPlainString()
                    + " is not an alpha; give a figure from -1 to 1, such as 0.667 or 0.8");
        }
        ExitStatus status = new ExitStatus(spec.commandLine().getErr());
        List<Path> files = TeamFiles.expand(paths, status);
        if (status.code() == ExitCodes.OK) {
            TeamFiles.requireTwo(spec, files);
        }
        TeamFiles.Loaded loaded = TeamFiles.load(files, status);
        if (loaded.code() != ExitCodes.OK) {
            return loaded.code();
        }
        TeamFiles.requireSameSubject(spec, loaded.files(), force);
        Agreement agreement = Agreement.of(loaded.files().get(0).rubric(), Analyst.named(loaded.files()));
        out.print(format.json() ? ViewTree.json(agreement) : MarkdownTemplates.builtIn(MarkdownTemplates.AGREE).render(agreement));
        out.flush();
        boolean tripped = failBelow != null && (agreement.alpha() == null || agreement.alpha().compareTo(failBelow) < 0);
        return tripped ? ExitCodes.GATE : ExitCodes.OK;
    }
}
