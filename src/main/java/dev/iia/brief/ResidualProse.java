package dev.iia.brief;

import dev.iia.assessment.Assessment;
import dev.iia.rubric.Rubric;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.Levels;
import dev.iia.scoring.ScoreRow;
import dev.iia.scoring.Verdict;
import dev.iia.scoring.WhatIf;
import java.util.ArrayList;
import java.util.List;

/** The residual impact in words: what adopting the recommendations would restore. */
final class ResidualProse {
    private ResidualProse() {
    }

    /** What a verdict counts: critical properties undermined of all, goals harmed of all. */
    record Tally(int properties, int undermined, int goals, int harmed) {
        static Tally of(Verdict verdict) {
            return new Tally(verdict.properties(), verdict.undermined(), verdict.goals(), verdict.harmed());
        }
    }

    /** The view, or null when no recommendation says which answers it would change; {@code score} is the assessment's as written. */
    static ResidualView of(Rubric rubric, Assessment assessment, AssessmentScore score) {
        List<Integer> adopted = WhatIf.changing(assessment);
        if (adopted.isEmpty()) {
            return null;
        }
        WhatIf all = WhatIf.of(rubric, assessment, score, adopted);
        AssessmentScore residual = all.residual();
        List<ResidualView.Effect> effects = new ArrayList<>();
        for (Integer number : adopted) {
            effects.add(new ResidualView.Effect(number, restores(WhatIf.of(rubric, assessment, score, List.of(number)))));
        }
        List<ResidualView.Row> criteria = new ArrayList<>();
        for (WhatIf.Row row : all.rows()) {
            criteria.add(row(rubric, row));
        }
        return new ResidualView(adopted, residual.level(), Levels.label(rubric, residual.level()), residual.verdict().text(),
                summary(adopted, Tally.of(all.inherent().verdict()), Tally.of(residual.verdict())), effects, criteria);
    }

    private static ResidualView.Row row(Rubric rubric, WhatIf.Row row) {
        return new ResidualView.Row(row.id(), Markdown.oneLine(row.title()), kind(row.kind()),
                Levels.label(rubric, row.inherentLevel()), Levels.label(rubric, row.residualLevel()), row.residualLevel(),
                String.join(", ", numerals(row.movedBy())));
    }

    private static List<String> numerals(List<Integer> numbers) {
        List<String> numerals = new ArrayList<>(numbers.size());
        for (Integer number : numbers) {
            numerals.add(String.valueOf(number));
        }
        return numerals;
    }

    /**
     * {@code Adopting recommendations 1 and 2 would leave 0 of 5 critical properties undermined, instead
     * of 3, and 1 of 4 goals harmed, as now.}
     */
    static String summary(List<Integer> adopted, Tally inherent, Tally residual) {
        String which = adopted.size() == 1 ? "recommendation " + adopted.get(0)
                : "recommendations " + Prose.join(numerals(adopted));
        List<String> parts = new ArrayList<>();
        if (residual.properties() > 0) {
            parts.add(residual.undermined() + " of " + residual.properties() + " critical "
                    + (residual.properties() == 1 ? "property" : "properties") + " undermined" + instead(inherent.undermined(), residual.undermined()));
        }
        if (residual.goals() > 0) {
            parts.add(residual.harmed() + " of " + residual.goals() + " " + (residual.goals() == 1 ? "goal" : "goals") + " harmed"
                    + instead(inherent.harmed(), residual.harmed()));
        }
        return "Adopting " + which + " would leave " + String.join(", and ", parts) + ".";
    }

    private static String instead(int inherent, int residual) {
        return inherent == residual ? ", as now" : ", instead of " + inherent;
    }

    /** What one recommendation adopted alone would restore: properties no longer undermined, goals no longer harmed. */
    static String restores(WhatIf whatIf) {
        Rubric rubric = whatIf.inherent().rubric();
        List<String> properties = new ArrayList<>();
        List<String> goals = new ArrayList<>();
        int moved = 0;
        for (WhatIf.Row row : whatIf.rows()) {
            if (row.moved()) {
                moved++;
            }
            if (harmful(rubric, row.inherentLevel()) && !harmful(rubric, row.residualLevel())) {
                if (row.kind() == ScoreRow.Kind.PROPERTY) {
                    properties.add(Prose.inSentence(Markdown.oneLine(row.title())));
                } else if (row.kind() == ScoreRow.Kind.GOAL) {
                    goals.add(Markdown.oneLine(row.title()));
                }
            }
        }
        if (properties.isEmpty() && goals.isEmpty()) {
            return moved == 0 ? "On its own it would change no level or score."
                    : "On its own it would restore no critical property or goal, but it would move " + Prose.count(moved)
                            + (moved == 1 ? " level or score" : " levels or scores") + ".";
        }
        String propertiesText = properties.isEmpty() ? ""
                : (properties.size() == 1 ? "the critical property " : "the critical properties ") + Prose.join(properties);
        String goalsText = goals.isEmpty() ? "" : (goals.size() == 1 ? "the goal " : "the goals ") + Prose.join(goals);
        if (propertiesText.isEmpty() || goalsText.isEmpty()) {
            return "On its own it would restore " + propertiesText + goalsText + ".";
        }
        return "On its own it would restore " + propertiesText + ". It would also restore " + goalsText + ".";
    }

    private static boolean harmful(Rubric rubric, String level) {
        return Levels.direction(rubric, level) < 0;
    }

    private static String kind(ScoreRow.Kind kind) {
        return switch (kind) {
            case PROPERTY -> "critical property";
            case GOAL -> "goal";
            case ENABLER -> "enabler";
        };
    }
}
