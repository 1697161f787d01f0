package dev.iia.scoring;

import java.util.List;
import java.util.Locale;

/**
 * The residual impact as plain data for JSON, beside the assessment's own score: the recommendations
 * adopted, the level and verdict with them adopted, and every criterion's and goal's two levels.
 */
public record ResidualReport(List<Integer> adopted, String level, String label, String verdict, List<CriterionLevels> criteria) {

    /**
     * @param kind    property, goal or enabler
     * @param movedBy the adopted recommendations that moved it; empty when nothing did
     */
    public record CriterionLevels(String id, String kind, String level, String label, String inherent, List<Integer> movedBy) {
    }

    public static ResidualReport of(WhatIf whatIf) {
        var rubric = whatIf.residual().rubric();
        return new ResidualReport(whatIf.adopted(), whatIf.residual().level(), Levels.label(rubric, whatIf.residual().level()),
                whatIf.residual().verdict().text(),
                whatIf.rows().stream().map(row -> new CriterionLevels(row.id(), row.kind().name().toLowerCase(Locale.ROOT),
                        row.residualLevel(), Levels.label(rubric, row.residualLevel()), row.inherentLevel(), row.movedBy())).toList());
    }
}
