package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.interview.Line;
import dev.iia.interview.Table;
import dev.iia.interview.Tone;
import dev.iia.rubric.Numbers;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.GoalScore;
import dev.iia.scoring.Levels;
import dev.iia.scoring.ScoreRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/** A table for people: one row per file, level words in colour; with --explain, each criterion and its trace. */
final class TableScoreOutput implements ScoreOutput {
    private final PrintWriter out;
    private final Ansi ansi;
    private final boolean explain;
    private final Table table = new Table().headings("FILE", "LEVEL", "SCORE", "BAND", "ANSWERED", "UNDERMINED", "HARMED");
    private final List<Batch.Scored> explained = new ArrayList<>();
    /** How many files got each level word or status, with where that word sorts (the rubric's level order). */
    private final Map<String, Count> counts = new LinkedHashMap<>();

    private record Count(int rank, int files) {
        Count plusOne() {
            return new Count(rank, files + 1);
        }
    }

    TableScoreOutput(PrintWriter out, Ansi ansi, boolean explain) {
        this.out = out;
        this.ansi = ansi;
        this.explain = explain;
    }

    @Override
    public void write(Batch.Result result) {
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
    }

    private void explain(Batch.Scored scored) {
        AssessmentScore score = scored.score();
        out.println();
        out.println(Styles.bold(ansi, scored.source() + ": " + scored.loaded().assessment().proposal().title()));
        out.println("  " + score.verdict().text());
        Table criteria = new Table().headings("CRITERION", "LEVEL", "SCORE", "BAND", "ANSWERED", "CONFIDENCE", "NOTES");
        for (ScoreRow row : ScoreRow.of(score)) {
            String name = switch (row.kind()) {
                case PROPERTY -> row.id();
                case GOAL -> "goal: " + row.id();
                case ENABLER -> "  " + row.id();
            };
            criteria.row(List.of(plain(name), new Line.Span(Levels.label(score.rubric(), row.level()), Tone.of(score.rubric(), row.level())),
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
