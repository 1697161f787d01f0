package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.ScoreReport;
import dev.iia.scoring.WhatIf;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV, one row per file, for spreadsheets. A text cell a spreadsheet would run as a formula
 * (one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a
 * leading {@code '}, so a proposal title someone else wrote can never compute or fetch anything;
 * numbers ({@code -0.5}) stay numbers.
 */
final class CsvScoreOutput implements ScoreOutput {
    static final List<String> HEADER = List.of("file", "status", "proposal", "rubric", "level", "score", "band_low", "band_high",
            "answered", "questions", "undermined", "properties", "harmed", "goals", "verdict", "problems");

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private final PrintWriter out;

    CsvScoreOutput(PrintWriter out) {
        this.out = out;
        out.print(row(HEADER));
    }

    @Override
    public Piece render(Batch.Result result, Optional<WhatIf> whatIf) {
        List<String> cells = new ArrayList<>();
        cells.add(result.source());
        if (result instanceof Batch.Scored scored) {
            AssessmentScore score = scored.score();
            ScoreReport report = ScoreReport.of(score);
            cells.addAll(List.of("scored", scored.loaded().assessment().proposal().title(), report.rubric(), report.level(),
                    report.score() == null ? "" : String.valueOf(report.score()),
                    String.valueOf(report.band().low()), String.valueOf(report.band().high()),
                    String.valueOf(report.answered()), String.valueOf(report.questions()),
                    String.valueOf(score.verdict().undermined()), String.valueOf(score.verdict().properties()),
                    String.valueOf(score.verdict().harmed()), String.valueOf(score.verdict().goals()),
                    report.verdict(), ""));
        } else {
            String status = result.status();
            cells.add(status);
            cells.addAll(List.of("", "", "", "", "", "", "", "", "", "", "", "", ""));
            cells.add(CsvScoreOutput.detail(result));
        }
        return Piece.text(row(cells));
    }

    @Override
    public void write(Piece piece) {
        out.print(piece.text());
    }

    static String detail(Batch.Result result) {
        if (result instanceof Batch.Invalid invalid) {
            return invalid.problems().stream().map(p -> p.location().line() + ":" + p.location().column() + ": " + p.message())
                    .collect(Collectors.joining("; "));
        }
        if (result instanceof Batch.Unreadable unreadable) {
            return unreadable.message();
        }
        return result instanceof Batch.Skipped skipped ? skipped.reason() : "";
    }

    @Override
    public void finish(ScoreTally tally) {
        out.flush();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(CsvScoreOutput::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    static String quote(String text) {
        String cell = neutralised(text);
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    static String neutralised(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
