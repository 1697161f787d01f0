package dev.iia.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How answers become a criterion's level, enablers a goal's, and all of them the overall level
 * (docs/scoring.md). The weighted mean is computed either way: it ranks and draws the bars.
 */
public enum Aggregation {
    /** The level of the weighted mean, with the severe-harm cap: iwn 1.0 and rubrics that name no rule. */
    @JsonProperty("mean")
    MEAN("mean", "the level of the weighted mean of the answers"),
    /** Harm first: the worst credible harm decides; "no impact" never dilutes it, support never offsets it. */
    @JsonProperty("worst-harm")
    WORST_HARM("worst-harm", "harm first: the worst credible harm sets the level; no-impact answers never dilute it"
            + " and support never offsets it");

    private final String key;
    private final String description;

    Aggregation(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name used in rubric files: {@code mean} or {@code worst-harm}. */
    public String key() {
        return key;
    }

    /** One line for a brief's methodology. */
    public String description() {
        return description;
    }
}
