package dev.iia.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
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
 * structure. Line breaks inside a paragraph become spaces: a paragraph is one line. Footnotes
 * ({@code [^1]} with its {@code [^1]: ...}) are kept when the brief collects them ({@link Footnotes}):
 * each reference gets the brief's own label and its note, made safe the same way, goes to the brief's end.
 */
public final class SafeMarkdown {
    /** Made on first use: the brief's own sentences ({@link #text}) and plain prose ({@link PlainProse}) need no parser. */
    private static final class CommonMark {
        static final Parser PARSER = Parser.builder()
                .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class))
                .extensions(List.of(FootnotesExtension.create()))
                .build();
        static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    }

    /** Lists and quotes nest at most this deep; deeper ones are written as plain paragraphs. */
    private static final int MAX_DEPTH = 4;
    private static final String ESCAPED_EVERYWHERE = "\\`*_[]|~<>&!";

    private SafeMarkdown() {
    }

    /** The author's text as safe Markdown blocks separated by blank lines, footnotes as literal text; null for null. */
    public static String of(String text) {
        return of(text, null);
    }

    /** The author's text as safe Markdown, its footnotes handed to {@code notes} (literal text when null); null for null. */
    static String of(String text, Footnotes notes) {
        return text == null ? null : of(parse(text), notes);
    }

    /** A parsed text ({@link #parse}) as safe Markdown, its footnotes handed to {@code notes} (literal text when null). */
    static String of(Node document, Footnotes notes) {
        return new Writer(notes, document).blocks(document, 0).strip();
    }

    /** The text as a reader sees it, without any Markdown: for one-line summaries; the plain renderer writes no footnotes. */
    public static String plain(String text) {
        return text == null ? null : plain(parse(text));
    }

    /** A parsed text ({@link #parse}) as a reader sees it, as {@link #plain(String)}. */
    static String plain(Node document) {
        return Markdown.oneLine(CommonMark.PLAIN.render(document));
    }

    /** The author's text parsed, for {@link #of(Node, Footnotes)} and {@link #plain(Node)}, which only read it. */
    static Node parse(String text) {
        return CommonMark.PARSER.parse(text);
    }

    /** The footnote definitions of a document by label; the first of the same label counts, as for references. */
    private static Map<String, FootnoteDefinition> definitions(Node document) {
        Map<String, FootnoteDefinition> definitions = new HashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition definition) {
                    definitions.putIfAbsent(definition.getLabel().toLowerCase(Locale.ROOT), definition);
                }
                visitChildren(block);
            }
        });
        return definitions;
    }

    /** The text of a node the plain renderer does not know, from its children, which it does. */
    private static String plainChildren(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            out.append(out.length() > 0 ? " " : "").append(CommonMark.PLAIN.render(child).strip());
        }
        return out.toString();
    }

    private static List<FootnoteReference> referencesIn(Node document) {
        List<FootnoteReference> references = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference reference) {
                    references.add(reference);
                }
                visitChildren(node);
            }
        });
        return references;
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

    /** Writes one document back; footnotes go to the brief's notes, each written once. */
    private static final class Writer {
        private final Footnotes notes;
        private final Map<String, FootnoteDefinition> definitions;
        /** The labels of the notes being written, so that a note that cites itself ends. */
        private final Set<String> writing = new HashSet<>();
        /** The brief's label of each footnote of this text. */
        private final Map<String, String> labels = new HashMap<>();
        private final Set<String> cited;

        Writer(Footnotes notes, Node document) {
            this.notes = notes;
            this.definitions = definitions(document);
            this.cited = new HashSet<>();
            for (FootnoteReference reference : referencesIn(document)) {
                cited.add(reference.getLabel().toLowerCase(Locale.ROOT));
            }
        }

        private String blocks(Node parent, int depth) {
            StringBuilder out = new StringBuilder();
            for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
                String rendered = block(block, depth);
                if (!rendered.isEmpty()) {
                    out.append(out.length() > 0 ? "\n\n" : "").append(rendered);
                }
            }
            return out.toString();
        }

        private String block(Node block, int depth) {
            if (block instanceof Paragraph) {
                return paragraph(inlines(block));
            }
            if (block instanceof LinkReferenceDefinition definition) {
                return paragraph(text("[" + definition.getLabel() + "]: " + definition.getDestination()));
            }
            if (block instanceof FootnoteDefinition definition) {
                return uncited(definition);
            }
            if (depth >= MAX_DEPTH) {
                return paragraph(text(CommonMark.PLAIN.render(block)));
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
            return paragraph(text(CommonMark.PLAIN.render(block)));
        }

        private String items(ListBlock list, int depth, Integer number, boolean tight) {
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

        private String inlines(Node parent) {
            StringBuilder out = new StringBuilder();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                out.append(inline(node));
            }
            return out.toString();
        }

        private String inline(Node node) {
            if (node instanceof Text text) {
                return text(text.getLiteral());
            }
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                return " ";
            }
            if (node instanceof FootnoteReference reference) {
                return footnote(reference);
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
            return text(CommonMark.PLAIN.render(node));
        }

        private String footnote(FootnoteReference reference) {
            String key = reference.getLabel().toLowerCase(Locale.ROOT);
            FootnoteDefinition definition = definitions.get(key);
            if (notes == null || definition == null || writing.contains(key)) {
                return text("[^" + reference.getLabel() + "]");
            }
            String label = labels.get(key);
            if (label == null) {
                writing.add(key);
                String note = blocks(definition, 1);
                writing.remove(key);
                label = notes.add(prefixed(note.isEmpty() ? text(plainChildren(definition)) : note, "", "    "));
                labels.put(key, label);
            }
            return "[^" + label + "]";
        }

        /** A note nobody cites, or any note where none are collected, shows as the author wrote it. */
        private String uncited(FootnoteDefinition definition) {
            if (notes != null && cited.contains(definition.getLabel().toLowerCase(Locale.ROOT))) {
                return "";
            }
            return paragraph(text("[^" + definition.getLabel() + "]: " + plainChildren(definition)));
        }
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
