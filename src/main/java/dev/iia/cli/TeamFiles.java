package dev.iia.cli;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.io.FileAccessException;
import dev.iia.problem.InvalidInputException;
import dev.iia.rubric.RubricCatalog;
import java.io.PrintWriter;
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

    static Loaded load(List<Path> paths, PrintWriter err) {
        AssessmentLoader loader = new AssessmentLoader(RubricCatalog.shared());
        List<LoadedAssessment> files = new ArrayList<>();
        ExitStatus status = new ExitStatus(err);
        for (Path path : paths) {
            try {
                files.add(loader.load(path));
            } catch (InvalidInputException | FileAccessException e) {
                status.report(e);
            }
        }
        return new Loaded(files, status.code());
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
