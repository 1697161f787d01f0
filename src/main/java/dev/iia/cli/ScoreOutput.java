package dev.iia.cli;

import dev.iia.batch.Batch;

/** Writes batch results as they arrive, in input order, then whatever closes the output. */
interface ScoreOutput {
    void write(Batch.Result result);

    void finish(ScoreTally tally);
}
