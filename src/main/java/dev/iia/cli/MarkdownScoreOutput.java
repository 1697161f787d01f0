package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.brief.Markdown;
import dev.iia.rubric.Numbers;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.Levels;
import dev.iia.scoring.ScoreRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A GFM table of the results, for pull requests and reports; with --explain, each criterion too. */
final class MarkdownScoreOutput implements ScoreOutput {
    private final PrintWriter out;
    private final boolean explain;
    private final List<Batch.Scored> explained = new ArrayList<>();

    MarkdownScoreOutput(PrintWriter out, boolean explain) {
        this.out = out;
        this.explain = explain;
        out.println("| File | Proposal | Level | Score | Band | Answered | Verdict |");
        out.println("|---|---|---|---:|---|---:|---|");
    }

    @Override
    public void write(Batch.Result result) {
        if (result instanceof Batch.Scored scored) {
            AssessmentScore score = scored.score();
            out.println("| " + String.join(" | ", Markdown.cell(scored.source()),
                    Markdown.cell(scored.loaded().assessment().proposal().title()),
                    Markdown.cell(Levels.label(score.rubric(), score.level())),
                    score.score() == null ? "–" : Numbers.signed(score.score()), score.band().toString(),
                    score.answered() + "/" + score.total(), Markdown.cell(score.verdict().text())) + " |");
            if (explain) {
                explained.add(scored);
            }
        } else {
            String status = result.status();
            out.println("| " + Markdown.cell(result.source()) + " | | " + status + " | | | | |");
        }
    }

    @Override
    public void finish(ScoreTally tally) {
        for (Batch.Scored scored : explained) {
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
        out.flush();
    }
}
