package dev.iia.cli;

import dev.iia.assessment.AssessmentSchema;
import dev.iia.assessment.BlankAssessment;
import dev.iia.io.AtomicFiles;
import dev.iia.io.FileIdentities;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Write a blank assessment to fill in with a text editor: every question of the rubric as "
                + "comments, with its help, examples and the answer keys. Beside it goes the rubric's JSON Schema "
                + "(when not there yet), named on the file's first line so that editors complete and check the "
                + "answers.")
final class NewCommand implements Callable<Integer>, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The assessment to write, e.g. my-proposal.yaml.")
    Path file;

    @Mixin
    RubricOption rubric;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The proposal's title; without it, fill in 'title:' before the file is valid.")
    String title;

    @Option(names = "--quick", description = "Only the questions on the critical properties.")
    boolean quick;

    @Mixin
    ForceOption force;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "written",
                ExitCodes.INVALID, "the rubric cannot be found or is invalid",
                ExitCodes.FILES, "FILE exists (use --force) or cannot be written");
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Rubric resolved = rubric.resolve();
        String reference = rubric.referenceFrom(file, resolved);
        String schemaName = schemaFileName(resolved);
        String text = BlankAssessment.text(resolved,
                new BlankAssessment.Options(reference, schemaName, title, quick, LocalDate.now().toString()));
        if (RubricCatalog.isPath(rubric.name())) {
            FileIdentities.of(java.util.List.of(Path.of(rubric.name()))).refuseAsOutput(file);
        }
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8), force.given());
        int questions = (quick ? resolved.properties() : resolved.criteria()).stream().mapToInt(c -> c.questions().size()).sum();
        err.println("iia: wrote " + file + " (" + questions + " questions to answer, in any order)");
        EditorSchema.writeBeside(file, schemaName, AssessmentSchema.forRubric(resolved).node(), err);
        if (title == null) {
            String iia = Invocation.command(((IiaCommand) spec.root().userObject()).environment());
            err.println("iia: next, fill in the proposal's title in " + file + "; then check it with: " + iia + " validate "
                    + Invocation.shellWord(file.toString()));
        }
        return ExitCodes.OK;
    }

    /** {@code iwn-1.0.assessment.schema.json}: one schema file per rubric version, shared by a folder of assessments. */
    static String schemaFileName(Rubric rubric) {
        return (rubric.id() + "-" + rubric.version()).replaceAll("[^A-Za-z0-9._-]", "-") + ".assessment.schema.json";
    }
}
