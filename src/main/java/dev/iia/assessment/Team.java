package dev.iia.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who assessed together ({@code team:} in a merged assessment, docs/team.md): each analyst and the
 * criteria they answered, and how far they agreed before the team's review.
 *
 * @param alpha Krippendorff's alpha for ordinal data over the analysts' own answers, to three
 *              decimals; null when it could not be computed (for example, when the work was split
 *              and no question was answered twice)
 */
public record Team(List<Member> analysts, BigDecimal alpha) {
    public Team {
        analysts = analysts == null ? List.of() : List.copyOf(analysts);
    }

    /** An analyst and the criterion ids they answered, in rubric order. */
    public record Member(String name, List<String> criteria) {
        public Member {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }
}
