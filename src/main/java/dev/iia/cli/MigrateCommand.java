package dev.iia.cli;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.AssessmentFile;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.io.AtomicFiles;
import dev.iia.io.FileIdentities;
import dev.iia.io.SafeFiles;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.scoring.Migration;
import dev.iia.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Move an assessment to another version of its rubric (by default the newest built-in one), "
                + "keeping every answer that still applies, and print a report: answers carried over, renamed, "
                + "dropped (with their text), questions now unanswered or to answer again, and each level and "
                + "the verdict before and after. Without -o or --in-place nothing is written. Dropped answers "
                + "stay in the original file: -o leaves it as it is, --in-place keeps it as FILE.orig.")
final class MigrateCommand implements Callable<Integer>, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "migrated, or already on that version",
                ExitCodes.USAGE, "usage error, or --to names another rubric",
                ExitCodes.INVALID, "the assessment or the target rubric is invalid",
                ExitCodes.FILES, "a file cannot be read or written, or OUT or FILE.orig exists (use --force)");
    }

    @Parameters(paramLabel = "FILE", description = "The assessment to migrate.")
    Path file;

    @Option(names = "--to", paramLabel = "RUBRIC",
            description = "The version to move to: id@version of a built-in rubric, or a rubric file "
                    + "(default: the newest version of the assessment's built-in rubric).")
    String to;

    @ArgGroup(exclusive = true)
    Output output;

    static final class Output {
        @Option(names = {"-o", "--output"}, paramLabel = "OUT",
                description = "Write the migrated assessment to OUT (- for standard output, the report then goes to standard error).")
        Path out;

        @Option(names = "--in-place", description = "Replace FILE, keeping the original as FILE.orig.")
        boolean inPlace;
    }

    /** Lets -o replace OUT, and --in-place replace FILE.orig. */
    @Mixin
    ForceOption force;

    @Override
    public Integer call() {
        LoadedAssessment loaded = new AssessmentLoader(RubricCatalog.shared()).load(file);
        Rubric from = loaded.rubric();
        Rubric target = target(from, loaded.assessment().rubric());
        if (!target.id().equals(from.id())) {
            throw new ParameterException(spec.commandLine(), "--to: " + target.reference() + " is another rubric than "
                    + from.reference() + "; migrate moves an assessment between versions of one rubric");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (target.reference().equals(from.reference())) {
            out.println(loaded.source() + " already answers " + from.reference() + "; nothing to migrate");
            return ExitCodes.OK;
        }
        String reference = to == null ? target.reference() : RubricCatalog.referenceFor(writtenTo(), to, target);
        Migration migration = Migration.of(from, target, loaded.assessment(), reference);
        byte[] original = SafeFiles.read(file, file.toString(), YamlReader.MAX_FILE_BYTES);
        byte[] yaml = AssessmentFile.migrated(original, migration.after(), NewCommand.schemaFileName(target));
        PrintWriter report = output != null && "-".equals(String.valueOf(output.out)) ? spec.commandLine().getErr() : out;
        report.print(migration.report(loaded.source()));
        report.flush();
        if (output == null) {
            report.println("\nNothing written: write it with -o OUT or --in-place.");
        } else if (output.inPlace) {
            Path real = SafeFiles.realFile(file);
            Path kept = real.resolveSibling(real.getFileName() + ".orig");
            AtomicFiles.write(kept, original, force.given());
            AtomicFiles.write(real, yaml, true);
            report.println("\nWrote " + file + "; the original is in " + kept + ".");
        } else if ("-".equals(output.out.toString())) {
            out.print(new String(yaml, java.nio.charset.StandardCharsets.UTF_8));
        } else {
            FileIdentities.of(List.of(file)).refuseAsOutput(output.out);
            AtomicFiles.write(output.out, yaml, force.given());
            report.println("\nWrote " + output.out + "; " + file + " is unchanged.");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Rubric target(Rubric from, String fromReference) {
        if (to != null) {
            return RubricCommand.resolve(to);
        }
        if (RubricCatalog.isPath(fromReference) || RubricCatalog.versions(from.id()).isEmpty()) {
            throw new ParameterException(spec.commandLine(), file + " answers the rubric file " + fromReference
                    + "; give the version to move to with --to RUBRIC-FILE");
        }
        return RubricCatalog.shared().builtIn(from.id());
    }

    /** Where the migrated file will live, so that a rubric file is named relative to it. */
    private Path writtenTo() {
        return output == null || output.inPlace || "-".equals(output.out.toString()) ? file : output.out;
    }
}
