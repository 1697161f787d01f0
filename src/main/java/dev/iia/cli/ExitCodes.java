package dev.iia.cli;

/** The exit codes of every iia command (README, "Exit codes"). When several apply, the highest wins. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The {@code --fail-on} gate tripped, or {@code diff} found differences. */
    public static final int GATE = 1;
    public static final int USAGE = 2;
    /** A file could be read but is not valid: YAML syntax, schema, unknown ids. */
    public static final int INVALID = 3;
    /** A file or folder is missing or cannot be read or written. */
    public static final int FILES = 4;
    /** A bug in iia. */
    public static final int INTERNAL = 70;
    /** Interrupted (Ctrl-C); answers given so far are saved. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
