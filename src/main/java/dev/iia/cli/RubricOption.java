package dev.iia.cli;

import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rubric}: a built-in rubric or a rubric file, the built-in iwn when not given. */
final class RubricOption {
    @Option(names = "--rubric", paramLabel = "RUBRIC",
            description = "A built-in rubric (id or id@version) or a rubric file (default: " + RubricCatalog.DEFAULT_ID + ").")
    String named;

    /** Whether the command line named a rubric (a command may accept it only in some cases). */
    boolean isGiven() {
        return named != null;
    }

    /** What the user named, or the default rubric's id. */
    String name() {
        return named != null ? named : RubricCatalog.DEFAULT_ID;
    }

    Rubric resolve() {
        return RubricCommand.resolve(name());
    }

    /** How {@code assessment} names the rubric: its id@version, or a rubric file's path from the assessment's folder. */
    String referenceFrom(Path assessment, Rubric resolved) {
        return RubricCatalog.referenceFor(assessment, name(), resolved);
    }
}
