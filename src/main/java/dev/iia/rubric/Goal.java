package dev.iia.rubric;

/** One of the goals enablers serve: Open, Globally connected, Secure, Trustworthy. */
public record Goal(String id, String title, String description) {
}
