package dev.iia.cli;

import dev.iia.batch.Batch;
import dev.iia.scoring.Levels;

/** What a score run saw, and the exit code that follows from it. */
final class ScoreTally {
    final String failOn;
    int files;
    int scored;
    int tripped;
    int invalid;
    int unreadable;
    int skipped;

    ScoreTally(String failOn) {
        this.failOn = failOn;
    }

    void count(Batch.Result result) {
        files++;
        if (result instanceof Batch.Scored s) {
            scored++;
            if (failOn != null && Levels.valued(s.score().rubric(), failOn) && s.score().atOrBelow(failOn)) {
                tripped++;
            }
        } else if (result instanceof Batch.Invalid) {
            invalid++;
        } else if (result instanceof Batch.Unreadable) {
            unreadable++;
        } else {
            skipped++;
        }
    }

    /** The highest code that applies to the files scored: files (4), invalid (3), gate (1), ok (0). */
    int exitCode() {
        if (unreadable > 0) {
            return ExitCodes.FILES;
        }
        if (invalid > 0) {
            return ExitCodes.INVALID;
        }
        return tripped > 0 ? ExitCodes.GATE : ExitCodes.OK;
    }
}
