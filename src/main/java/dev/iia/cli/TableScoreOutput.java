package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.interview.Line;
import dev.iia.interview.Table;
import dev.iia.interview.Tone;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Rubric;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.GoalScore;
import dev.iia.scoring.Levels;
import dev.iia.scoring.ScoreRow;
import dev.iia.scoring.WhatIf;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Help.Ansi;

/** A table for people: one row per file, level words in colour; with --explain, each criterion and its trace. */
final class TableScoreOutput implements ScoreOutput {
    private final PrintWriter out;
    private final Ansi ansi;
    private final boolean explain;
    private final boolean whatIf;
    private final List<Adopted> adopted = new ArrayList<>();
    private final Table table = new Table().headings("FILE", "LEVEL", "SCORE", "BAND", "ANSWERED", "UNDERMINED", "HARMED");
    private final List<Batch.Scored> explained = new ArrayList<>();
    /** How many files got each level word or status, with where that word sorts (the rubric's level order). */
    private final Map<String, Count> counts = new LinkedHashMap<>();

    private record Count(int rank, int files) {
        Count plusOne() {
            return new Count(rank, files + 1);
        }
    }

    TableScoreOutput(PrintWriter out, Ansi ansi, boolean explain, boolean whatIf) {
        this.out = out;
        this.ansi = ansi;
        this.explain = explain;
        this.whatIf = whatIf;
    }

    @Override
    public void write(Batch.Result result, Optional<WhatIf> residual) {
        if (result instanceof Batch.Scored scored) {
            AssessmentScore score = scored.score();
            var rubric = score.rubric();
            String label = Levels.label(rubric, score.level());
            counts.merge(label.toLowerCase(Locale.ROOT), new Count(Levels.rank(rubric, score.level()), 1), (a, b) -> a.plusOne());
            table.row(List.of(plain(scored.source()), new Line.Span(label, Tone.of(rubric, score.level())),
                    plain(signed(score.score())), plain(score.band().toString()), plain(score.answered() + "/" + score.total()),
                    plain(score.verdict().undermined() + "/" + score.verdict().properties()),
                    plain(score.verdict().harmed() + "/" + score.verdict().goals())));
            if (explain) {
                explained.add(scored);
            }
            if (whatIf) {
                adopted.add(new Adopted(scored, residual));
            }
        } else {
            String status = result.status();
            counts.merge(status, new Count(Integer.MAX_VALUE, 1), (a, b) -> a.plusOne());
            table.row(List.of(plain(result.source()), new Line.Span(status, Tone.MUTED)));
        }
    }

    @Override
    public void finish(ScoreTally tally) {
        print(table, "");
        if (tally.files > 1) {
            List<String> parts = new ArrayList<>();
            counts.entrySet().stream().sorted(Comparator.comparingInt(entry -> entry.getValue().rank()))
                    .forEach(entry -> parts.add(entry.getValue().files() + " " + entry.getKey()));
            out.println();
            out.println(tally.files + " files: " + String.join(", ", parts));
        }
        explained.forEach(this::explain);
        adopted.forEach(this::whatIf);
    }

    private void whatIf(Adopted adopted) {
        Batch.Scored scored = adopted.scored();
        out.println();
        out.println(Styles.bold(ansi, scored.source() + ": what if the recommendations were adopted"));
        if (adopted.whatIf().isEmpty()) {
            out.println("  No recommendation says which answers it would change.");
            return;
        }
        WhatIf whatIf = adopted.whatIf().get();
        var rubric = whatIf.inherent().rubric();
        Table overall = new Table().headings("", "LEVEL", "VERDICT");
        overall.row(List.of(plain("inherent (as written)"), level(rubric, whatIf.inherent().level()), plain(whatIf.inherent().verdict().text())));
        overall.row(List.of(plain("residual (adopting " + RecommendationNumber.names(whatIf.adopted()) + ")"),
                level(rubric, whatIf.residual().level()), plain(whatIf.residual().verdict().text())));
        print(overall, "  ");
        out.println();
        Table criteria = new Table().headings("CRITERION", "INHERENT", "RESIDUAL", "MOVED BY");
        for (WhatIf.Row row : whatIf.rows()) {
            criteria.row(List.of(plain(name(row.kind(), row.id())), level(rubric, row.inherentLevel()), level(rubric, row.residualLevel()),
                    plain(row.moved() ? RecommendationNumber.names(row.movedBy()) : "")));
        }
        print(criteria, "  ");
    }

    private static Line.Span level(Rubric rubric, String level) {
        return new Line.Span(Levels.label(rubric, level), Tone.of(rubric, level));
    }

    private static String name(ScoreRow.Kind kind, String id) {
        return switch (kind) {
            case PROPERTY -> id;
            case GOAL -> "goal: " + id;
            case ENABLER -> "  " + id;
        };
    }

    private void explain(Batch.Scored scored) {
        AssessmentScore score = scored.score();
        out.println();
        out.println(Styles.bold(ansi, scored.source() + ": " + scored.loaded().assessment().proposal().title()));
        out.println("  " + score.verdict().text());
        Table criteria = new Table().headings("CRITERION", "LEVEL", "SCORE", "BAND", "ANSWERED", "CONFIDENCE", "NOTES");
        for (ScoreRow row : ScoreRow.of(score)) {
            criteria.row(List.of(plain(name(row.kind(), row.id())), new Line.Span(Levels.label(score.rubric(), row.level()), Tone.of(score.rubric(), row.level())),
                    plain(signed(row.score())), plain(row.band().toString()), plain(row.coverage()),
                    plain(row.confidence() == null ? "-" : row.confidence()), plain(String.join(", ", row.notes()))));
        }
        print(criteria, "  ");
        out.println("  How the levels were reached:");
        for (CriterionScore criterion : score.criteria()) {
            out.println("    " + criterion.criterion().id() + ":");
            criterion.trace().forEach(line -> out.println("      " + line));
        }
        for (GoalScore goal : score.goals()) {
            out.println("    goal " + goal.goal().id() + ":");
            goal.trace().forEach(line -> out.println("      " + line));
        }
        out.println("    overall:");
        score.trace().forEach(line -> out.println("      " + line));
    }

    private void print(Table printed, String indent) {
        printed.lines(indent).forEach(line -> out.println(Styles.line(ansi, line)));
    }

    private static Line.Span plain(String text) {
        return new Line.Span(text, Tone.PLAIN);
    }

    private static String signed(Double score) {
        return score == null ? "-" : Numbers.signed(score);
    }
}
