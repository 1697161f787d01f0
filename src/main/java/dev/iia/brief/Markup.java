package dev.iia.brief;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Text of the view model that is already safe Markdown ({@link SafeMarkdown}): templates print it
 * as it is, where every plain string is escaped. JSON shows it as its Markdown text.
 */
public record Markup(@JsonValue String markdown) {

    @Override
    public String toString() {
        return markdown;
    }
}
