package dev.iia.problem;

/** One thing wrong with a user's file, at the place where it is wrong. */
public record Problem(String source, Location location, String message) {

    /** The one-line form users see: {@code file:line:column: message}. */
    public String format() {
        return source + ":" + location.line() + ":" + location.column() + ": " + message;
    }
}
