package dev.iia.assessment;

import java.util.List;

/** The answer to one question: a scale key, how sure, why, and the evidence. */
public record Answer(String impact, String confidence, String rationale, List<Evidence> evidence) {
    public Answer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
