package dev.iia.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One possible answer. Without a value (like "unclear") it counts as answered but stays out of the
 * score. The value is exact; {@link #value()} is its double for display.
 */
public record ScaleEntry(String key, String label, @JsonProperty("value") BigDecimal exactValue, String description) {
    public boolean valued() {
        return exactValue != null;
    }

    public Double value() {
        return exactValue == null ? null : exactValue.doubleValue();
    }
}
