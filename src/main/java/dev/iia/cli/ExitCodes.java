package dev.iia.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exit codes of every iia command (README, "Exit codes"). When several apply, the
 * highest wins. Every command's help lists its codes from here, so no list can name another number.
 */
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

    /** What each code means for iia as a whole: the root command's list. */
    static final Map<Integer, String> MEANINGS = meanings();

    /** A command whose help lists the exit codes it returns, each in its own words. */
    interface Documented {
        /** The codes this command returns besides {@link #USAGE} (which every command can), with what each means here. */
        Map<Integer, String> exitCodes();
    }

    private ExitCodes() {
    }

    /** The help's list for a command: its codes in order, usage errors included; a code not defined here is a bug. */
    static Map<String, String> list(Documented command) {
        Map<Integer, String> codes = new TreeMap<>(command.exitCodes());
        codes.putIfAbsent(USAGE, "usage error");
        Map<String, String> list = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> code : codes.entrySet()) {
            if (!MEANINGS.containsKey(code.getKey())) {
                throw new IllegalStateException(command.getClass().getSimpleName() + " documents exit code " + code.getKey()
                        + ", which is not one of iia's");
            }
            list.put(String.valueOf(code.getKey()), code.getValue());
        }
        return list;
    }

    private static Map<Integer, String> meanings() {
        Map<Integer, String> meanings = new LinkedHashMap<>();
        meanings.put(OK, "ok");
        meanings.put(GATE, "the --fail-on gate tripped (score), the assessments differ (diff), or agree less than --fail-below (agree)");
        meanings.put(USAGE, "usage error: unknown command or option, bad option value");
        meanings.put(INVALID, "invalid input: YAML syntax, schema or reference errors (file:line:column)");
        meanings.put(FILES, "file-system error: missing, unreadable or unwritable file");
        meanings.put(INTERNAL, "internal error: a bug in iia, please report it (--debug shows details)");
        meanings.put(INTERRUPTED, "interrupted; answers given so far are saved");
        return Collections.unmodifiableMap(meanings);
    }
}
