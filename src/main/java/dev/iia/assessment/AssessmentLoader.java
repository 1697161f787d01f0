package dev.iia.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iia.problem.InvalidInputException;
import dev.iia.io.Printable;
import dev.iia.problem.Problem;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.rubric.RubricReferenceException;
import dev.iia.yaml.Mappers;
import dev.iia.yaml.YamlDocument;
import dev.iia.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads an assessment: YAML, then its rubric, then the schema made for that rubric (which knows the
 * question ids and scale keys), then the records. All problems of a file are reported together.
 * A file {@link AssessmentBinder} binds is one that schema accepts: it is neither checked nor bound again.
 */
public final class AssessmentLoader {
    private final RubricCatalog catalog;

    public AssessmentLoader(RubricCatalog catalog) {
        this.catalog = catalog;
    }

    public LoadedAssessment load(Path file) {
        return load(YamlReader.read(file), file);
    }

    public LoadedAssessment load(YamlDocument document, Path file) {
        if (isRubric(document)) {
            throw new InvalidInputException(document.problemAt("",
                    "this is a rubric, not an assessment; check it with 'iia rubric lint'"));
        }
        if (!document.root().isObject()) {
            throw new InvalidInputException(AssessmentSchema.generic().validate(document));
        }
        if (!AssessmentBinder.hasAssessmentKey(document.root()) && !AssessmentSchema.generic().shapedLike(document)) {
            throw new InvalidInputException(document.problemAt("", "this is not an iia assessment: it has none of the keys "
                    + String.join(", ", AssessmentSchema.generic().topLevelKeys()) + " (its content is not shown)"));
        }
        JsonNode reference = document.root().path("rubric");
        if (!reference.isTextual() || reference.asText().isBlank()) {
            throw invalid(document, document.problemAt("/rubric", "'rubric' must name a rubric, e.g. "
                    + RubricCatalog.DEFAULT_ID + " or the path of a rubric file"));
        }
        Rubric rubric;
        try {
            rubric = rubricOf(reference.asText().strip(), file);
        } catch (RubricReferenceException e) {
            throw invalid(document, document.problemAt("/rubric", e.getMessage()));
        } catch (InvalidInputException e) {
            List<Problem> problems = new ArrayList<>();
            problems.add(document.problemAt("/rubric", "the rubric '" + Printable.quote(reference.asText().strip())
                    + "' is invalid; its problems follow"));
            problems.addAll(e.problems());
            throw new InvalidInputException(problems);
        }
        Optional<Assessment> plain = AssessmentBinder.bind(document.root(), rubric);
        if (plain.isPresent()) {
            return new LoadedAssessment(document.source(), file, rubric, plain.get());
        }
        List<Problem> problems = AssessmentSchema.forRubric(rubric).validate(document);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LoadedAssessment(document.source(), file, rubric, Mappers.bind(document, Assessment.class));
    }

    /** A document is a rubric when it has sections and no proposal: then it is checked as one. */
    public static boolean isRubric(YamlDocument document) {
        JsonNode root = document.root();
        return root.isObject() && root.has("sections") && !root.has("proposal") && !root.has("answers");
    }

    /** The generic schema's problems plus the rubric reference's own, unless the schema already said it. */
    private static InvalidInputException invalid(YamlDocument document, Problem rubricProblem) {
        List<Problem> problems = new ArrayList<>(AssessmentSchema.generic().validate(document));
        boolean rubricReported = problems.stream().anyMatch(p -> p.message().contains("'rubric'"));
        if (!rubricReported) {
            problems.add(rubricProblem);
        }
        problems.sort(Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
        return new InvalidInputException(problems);
    }

    private Rubric rubricOf(String name, Path file) {
        Path base = file.toAbsolutePath().getParent();
        if (RubricCatalog.isPath(name) && base.resolve(name).normalize().equals(file.toAbsolutePath().normalize())) {
            throw new RubricReferenceException("'rubric' names this assessment itself; name a rubric file or a built-in rubric such as "
                    + RubricCatalog.DEFAULT_ID);
        }
        return catalog.resolve(name, base);
    }
}
