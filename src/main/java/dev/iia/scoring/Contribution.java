package dev.iia.scoring;

/**
 * What one answer adds to its criterion's score: {@code weight × confidenceWeight × value} on top,
 * {@code weight × confidenceWeight} below. An answer without value (unclear) adds nothing.
 */
public record Contribution(String questionId, String impact, Double value, double weight, String confidence,
                           double confidenceWeight) {
    public boolean valued() {
        return value != null;
    }

    public double effectiveWeight() {
        return weight * confidenceWeight;
    }

    public double points() {
        return valued() ? effectiveWeight() * value : 0;
    }
}
