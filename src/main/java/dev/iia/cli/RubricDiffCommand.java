package dev.iia.cli;

import dev.iia.rubric.RubricDiff;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed between two rubrics, usually two versions of one: questions added, removed, "
                + "renamed and reworded, and changed weights, thresholds, confidence weights and aggregation. Markdown.")
final class RubricDiffCommand implements Callable<Integer>, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "the rubrics are the same",
                ExitCodes.GATE, "they differ",
                ExitCodes.INVALID, "a rubric is invalid or unknown",
                ExitCodes.FILES, "a rubric file cannot be read");
    }

    @Parameters(index = "0", paramLabel = "A", description = "The rubric before: id@version or a rubric file.")
    String before;

    @Parameters(index = "1", paramLabel = "B", description = "The rubric after.")
    String after;

    @Override
    public Integer call() {
        RubricDiff diff = RubricDiff.of(RubricCommand.resolve(before), RubricCommand.resolve(after));
        spec.commandLine().getOut().print(diff.markdown());
        spec.commandLine().getOut().flush();
        return diff.same() ? ExitCodes.OK : ExitCodes.GATE;
    }
}
