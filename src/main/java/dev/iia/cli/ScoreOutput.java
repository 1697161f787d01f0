package dev.iia.cli;

import dev.iia.scoring.Batch;

/** Writes batch results as they arrive, in input order, then whatever closes the output. */
interface ScoreOutput {
    void write(Batch.Result result);

    void finish(ScoreTally tally);
}
