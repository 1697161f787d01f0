package dev.iia.brief;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Text of the view model that is already safe Markdown ({@link SafeMarkdown}): templates print it
 * as it is, where every plain string is escaped. JSON shows it as its Markdown text.
 */
public record Markup(@JsonValue String markdown) {

    /** The author's text made safe, or null for null. */
    static Markup author(String text) {
        String markdown = SafeMarkdown.of(text);
        return markdown == null || markdown.isEmpty() ? null : new Markup(markdown);
    }

    @Override
    public String toString() {
        return markdown;
    }
}
