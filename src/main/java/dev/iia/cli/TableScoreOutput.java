package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.rubric.Numbers;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.GoalScore;
import dev.iia.scoring.Levels;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Help.Ansi;

/** A table for people: one row per file, level words in colour; with --explain, each criterion and its trace. */
final class TableScoreOutput implements ScoreOutput {
    private final PrintWriter out;
    private final Ansi ansi;
    private final boolean explain;
    private final TextTable table = new TextTable(List.of("FILE", "LEVEL", "SCORE", "BAND", "ANSWERED", "UNDERMINED", "HARMED"));
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
            table.add(List.of(TextTable.Cell.plain(scored.source()),
                    new TextTable.Cell(label, text -> Styles.level(ansi, rubric, score.level(), text)),
                    TextTable.Cell.plain(score.score() == null ? "-" : Numbers.signed(score.score())),
                    TextTable.Cell.plain(score.band().toString()),
                    TextTable.Cell.plain(score.answered() + "/" + score.total()),
                    TextTable.Cell.plain(score.verdict().undermined() + "/" + score.verdict().properties()),
                    TextTable.Cell.plain(score.verdict().harmed() + "/" + score.verdict().goals())));
            if (explain) {
                explained.add(scored);
            }
        } else {
            String status = result.status();
            counts.merge(status, new Count(Integer.MAX_VALUE, 1), (a, b) -> a.plusOne());
            table.add(List.of(TextTable.Cell.plain(result.source()),
                    new TextTable.Cell(status, text -> ansi.string("@|faint " + text + "|@")),
                    TextTable.Cell.plain(""), TextTable.Cell.plain(""), TextTable.Cell.plain(""),
                    TextTable.Cell.plain(""), TextTable.Cell.plain("")));
        }
    }

    @Override
    public void finish(ScoreTally tally) {
        table.print(out, "", text -> Styles.bold(ansi, text));
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
        TextTable criteria = new TextTable(List.of("CRITERION", "LEVEL", "SCORE", "BAND", "ANSWERED", "CONFIDENCE", "NOTES"));
        for (CriterionScore property : score.properties()) {
            criteria.add(row(score, property.criterion().id(), property.level(), property.score(), property.band().toString(),
                    property.answered() + "/" + property.total(), property.confidence(), notes(property.tradeOff(), property.capped())));
        }
        for (GoalScore goal : score.goals()) {
            criteria.add(row(score, "goal: " + goal.goal().id(), goal.level(), goal.score(), goal.band().toString(),
                    goal.answered() + "/" + goal.total(), null, notes(goal.tradeOff(), goal.capped())));
            for (CriterionScore enabler : goal.enablers()) {
                criteria.add(row(score, "  " + enabler.criterion().id(), enabler.level(), enabler.score(), enabler.band().toString(),
                        enabler.answered() + "/" + enabler.total(), enabler.confidence(), notes(enabler.tradeOff(), enabler.capped())));
            }
        }
        criteria.print(out, "  ", text -> Styles.bold(ansi, text));
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

    private List<TextTable.Cell> row(AssessmentScore score, String name, String level, Double value, String band,
                                     String answered, String confidence, String notes) {
        var rubric = score.rubric();
        UnaryOperator<String> style = text -> Styles.level(ansi, rubric, level, text);
        return List.of(TextTable.Cell.plain(name), new TextTable.Cell(Levels.label(rubric, level), style),
                TextTable.Cell.plain(value == null ? "-" : Numbers.signed(value)), TextTable.Cell.plain(band),
                TextTable.Cell.plain(answered), TextTable.Cell.plain(confidence == null ? "-" : confidence),
                TextTable.Cell.plain(notes));
    }

    private static String notes(boolean tradeOff, boolean capped) {
        List<String> notes = new ArrayList<>();
        if (tradeOff) {
            notes.add("trade-off");
        }
        if (capped) {
            notes.add("capped by severe harm");
        }
        return String.join(", ", notes);
    }
}
