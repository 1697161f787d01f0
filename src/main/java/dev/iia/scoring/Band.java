package dev.iia.scoring;

import dev.iia.rubric.Numbers;

/** The lowest and highest score still possible once the open questions (unanswered or unclear) are answered. */
public record Band(double low, double high) {
    public boolean settled() {
        return Math.abs(high - low) < 1e-9;
    }

    @Override
    public String toString() {
        return Numbers.signed(low) + ".." + Numbers.signed(high);
    }
}
