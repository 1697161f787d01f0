package dev.iia.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** How sure the analyst is of an answer, and the exact weight that gives the answer ({@link #weight()} for display). */
public record ConfidenceLevel(String key, String label, @JsonProperty("weight") BigDecimal exactWeight) {
    public double weight() {
        return exactWeight.doubleValue();
    }
}
