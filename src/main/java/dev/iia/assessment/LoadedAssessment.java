package dev.iia.assessment;

import dev.iia.rubric.Rubric;
import java.nio.file.Path;

/** A valid assessment read from {@code file} (shown to users as {@code source}) with its rubric. */
public record LoadedAssessment(String source, Path file, Rubric rubric, Assessment assessment) {
}
