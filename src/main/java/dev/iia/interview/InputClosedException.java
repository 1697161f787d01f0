package dev.iia.interview;

/** Input stopped: its end was reached (Ctrl-D, a closed pipe) or the user interrupted it (Ctrl-C). */
public final class InputClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean interrupted;
    private final String partialLine;

    /** @param partialLine what was typed on the current line before input stopped, or null */
    public InputClosedException(boolean interrupted, String partialLine) {
        super(interrupted ? "interrupted" : "end of input");
        this.interrupted = interrupted;
        this.partialLine = partialLine;
    }

    public boolean interrupted() {
        return interrupted;
    }

    public String partialLine() {
        return partialLine;
    }
}
