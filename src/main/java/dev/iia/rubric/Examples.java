package dev.iia.rubric;

/** A proposal that would answer a question negatively, and one that would answer it positively. */
public record Examples(String negative, String positive) {
}
