package dev.iia.rubric;

/**
 * Positives elsewhere never hide a severe harm: a criterion with an answer of {@code impact}, given
 * with at least {@code minConfidence}, is at best at level {@code cap}.
 */
public record SevereHarmRule(String impact, String minConfidence, String cap) {
}
