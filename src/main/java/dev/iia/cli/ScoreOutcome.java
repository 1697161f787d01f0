package dev.iia.cli;

import java.util.List;

/**
 * All the main thread does with one file, worked out in the worker that scored it: count it, print
 * its problems, write its part of the output.
 *
 * @param status  scored, invalid, unreadable or skipped
 * @param tripped the overall level is at or below --fail-on
 * @param errors  lines for standard error
 * @param usage   --with names a recommendation the assessment does not have
 */
record ScoreOutcome(String status, boolean tripped, List<String> errors, boolean usage, ScoreOutput.Piece piece) {
    ScoreOutcome {
        errors = List.copyOf(errors);
    }
}
