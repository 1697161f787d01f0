package dev.iia.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * What one answer adds to its criterion's score: {@code weight × confidenceWeight × value} on top,
 * {@code weight × confidenceWeight} below, in exact decimals. An answer without value (unclear) adds
 * nothing. The methods without {@code exact} in their name give doubles for display.
 */
public record Contribution(String questionId, String impact, @JsonProperty("value") BigDecimal exactValue,
                           @JsonProperty("weight") BigDecimal exactWeight, String confidence,
                           @JsonProperty("confidenceWeight") BigDecimal exactConfidenceWeight) {
    public boolean valued() {
        return exactValue != null;
    }

    public boolean harms() {
        return valued() && exactValue.signum() < 0;
    }

    public boolean supports() {
        return valued() && exactValue.signum() > 0;
    }

    public BigDecimal exactEffectiveWeight() {
        return exactWeight.multiply(exactConfidenceWeight);
    }

    public BigDecimal exactPoints() {
        return valued() ? exactEffectiveWeight().multiply(exactValue) : BigDecimal.ZERO;
    }

    public Double value() {
        return valued() ? exactValue.doubleValue() : null;
    }

    public double weight() {
        return exactWeight.doubleValue();
    }

    public double confidenceWeight() {
        return exactConfidenceWeight.doubleValue();
    }

    public double effectiveWeight() {
        return exactEffectiveWeight().doubleValue();
    }

    public double points() {
        return exactPoints().doubleValue();
    }
}
