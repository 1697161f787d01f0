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

    /** Whether a result trips the --fail-on gate; safe to call from any thread. */
    boolean trips(Batch.Result result) {
        return failOn != null && result instanceof Batch.Scored s && Levels.valued(s.score().rubric(), failOn)
                && s.score().atOrBelow(failOn);
    }

    void count(ScoreOutcome outcome) {
        files++;
        if (outcome.tripped()) {
            tripped++;
        }
        switch (outcome.status()) {
            case "scored" -> scored++;
            case "invalid" -> invalid++;
            case "unreadable" -> unreadable++;
            default -> skipped++;
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
