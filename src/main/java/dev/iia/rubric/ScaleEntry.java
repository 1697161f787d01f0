package dev.iia.rubric;

/** One possible answer. Without a value (like "unclear") it counts as answered but stays out of the score. */
public record ScaleEntry(String key, String label, Double value, String description) {
    public boolean valued() {
        return value != null;
    }
}
