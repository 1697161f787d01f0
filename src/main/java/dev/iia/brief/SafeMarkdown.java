package dev.iia.brief;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Author text as safe Markdown: it is parsed as CommonMark with only paragraphs, lists and block
 * quotes as blocks, then written again from an allow-list: emphasis, strong emphasis, inline code,
 * links to http, https and mailto addresses, lists and quotes. Everything else the author wrote
 * (headings, tables, raw HTML, images, code blocks, thematic breaks, other link schemes, link
 * definitions) is written back as literal, escaped text, so it can never become the brief's
 * structure. Line breaks inside a paragraph become spaces: a paragraph is one line.
 */
public final class SafeMarkdown {
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class))
            .build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    /** Lists and quotes nest at most this deep; deeper ones are written as plain paragraphs. */
    private static final int MAX_DEPTH = 4;
    private static final String ESCAPED_EVERYWHERE = "\\`*_[]|~<>&!";

    private SafeMarkdown() {
    }

    /** The author's text as safe Markdown blocks separated by blank lines; null for null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        return blocks(PARSER.parse(text), 0).strip();
    }

    /** The text as a reader sees it, without any Markdown: for one-line summaries. */
    public static String plain(String text) {
        return text == null ? null : Markdown.oneLine(PLAIN.render(PARSER.parse(text)));
    }

    private static String blocks(Node parent, int depth) {
        StringBuilder out = new StringBuilder();
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            String rendered = block(block, depth);
            if (!rendered.isEmpty()) {
                out.append(out.length() > 0 ? "\n\n" : "").append(rendered);
            }
        }
        return out.toString();
    }

    private static String block(Node block, int depth) {
        if (block instanceof Paragraph) {
            return paragraph(inlines(block));
        }
        if (block instanceof LinkReferenceDefinition definition) {
            return paragraph(text("[" + definition.getLabel() + "]: " + definition.getDestination()));
        }
        if (depth >= MAX_DEPTH) {
            return paragraph(text(PLAIN.render(block)));
        }
        if (block instanceof BlockQuote) {
            return prefixed(blocks(block, depth + 1), "> ", "> ");
        }
        if (block instanceof BulletList list) {
            return items(list, depth, null, list.isTight());
        }
        if (block instanceof OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            return items(list, depth, start == null ? 1 : start, list.isTight());
        }
        return paragraph(text(PLAIN.render(block)));
    }

    private static String items(ListBlock list, int depth, Integer number, boolean tight) {
        StringBuilder out = new StringBuilder();
        int next = number == null ? 0 : number;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = number == null ? "- " : (next++) + ". ";
            String content = blocks(item, depth + 1);
            if (tight) {
                content = content.replace("\n\n", "\n");
            }
            out.append(out.length() > 0 ? (tight ? "\n" : "\n\n") : "")
                    .append(prefixed(content.isEmpty() ? "" : content, marker, " ".repeat(marker.length())));
        }
        return out.toString();
    }

    /** Every line of {@code text} after the first prefixed by {@code next}; blank lines stay blank. */
    private static String prefixed(String text, String first, String next) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String prefix = i == 0 ? first : next;
            out.append(i > 0 ? "\n" : "").append(lines[i].isEmpty() ? prefix.stripTrailing() : prefix + lines[i]);
        }
        return out.toString();
    }

    /** A paragraph's text, with what would open a block at its start escaped. */
    private static String paragraph(String inline) {
        String text = inline.strip();
        if (text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        if ("#-+=>".indexOf(first) >= 0) {
            return "\\" + text;
        }
        int digits = 0;
        while (digits < text.length() && digits < 10 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            return text.substring(0, digits) + "\\" + text.substring(digits);
        }
        return text;
    }

    private static String inlines(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            out.append(inline(node));
        }
        return out.toString();
    }

    private static String inline(Node node) {
        if (node instanceof Text text) {
            return text(text.getLiteral());
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            return " ";
        }
        if (node instanceof Emphasis) {
            return wrapped("*", inlines(node));
        }
        if (node instanceof StrongEmphasis) {
            return wrapped("**", inlines(node));
        }
        if (node instanceof Code code) {
            return code(code.getLiteral());
        }
        if (node instanceof Link link && allowed(link.getDestination())) {
            String label = inlines(link);
            return "[" + (label.isBlank() ? text(link.getDestination()) : label) + "](" + destination(link.getDestination()) + ")";
        }
        if (node instanceof Link link) {
            return text("[") + inlines(link) + text("](" + link.getDestination() + ")");
        }
        if (node instanceof Image image) {
            return text("![") + inlines(image) + text("](" + image.getDestination() + ")");
        }
        return text(PLAIN.render(node));
    }

    /** Emphasis that would be empty, or start or end with a space, cannot be written back: keep its text. */
    private static String wrapped(String marker, String content) {
        if (content.isBlank() || Character.isWhitespace(content.charAt(0))
                || Character.isWhitespace(content.charAt(content.length() - 1))) {
            return content;
        }
        return marker + content + marker;
    }

    static boolean allowed(String destination) {
        String lower = destination.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    /** A link destination that CommonMark reads back exactly: spaces, brackets and controls percent-encoded. */
    static String destination(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.strip().toCharArray()) {
            if (c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\' || c == '`' || c == 0x7F) {
                out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String code(String literal) {
        String oneLine = literal.replace('\n', ' ');
        int longest = 0;
        int run = 0;
        for (char c : oneLine.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`") || oneLine.isBlank();
        return fence + (pad ? " " : "") + oneLine + (pad ? " " : "") + fence;
    }

    /** Literal text: a backslash before every character that could start or end inline syntax. */
    static String text(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 8);
        for (char c : literal.toCharArray()) {
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (ESCAPED_EVERYWHERE.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
