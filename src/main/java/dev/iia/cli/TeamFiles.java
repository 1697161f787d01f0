package dev.iia.cli;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.io.FileAccessException;
import dev.iia.io.InputFiles;
import dev.iia.problem.InvalidInputException;
import dev.iia.rubric.RubricCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The analysts' files that {@code iia agree} and {@code iia merge} take: every file's problems are
 * reported before exiting, and all must answer one rubric about one proposal.
 */
final class TeamFiles {
    private TeamFiles() {
    }

    /** The files loaded, or an exit code (3 or 4) after their problems were reported. */
    record Loaded(List<LoadedAssessment> files, int code) {
    }

    /** The files named, and the YAML files in the folders named (as {@code iia score} finds them). */
    static List<Path> expand(List<Path> paths, ExitStatus status) {
        return InputFiles.expand(paths, status::report);
    }

    static Loaded load(List<Path> paths, ExitStatus status) {
        AssessmentLoader loader = new AssessmentLoader(RubricCatalog.shared());
        List<LoadedAssessment> files = new ArrayList<>();
        for (Path path : paths) {
            try {
                files.add(loader.load(path));
            } catch (InvalidInputException | FileAccessException e) {
                status.report(e);
            }
        }
        return new Loaded(files, status.code());
    }

    /** A usage error unless there are two assessments or more to compare or merge. */
    static void requireTwo(CommandSpec spec, List<Path> files) {
        if (files.size() < 2) {
            throw new ParameterException(spec.commandLine(), "a team's work needs two assessments or more, but "
                    + (files.isEmpty() ? "none was found" : "only " + files.get(0) + " was found"));
        }
    }

    /**
     * A usage error unless every file answers the first one's rubric and, unless {@code force}, is
     * about a proposal of the same title (compared ignoring case and surrounding spaces).
     */
    static void requireSameSubject(CommandSpec spec, List<LoadedAssessment> files, boolean force) {
        LoadedAssessment first = files.get(0);
        for (LoadedAssessment other : files.subList(1, files.size())) {
            if (!other.rubric().reference().equals(first.rubric().reference())) {
                throw new ParameterException(spec.commandLine(), first.source() + " answers the rubric "
                        + first.rubric().reference() + " and " + other.source() + " the rubric " + other.rubric().reference()
                        + "; a team's files must answer the same rubric");
            }
            if (!force && !title(other).equals(title(first))) {
                throw new ParameterException(spec.commandLine(), first.source() + " and " + other.source()
                        + " give the proposal different titles; use --force if they assess the same proposal");
            }
        }
    }

    private static String title(LoadedAssessment file) {
        return file.assessment().proposal().title().strip().toLowerCase(Locale.ROOT);
    }
}
