package dev.iia.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for the terminal, as styled lines: columns padded to their widest cell and two spaces
 * apart, the padding outside the styled text, no trailing blanks. The dialogue's summary and the
 * command line's tables ({@code iia score}, {@code iia rubric list}) are drawn by it.
 */
public final class Table {
    private static final String GAP = "  ";

    private final List<List<Line.Span>> rows = new ArrayList<>();

    /** A row of column headings. */
    public Table headings(String... texts) {
        List<Line.Span> row = new ArrayList<>();
        for (String text : texts) {
            row.add(new Line.Span(text, Tone.HEADING));
        }
        return row(row);
    }

    public Table row(List<Line.Span> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    /** A row of cells without style. */
    public Table plainRow(List<String> cells) {
        return row(cells.stream().map(text -> new Line.Span(text, Tone.PLAIN)).toList());
    }

    /** The rows as lines, each starting with {@code indent}. */
    public List<Line> lines(String indent) {
        int[] widths = widths();
        List<Line> lines = new ArrayList<>();
        for (List<Line.Span> row : rows) {
            List<Line.Span> spans = new ArrayList<>();
            spans.add(new Line.Span(indent, Tone.PLAIN));
            for (int i = 0; i < row.size(); i++) {
                Line.Span cell = row.get(i);
                spans.add(cell);
                if (i < row.size() - 1) {
                    spans.add(new Line.Span(" ".repeat(widths[i] - cell.text().length()) + GAP, Tone.PLAIN));
                }
            }
            lines.add(new Line(withoutTrailingBlanks(spans)));
        }
        return lines;
    }

    private int[] widths() {
        int[] widths = new int[rows.stream().mapToInt(List::size).max().orElse(0)];
        for (List<Line.Span> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).text().length());
            }
        }
        return widths;
    }

    private static List<Line.Span> withoutTrailingBlanks(List<Line.Span> spans) {
        List<Line.Span> kept = new ArrayList<>(spans);
        while (!kept.isEmpty() && kept.get(kept.size() - 1).text().isBlank()) {
            kept.remove(kept.size() - 1);
        }
        if (!kept.isEmpty()) {
            Line.Span last = kept.get(kept.size() - 1);
            kept.set(kept.size() - 1, new Line.Span(last.text().stripTrailing(), last.tone()));
        }
        return kept;
    }
}
