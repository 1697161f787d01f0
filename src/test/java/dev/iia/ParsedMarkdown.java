package dev.iia;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.parser.Parser;

/** A Markdown text parsed by a real CommonMark parser with GFM tables, and questions about its structure. */
public final class ParsedMarkdown {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create(), FootnotesExtension.create())).build();

    private final Node document;

    private ParsedMarkdown(Node document) {
        this.document = document;
    }

    public static ParsedMarkdown parse(String markdown) {
        return new ParsedMarkdown(PARSER.parse(markdown));
    }

    public Node document() {
        return document;
    }

    public <T extends Node> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(document, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, found);
        }
    }

    /** Every heading as written: {@code "## Abstract"}. */
    public List<String> headings() {
        return all(Heading.class).stream().map(h -> "#".repeat(h.getLevel()) + " " + text(h)).toList();
    }

    public List<String> linkDestinations() {
        return all(Link.class).stream().map(Link::getDestination).toList();
    }

    /** For each table, the number of cells of each of its rows (header first). */
    public List<List<Integer>> tableShapes() {
        List<List<Integer>> shapes = new ArrayList<>();
        for (TableBlock table : all(TableBlock.class)) {
            List<Integer> rows = new ArrayList<>();
            collectRows(table).forEach(row -> rows.add(cells(row).size()));
            shapes.add(rows);
        }
        return shapes;
    }

    public List<TableRow> collectRows(Node table) {
        List<TableRow> rows = new ArrayList<>();
        collect(table, TableRow.class, rows);
        return rows;
    }

    public List<TableCell> cells(TableRow row) {
        List<TableCell> cells = new ArrayList<>();
        collect(row, TableCell.class, cells);
        return cells;
    }

    /** The literal text of a node and its children; line breaks inside a paragraph become {@code \n}. */
    public static String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof Text text) {
            out.append(text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(code.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendText(child, out);
        }
    }

    /** The literal text of every Text node, one per entry. */
    public List<String> texts() {
        return all(Text.class).stream().map(Text::getLiteral).toList();
    }
}
