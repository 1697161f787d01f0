package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.brief.Markdown;
import dev.iia.rubric.Numbers;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.GoalScore;
import dev.iia.scoring.Levels;
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
            for (CriterionScore c : score.properties()) {
                row(score, c.criterion().title(), c.level(), c.score(), c.band().toString(), c.answered() + "/" + c.total(), c.confidence(), c.trace());
            }
            for (GoalScore g : score.goals()) {
                row(score, "Goal: " + g.goal().title(), g.level(), g.score(), g.band().toString(), g.answered() + "/" + g.total(), null, g.trace());
                for (CriterionScore c : g.enablers()) {
                    row(score, c.criterion().title(), c.level(), c.score(), c.band().toString(), c.answered() + "/" + c.total(), c.confidence(), c.trace());
                }
            }
        }
        out.flush();
    }

    private void row(AssessmentScore score, String name, String level, Double value, String band, String answered,
                     String confidence, List<String> trace) {
        out.println("| " + String.join(" | ", Markdown.cell(name), Markdown.cell(Levels.label(score.rubric(), level)),
                value == null ? "–" : Numbers.signed(value), band, answered, confidence == null ? "–" : confidence,
                Markdown.cell(String.join("; ", trace))) + " |");
    }
}
