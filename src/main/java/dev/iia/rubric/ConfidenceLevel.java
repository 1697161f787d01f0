package dev.iia.rubric;

/** How sure the analyst is of an answer, and the weight that gives the answer. */
public record ConfidenceLevel(String key, String label, double weight) {
}
