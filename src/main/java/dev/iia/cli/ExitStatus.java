package dev.iia.cli;

import java.io.PrintWriter;

/**
 * The exit code of a command that goes on after a problem, to report every file's: each problem is
 * reported where it happens, and the highest code that applied is the one returned (ExitCodes).
 */
final class ExitStatus {
    private final PrintWriter err;
    private int code = ExitCodes.OK;

    ExitStatus(PrintWriter err) {
        this.err = err;
    }

    /** Counts a code; the highest counted wins. */
    void raise(int code) {
        this.code = Math.max(this.code, code);
    }

    /** Reports an error as the command line does (one line per problem) and counts its code. */
    void report(Exception exception) {
        raise(ErrorHandler.report(exception, err));
    }

    int code() {
        return code;
    }
}
