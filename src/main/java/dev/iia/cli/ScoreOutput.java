package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.interview.Line;
import dev.iia.scoring.WhatIf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One output format of {@code iia score}. Each file's part is rendered in the worker that scored it
 * ({@link #render}, which touches no shared state), and the main thread only writes the parts in
 * input order ({@link #write}), then whatever closes the output.
 */
interface ScoreOutput {
    /**
     * Renders one file's part; called in parallel.
     *
     * @param whatIf the residual impact, for an assessment whose recommendations say what they would change
     */
    Piece render(Batch.Result result, Optional<WhatIf> whatIf);

    /** Writes one file's part; called in input order, on one thread. */
    void write(Piece piece);

    void finish(ScoreTally tally);

    /** What {@code body} prints, as text, with the line ends the output has. */
    static String printed(Consumer<PrintWriter> body) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        body.accept(out);
        out.flush();
        return text.toString();
    }

    /**
     * One file's part of the output, ready to write.
     *
     * @param text        written at once (a JSON entry, a CSV or Markdown row); empty for the table
     * @param cells       the table's row, whose column widths wait for every file; empty otherwise
     * @param count       the word the table's summary counts this file under, and where it sorts
     * @param explanation written after every row (--explain); empty when there is none
     * @param whatIf      written after every explanation (--what-if); empty when there is none
     */
    record Piece(String text, List<Line.Span> cells, String count, int rank, String explanation, String whatIf) {
        static Piece text(String text) {
            return new Piece(text, List.of(), "", 0, "", "");
        }
    }
}
