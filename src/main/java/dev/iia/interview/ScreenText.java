package dev.iia.interview;

import java.util.ArrayList;
import java.util.List;

/** Author and rubric text made to fit a screen line: paragraphs, reflowed lines, excerpts. */
final class ScreenText {
    private static final int EXCERPT = 60;

    private ScreenText() {
    }

    /** Text from the rubric or the user as paragraphs, each on one line before wrapping. */
    static List<Line> paragraphs(String text, String indent) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            lines.add(Line.of(indent + reflow(paragraph)));
        }
        return lines;
    }

    static String reflow(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    static boolean endsASentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") || text.endsWith("…");
    }

    static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    /** The first line of a text, shortened to a glance; "…" when anything is left out. */
    static String excerpt(String text) {
        String line = firstLine(text);
        if (line.length() > EXCERPT) {
            return line.substring(0, EXCERPT - 1).stripTrailing() + "…";
        }
        return text.strip().contains("\n") ? line + " …" : line;
    }
}
