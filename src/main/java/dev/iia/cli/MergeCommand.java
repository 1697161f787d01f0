package dev.iia.cli;

import dev.iia.assessment.AssessmentWriter;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.io.FileAccessException;
import dev.iia.rubric.RubricCatalog;
import dev.iia.team.Agreement;
import dev.iia.team.Analyst;
import dev.iia.team.Merge;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Join a team's assessments of one proposal into one: split work (each analyst a share of the "
                + "criteria, see 'iia assess --only') and independent work alike. Where the analysts who answered a "
                + "question rate it alike, that is the answer, at the lowest confidence given, with every rationale "
                + "(each attributed) and all the evidence. Where they differ, the question is disputed: every "
                + "analyst's answer is kept in the file and the question stays open until 'iia assess OUT' asks the "
                + "team for its answer. Authors are joined, and the file records who answered which criteria and "
                + "how far they agreed before the team's review.")
final class MergeCommand implements Callable<Integer>, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "The analysts' assessments of the same proposal: files, or folders searched for *.yaml files.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The merged assessment to write.")
    Path output;

    @Option(names = "--force", description = "Replace OUT if it exists; merge files that give the proposal different titles.")
    boolean force;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "merged",
                ExitCodes.USAGE, "usage error: fewer than two files, different rubrics, or different proposal titles without --force",
                ExitCodes.INVALID, "an assessment is invalid (file:line:column)",
                ExitCodes.FILES, "a file cannot be read, OUT exists without --force, or OUT is one of the files merged");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExitStatus status = new ExitStatus(err);
        List<Path> files = TeamFiles.expand(paths, status);
        if (status.code() == ExitCodes.OK) {
            TeamFiles.requireTwo(spec, files);
        }
        refuseInputAsOutput(files);
        TeamFiles.Loaded loaded = TeamFiles.load(files, status);
        if (loaded.code() != ExitCodes.OK) {
            return loaded.code();
        }
        TeamFiles.requireSameSubject(spec, loaded.files(), force);
        LoadedAssessment first = loaded.files().get(0);
        Merge.Result merged = Merge.of(first.rubric(), rubricReference(first), Analyst.named(loaded.files()));
        AssessmentWriter.save(output, merged.assessment(), force);
        merged.notes().forEach(note -> err.println("iia: " + note));
        err.flush();
        out.println(summary(merged, files.size(), ((IiaCommand) spec.root().userObject()).environment()));
        out.flush();
        return ExitCodes.OK;
    }

    private void refuseInputAsOutput(List<Path> files) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        for (Path file : files) {
            boolean same = file.toAbsolutePath().normalize().equals(target)
                    || Files.exists(output) && Files.exists(file) && Files.isSameFile(file, output);
            if (same) {
                throw new FileAccessException(output + ": is one of the files merged; write the merged assessment to another file");
            }
        }
    }

    /** The first file's rubric, named so that it still resolves from where the merged file is written. */
    private String rubricReference(LoadedAssessment first) {
        String given = first.assessment().rubric().strip();
        if (!RubricCatalog.isPath(given)) {
            return given;
        }
        Path rubricFile = first.file().toAbsolutePath().getParent().resolve(given);
        return RubricCatalog.referenceFor(output, rubricFile.toString(), first.rubric());
    }

    private String summary(Merge.Result merged, int files, Map<String, String> environment) {
        StringBuilder text = new StringBuilder("Merged " + files + " assessments into " + output + ": "
                + count(merged.agreed().size(), "question") + " answered alike, " + merged.single().size()
                + " by one analyst, " + merged.disputed().size() + " disputed.");
        Agreement agreement = merged.agreement();
        text.append(" Agreement before review: Krippendorff's alpha ").append(agreement.alphaText()).append(" (")
                .append(agreement.reading()).append(").");
        if (!merged.disputed().isEmpty()) {
            text.append("\nResolve the disputed questions together: ").append(Invocation.command(environment)).append(" assess ")
                    .append(Invocation.shellWord(output.toString()));
        }
        return text.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
