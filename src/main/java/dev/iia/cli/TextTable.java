package dev.iia.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A terminal table: columns padded to their widest cell; a cell may be styled after padding. */
final class TextTable {
    /** One cell: the plain text (for width) and how to style it once padded. */
    record Cell(String text, UnaryOperator<String> style) {
        static Cell plain(String text) {
            return new Cell(text, UnaryOperator.identity());
        }
    }

    private final List<String> headers;
    private final List<List<Cell>> rows = new ArrayList<>();

    TextTable(List<String> headers) {
        this.headers = headers;
    }

    void add(List<Cell> row) {
        rows.add(row);
    }

    void print(PrintWriter out, String indent, UnaryOperator<String> headerStyle) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = headers.get(i).length();
        }
        for (List<Cell> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).text().length());
            }
        }
        List<Cell> header = headers.stream().map(h -> new Cell(h, headerStyle)).toList();
        out.println(indent + render(header, widths));
        rows.forEach(row -> out.println(indent + render(row, widths)));
    }

    private static String render(List<Cell> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            Cell cell = row.get(i);
            boolean last = i == row.size() - 1;
            String padded = last ? cell.text() : cell.text() + " ".repeat(widths[i] - cell.text().length());
            line.append(cell.style().apply(padded));
            if (!last) {
                line.append("  ");
            }
        }
        return line.toString().stripTrailing();
    }
}
