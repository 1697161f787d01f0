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
    private final Table table = new Table().headings("FILE", "LEVEL", "SCORE", "BAND", "ANSWERED", "UNDERMINED", "HARMED");
    private final List<String> explanations = new ArrayList<>();
    private final List<String> whatIfs = new ArrayList<>();
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
    public Piece render(Batch.Result result, Optional<WhatIf> residual) {
        if (result instanceof Batch.Scored scored) {
            AssessmentScore score = scored.score();
            var rubric = score.rubric();
            String label = Levels.label(rubric, score.level());
            List<Line.Span> cells = List.of(plain(scored.source()), new Line.Span(label, Tone.of(rubric, score.level())),
                    plain(signed(score.score())), plain(score.band().toString()), plain(score.answered() + "/" + score.total()),
                    plain(score.verdict().undermined() + "/" + score.verdict().properties()),
                    plain(score.verdict().harmed() + "/" + score.verdict().goals()));
            return new Piece("", cells, label.toLowerCase(Locale.ROOT), Levels.rank(rubric, score.level()),
                    explain ? ScoreOutput.printed(text -> explain(text, scored)) : "",
                    whatIf ? ScoreOutput.printed(text -> whatIf(text, scored, residual)) : "");
        }
        String status = result.status();
        return new Piece("", List.of(plain(result.source()), new Line.Span(status, Tone.MUTED)), status, Integer.MAX_VALUE, "", "");
    }

    @Override
    public void write(Piece piece) {
        counts.merge(piece.count(), new Count(piece.rank(), 1), (a, b) -> a.plusOne());
        table.row(piece.cells());
        if (!piece.explanation().isEmpty()) {
            explanations.add(piece.explanation());
        }
        if (!piece.whatIf().isEmpty()) {
            whatIfs.add(piece.whatIf());
        }
    }

    @Override
    public void finish(ScoreTally tally) {
        print(out, table, "");
        if (tally.files > 1) {
            List<String> parts = new ArrayList<>();
            counts.entrySet().stream().sorted(Comparator.comparingInt(entry -> entry.getValue().rank()))
                    .forEach(entry -> parts.add(entry.getValue().files() + " " + entry.getKey()));
            out.println();
            out.println(tally.files + " files: " + String.join(", ", parts));
        }
        explanations.forEach(out::print);
        whatIfs.forEach(out::print);
    }

    private void whatIf(PrintWriter out, Batch.Scored scored, Optional<WhatIf> residual) {
        out.println();
        out.println(Styles.bold(ansi, scored.source() + ": what if the recommendations were adopted"));
        if (residual.isEmpty()) {
            out.println("  No recommendation says which answers it would change.");
            return;
        }
        WhatIf whatIf = residual.get();
        var rubric = whatIf.inherent().rubric();
        Table overall = new Table().headings("", "LEVEL", "VERDICT");
        overall.row(List.of(plain("inherent (as written)"), level(rubric, whatIf.inherent().level()), plain(whatIf.inherent().verdict().text())));
        overall.row(List.of(plain("residual (adopting " + RecommendationNumber.names(whatIf.adopted()) + ")"),
                level(rubric, whatIf.residual().level()), plain(whatIf.residual().verdict().text())));
        print(out, overall, "  ");
        out.println();
        Table criteria = new Table().headings("CRITERION", "INHERENT", "RESIDUAL", "MOVED BY");
        for (WhatIf.Row row : whatIf.rows()) {
            criteria.row(List.of(plain(name(row.kind(), row.id())), level(rubric, row.inherentLevel()), level(rubric, row.residualLevel()),
                    plain(row.moved() ? RecommendationNumber.names(row.movedBy()) : "")));
        }
        print(out, criteria, "  ");
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

    private void explain(PrintWriter out, Batch.Scored scored) {
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
        print(out, criteria, "  ");
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

    private void print(PrintWriter out, Table printed, String indent) {
        printed.lines(indent).forEach(line -> out.println(Styles.line(ansi, line)));
    }

    private static Line.Span plain(String text) {
        return new Line.Span(text, Tone.PLAIN);
    }

    private static String signed(Double score) {
        return score == null ? "-" : Numbers.signed(score);
    }
}
