package dev.iia.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of output made of styled pieces; front ends without style print {@link #text()}.
 *
 * @param hang how far a wrapped continuation is indented, or -1 to indent it like the line itself
 */
public record Line(List<Span> spans, int hang) {
    /** A piece of text and how it may be styled. */
    public record Span(String text, Tone tone) {
    }

    public Line {
        spans = List.copyOf(spans);
    }

    public Line(List<Span> spans) {
        this(spans, -1);
    }

    public static Line of(String text) {
        return of(text, Tone.PLAIN);
    }

    public static Line of(String text, Tone tone) {
        return new Line(List.of(new Span(text, tone)));
    }

    public static Line empty() {
        return new Line(List.of());
    }

    public Line plus(String text) {
        return plus(text, Tone.PLAIN);
    }

    public Line plus(String text, Tone tone) {
        List<Span> more = new ArrayList<>(spans);
        more.add(new Span(text, tone));
        return new Line(more, hang);
    }

    public Line plus(Line more) {
        List<Span> joined = new ArrayList<>(spans);
        joined.addAll(more.spans);
        return new Line(joined, hang);
    }

    /** The same line, wrapped continuations starting at column {@code hang}. */
    public Line hanging(int hang) {
        return new Line(spans, hang);
    }

    public String text() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    /**
     * The line broken at spaces into lines at most {@code width} wide, continuations indented by
     * {@link #hang}; a width of 0 or less leaves it whole. Words longer than the width stay whole.
     */
    public List<Line> wrap(int width) {
        String text = text();
        if (width <= 0 || text.length() <= width) {
            return List.of(this);
        }
        String indent = " ".repeat(hang >= 0 ? hang : text.length() - text.stripLeading().length());
        List<Line> lines = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int column = 0;
        for (Span span : spans) {
            for (String word : span.text().split("(?<= )")) {
                if (column > indent.length() && column + word.stripTrailing().length() > width) {
                    lines.add(trimmed(current));
                    current = new ArrayList<>(List.of(new Span(indent, Tone.PLAIN)));
                    column = indent.length();
                    if (word.isBlank()) {
                        continue;
                    }
                }
                current.add(new Span(word, span.tone()));
                column += word.length();
            }
        }
        lines.add(trimmed(current));
        return lines;
    }

    private static Line trimmed(List<Span> spans) {
        List<Span> copy = new ArrayList<>(spans);
        if (!copy.isEmpty()) {
            Span last = copy.get(copy.size() - 1);
            copy.set(copy.size() - 1, new Span(last.text().stripTrailing(), last.tone()));
        }
        return new Line(copy);
    }
}
