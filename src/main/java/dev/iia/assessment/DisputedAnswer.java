package dev.iia.assessment;

import java.util.List;

/**
 * One analyst's answer to a question the team has not agreed on ({@code disputed:} in a merged
 * assessment, docs/team.md): kept whole, so that no rating or rationale is lost while the team decides.
 */
public record DisputedAnswer(String analyst, String impact, String confidence, String rationale, List<Evidence> evidence) {
    public DisputedAnswer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
