package dev.iia.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * The author's texts of one brief, each parsed and made safe once: a rationale shows in its
 * finding, in the analysis and, its first sentence, in the "why" line, and on a cold JVM parsing
 * is most of what a text costs. Plain prose ({@link PlainProse}) is not parsed at all. Footnotes
 * are collected as {@link SafeMarkdown} would: a text made safe again would give the same Markdown
 * and add no note.
 */
final class AuthorTexts {
    private final Footnotes footnotes = new Footnotes();
    private final Map<String, Node> documents = new HashMap<>();
    private final Map<String, String> safe = new HashMap<>();

    /** The text as safe Markdown, its footnotes among the brief's notes; null for null. */
    String safe(String text) {
        if (text == null) {
            return null;
        }
        String markdown = safe.get(text);
        if (markdown == null) {
            markdown = PlainProse.is(text) ? PlainProse.safe(text) : SafeMarkdown.of(document(text), footnotes);
            safe.put(text, markdown);
        }
        return markdown;
    }

    /** The text as a reader sees it ({@link SafeMarkdown#plain(String)}); null for null. */
    String plain(String text) {
        if (text == null) {
            return null;
        }
        return PlainProse.is(text) ? Markdown.oneLine(text) : SafeMarkdown.plain(document(text));
    }

    /** The notes of the texts made safe so far, in the order they were first cited. */
    List<Brief.Footnote> notes() {
        return footnotes.list();
    }

    private Node document(String text) {
        Node document = documents.get(text);
        if (document == null) {
            document = SafeMarkdown.parse(text);
            documents.put(text, document);
        }
        return document;
    }
}
