package dev.iia.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that say how one level was reached. Callers build a line only when the trace is
 * {@link #kept()}: a batch that gates on levels reads none of them, formatting every number of every
 * criterion was a large share of its time, and a lambda to build it later costs a cold start its
 * linking even when never called.
 */
final class Trace {
    private final List<String> lines;

    private Trace(List<String> lines) {
        this.lines = lines;
    }

    /** An empty trace for one level, which keeps its lines or only drops them. */
    static Trace start(Scorer.Traces traces) {
        return new Trace(traces == Scorer.Traces.KEPT ? new ArrayList<>() : null);
    }

    boolean kept() {
        return lines != null;
    }

    /** Adds the line when the trace is kept. */
    Trace add(String line) {
        if (lines != null) {
            lines.add(line);
        }
        return this;
    }

    List<String> lines() {
        return lines == null ? List.of() : List.copyOf(lines);
    }
}
