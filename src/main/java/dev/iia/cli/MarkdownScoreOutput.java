package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.brief.Markdown;
import dev.iia.rubric.Numbers;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.Levels;
import dev.iia.scoring.ScoreRow;
import dev.iia.scoring.WhatIf;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A GFM table of the results, for pull requests and reports; with --explain, each criterion too. */
final class MarkdownScoreOutput implements ScoreOutput {
    private final PrintWriter out;
    private final boolean explain;
    private final boolean whatIf;
    private final List<String> explanations = new ArrayList<>();
    private final List<String> whatIfs = new ArrayList<>();

    MarkdownScoreOutput(PrintWriter out, boolean explain, boolean whatIf) {
        this.out = out;
        this.explain = explain;
        this.whatIf = whatIf;
        out.println("| File | Proposal | Level | Score | Band | Answered | Verdict |");
        out.println("|---|---|---|---:|---|---:|---|");
    }

    @Override
    public Piece render(Batch.Result result, Optional<WhatIf> residual) {
        if (result instanceof Batch.Scored scored) {
            AssessmentScore score = scored.score();
            String row = ScoreOutput.printed(text -> text.println("| " + String.join(" | ", Markdown.cell(scored.source()),
                    Markdown.cell(scored.loaded().assessment().proposal().title()),
                    Markdown.cell(Levels.label(score.rubric(), score.level())),
                    score.score() == null ? "–" : Numbers.signed(score.score()), score.band().toString(),
                    score.answered() + "/" + score.total(), Markdown.cell(score.verdict().text())) + " |"));
            return new Piece(row, List.of(), "", 0, explain ? ScoreOutput.printed(text -> explain(text, scored)) : "",
                    whatIf ? ScoreOutput.printed(text -> whatIf(text, scored, residual)) : "");
        }
        return Piece.text(ScoreOutput.printed(text -> text.println("| " + Markdown.cell(result.source()) + " | | " + result.status() + " | | | | |")));
    }

    @Override
    public void write(Piece piece) {
        out.print(piece.text());
        if (!piece.explanation().isEmpty()) {
            explanations.add(piece.explanation());
        }
        if (!piece.whatIf().isEmpty()) {
            whatIfs.add(piece.whatIf());
        }
    }

    @Override
    public void finish(ScoreTally tally) {
        explanations.forEach(out::print);
        whatIfs.forEach(out::print);
        out.flush();
    }

    private static void explain(PrintWriter out, Batch.Scored scored) {
        AssessmentScore score = scored.score();
        out.println();
        out.println("## " + Markdown.inline(scored.source()));
        out.println();
        out.println("| Criterion | Level | Score | Band | Answered | Confidence | How |");
        out.println("|---|---|---:|---|---:|---|---|");
        for (ScoreRow row : ScoreRow.of(score)) {
            String name = row.kind() == ScoreRow.Kind.GOAL ? "Goal: " + row.title() : row.title();
            out.println("| " + String.join(" | ", Markdown.cell(name), Markdown.cell(Levels.label(score.rubric(), row.level())),
                    row.score() == null ? "–" : Numbers.signed(row.score()), row.band().toString(), row.coverage(),
                    row.confidence() == null ? "–" : row.confidence(), Markdown.cell(String.join("; ", row.trace()))) + " |");
        }
    }

    private static void whatIf(PrintWriter out, Batch.Scored scored, Optional<WhatIf> residual) {
        out.println();
        out.println("## " + Markdown.inline(scored.source()) + ": what if the recommendations were adopted");
        out.println();
        if (residual.isEmpty()) {
            out.println("No recommendation says which answers it would change.");
            return;
        }
        WhatIf whatIf = residual.get();
        var rubric = whatIf.inherent().rubric();
        out.println("| | Level | Verdict |");
        out.println("|---|---|---|");
        out.println("| Inherent (as written) | " + Markdown.cell(Levels.label(rubric, whatIf.inherent().level())) + " | "
                + Markdown.cell(whatIf.inherent().verdict().text()) + " |");
        out.println("| Residual (adopting " + RecommendationNumber.names(whatIf.adopted()) + ") | "
                + Markdown.cell(Levels.label(rubric, whatIf.residual().level())) + " | " + Markdown.cell(whatIf.residual().verdict().text()) + " |");
        out.println();
        out.println("| Criterion | Inherent | Residual | Moved by |");
        out.println("|---|---|---|---|");
        for (WhatIf.Row row : whatIf.rows()) {
            String name = row.kind() == ScoreRow.Kind.GOAL ? "Goal: " + row.title() : row.title();
            out.println("| " + String.join(" | ", Markdown.cell(name), Markdown.cell(Levels.label(rubric, row.inherentLevel())),
                    Markdown.cell(Levels.label(rubric, row.residualLevel())),
                    row.moved() ? RecommendationNumber.names(row.movedBy()) : "") + " |");
        }
    }
}
