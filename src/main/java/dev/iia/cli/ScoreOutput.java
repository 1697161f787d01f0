package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.scoring.WhatIf;
import java.util.Optional;

/** Writes batch results as they arrive, in input order, then whatever closes the output. */
interface ScoreOutput {
    /** @param whatIf the residual impact, for an assessment whose recommendations say what they would change */
    void write(Batch.Result result, Optional<WhatIf> whatIf);

    void finish(ScoreTally tally);

    /** A scored file and its residual impact, if its recommendations say what they would change. */
    record Adopted(Batch.Scored scored, Optional<WhatIf> whatIf) {
    }
}
