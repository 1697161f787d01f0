package dev.iia.cli;

import dev.iia.assessment.Proposal;
import dev.iia.batch.Batch;
import dev.iia.problem.Problem;
import dev.iia.scoring.ResidualReport;
import dev.iia.scoring.ScoreReport;
import dev.iia.scoring.WhatIf;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Streams one JSON document: {@code {"iia": version, "results": [...], "summary": {...}}}, writing
 * each file's entry as soon as it is scored, one entry per line, so that a batch of thousands stays
 * greppable and cheap to write. Absent values (a score of nothing assessed) are left out.
 */
final class JsonScoreOutput implements ScoreOutput {
    /** @param residual the score with the recommendations adopted, when they say what they would change */
    record Entry(String file, String status, ProposalInfo proposal, ScoreReport score, ResidualReport residual,
                 List<ProblemEntry> problems, String message) {
    }

    /** The proposal without its summary: what identifies it in a table of results. */
    record ProposalInfo(String title, String jurisdiction, String sponsor, String status, String date, String url) {
        static ProposalInfo of(Proposal p) {
            return new ProposalInfo(p.title(), p.jurisdiction(), p.sponsor(), p.status(), p.date(), p.url());
        }
    }

    record ProblemEntry(int line, int column, String message) {
        static ProblemEntry of(Problem problem) {
            return new ProblemEntry(problem.location().line(), problem.location().column(), problem.message());
        }
    }

    private final PrintWriter out;
    private int written;

    JsonScoreOutput(PrintWriter out) {
        this.out = out;
        out.print("{\"iia\":\"" + VersionProvider.version() + "\",\"results\":[\n");
    }

    @Override
    public Piece render(Batch.Result result, Optional<WhatIf> whatIf) {
        return Piece.text(JsonEntryWriter.write(entry(result, whatIf)));
    }

    static Entry entry(Batch.Result result, Optional<WhatIf> whatIf) {
        if (result instanceof Batch.Scored s) {
            return new Entry(s.source(), s.status(), ProposalInfo.of(s.loaded().assessment().proposal()), ScoreReport.of(s.score()),
                    whatIf.map(ResidualReport::of).orElse(null), null, null);
        }
        if (result instanceof Batch.Invalid i) {
            return new Entry(i.source(), i.status(), null, null, null, i.problems().stream().map(ProblemEntry::of).toList(), null);
        }
        return new Entry(result.source(), result.status(), null, null, null, null, CsvScoreOutput.detail(result));
    }

    @Override
    public void write(Piece piece) {
        if (written++ > 0) {
            out.print(",\n");
        }
        out.print(piece.text());
    }

    @Override
    public void finish(ScoreTally tally) {
        out.print(written > 0 ? "\n],\n\"summary\":" : "],\n\"summary\":");
        out.print(JsonEntryWriter.summary(tally));
        out.print("}\n");
        out.flush();
    }
}
