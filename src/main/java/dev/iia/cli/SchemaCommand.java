package dev.iia.cli;

import dev.iia.assessment.AssessmentSchema;
import dev.iia.rubric.RubricLoader;
import dev.iia.yaml.Mappers;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "schema",
        mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of rubric or assessment files, for editors (YAML language server). "
                + "The assessment schema is made for a rubric (default: the built-in iwn): it lists the "
                + "question ids, criterion ids and answer keys, so editors complete and check them.")
final class SchemaCommand implements Callable<Integer>, ExitCodes.Documented {
    enum Kind { rubric, assessment }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "rubric or assessment.")
    Kind kind;

    /** For the assessment schema. */
    @Mixin
    RubricOption rubric;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "printed",
                ExitCodes.INVALID, "--rubric names no built-in rubric or rubric file, or an invalid one",
                ExitCodes.FILES, "the rubric file cannot be read");
    }

    @Override
    public Integer call() throws Exception {
        var schema = switch (kind) {
            case rubric -> RubricLoader.schema().node();
            case assessment -> AssessmentSchema.forRubric(rubric.resolve()).node();
        };
        spec.commandLine().getOut().println(Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(schema));
        return ExitCodes.OK;
    }
}
