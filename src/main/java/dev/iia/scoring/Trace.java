package dev.iia.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lines that say how one level was reached, each built only when the trace is kept: a batch
 * that gates on levels reads none of them, and formatting every number of every criterion was a
 * large share of its time.
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

    Trace add(Supplier<String> line) {
        if (lines != null) {
            lines.add(line.get());
        }
        return this;
    }

    List<String> lines() {
        return lines == null ? List.of() : List.copyOf(lines);
    }
}
