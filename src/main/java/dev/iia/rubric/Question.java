package dev.iia.rubric;

/** One question on a criterion; its answers are keyed by {@code id} in assessments. */
public record Question(String id, String text, String help, Examples examples, Double weight) {
    public double effectiveWeight() {
        return weight == null ? 1.0 : weight;
    }
}
