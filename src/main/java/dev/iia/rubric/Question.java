package dev.iia.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One question on a criterion; its answers are keyed by {@code id} in assessments. The weight is exact, 1 when not given. */
public record Question(String id, String text, String help, Examples examples, @JsonProperty("weight") BigDecimal exactWeight) {
    public BigDecimal exactEffectiveWeight() {
        return exactWeight == null ? BigDecimal.ONE : exactWeight;
    }

    /** The weight as a double, for display. */
    public double effectiveWeight() {
        return exactEffectiveWeight().doubleValue();
    }
}
