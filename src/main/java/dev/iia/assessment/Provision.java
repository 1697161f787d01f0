package dev.iia.assessment;

import java.util.List;

/**
 * One article or section of the proposal, analysed on its own as ISOC's guide advises: what it
 * does, the criteria (properties and enablers) it touches, and why.
 */
public record Provision(String provision, String summary, List<String> criteria, String rationale) {
    public Provision {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
