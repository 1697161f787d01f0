package dev.iia.interview;

import java.util.List;

/** A front end: shows lines and reads what the user types. Implementations own all terminal handling. */
public interface Console extends AutoCloseable {
    /** What to ask: the prompt text and the words Tab may complete (front ends without completion ignore them). */
    record Ask(String prompt, List<String> completions) {
        public Ask {
            completions = List.copyOf(completions);
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
