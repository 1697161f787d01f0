package dev.iia.interview;

import java.util.List;

/** A front end: shows lines and reads what the user types. Implementations own all terminal handling. */
public interface Console extends AutoCloseable {
    /**
     * What to ask: the prompt text, the words Tab may complete, and the keys that answer at once
     * when typed first, without Enter (front ends without completion or single keys ignore them).
     */
    record Ask(String prompt, List<String> completions, java.util.Set<String> singleKeys) {
        public Ask {
            completions = List.copyOf(completions);
            singleKeys = java.util.Set.copyOf(singleKeys);
        }

        public Ask(String prompt, List<String> completions) {
            this(prompt, completions, java.util.Set.of());
        }
    }

    void show(List<Line> lines);

    /**
     * Shows the prompt and returns one line typed, without its line break.
     *
     * @throws InputClosedException at the end of input or when the user interrupts (Ctrl-C)
     */
    String read(Ask ask);

    /** What is typed on the line being read and not yet entered; null when nothing is being read or the front end cannot tell. */
    default String pendingLine() {
        return null;
    }

    /**
     * Runs {@code stop} when the process is asked to end while the console is open (SIGTERM, or
     * SIGHUP when the terminal is closed), before anything shuts down; front ends without signals
     * ignore it and the process's shutdown hook does the saving.
     */
    default void onTermination(Runnable stop) {
    }

    /** Releases the terminal; the streams of the process stay open. */
    @Override
    void close();
}
