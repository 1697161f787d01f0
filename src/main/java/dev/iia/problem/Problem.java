package dev.iia.problem;

import dev.iia.io.Printable;

/** One thing wrong with a user's file, at the place where it is wrong. */
public record Problem(String source, Location location, String message) {

    /**
     * The one-line form users see: {@code file:line:column: message}. Control characters in the
     * file's name or the message are shown escaped, so the line can never drive a terminal.
     */
    public String format() {
        return Printable.line(source) + ":" + location.line() + ":" + location.column() + ": " + Printable.line(message);
    }
}
