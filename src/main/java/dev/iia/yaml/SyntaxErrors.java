package dev.iia.yaml;

import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML parser's errors in plain words, at the line where the mistake is made (an unclosed quote
 * where it opens, not where the file ends), with that line quoted.
 */
final class SyntaxErrors {
    private static final int QUOTED = 60;

    private SyntaxErrors() {
    }

    static Problem explain(String source, String text, MarkedYAMLException error) {
        String problem = firstLine(error.getProblem());
        String context = firstLine(error.getContext());
        Mark at = error.getProblemMark();
        String words;
        if (problem.contains("\\t(TAB)")) {
            words = "a tab character here; indent with spaces, not tabs";
        } else if (context.contains("quoted scalar") && error.getContextMark() != null) {
            at = error.getContextMark();
            char quote = charAt(text, at);
            words = "the quoted text that opens here is never closed; end it with " + (quote == '\'' ? "'" : "\"")
                    + ", or write the value without quotes";
        } else if (problem.startsWith("mapping values are not allowed")) {
            words = "a ': ' here where no new key can start; put a value that holds ': ' in quotes, or indent this line"
                    + " like the key it belongs with";
        } else if (problem.startsWith("expected <block end>") || problem.startsWith("expected <block mapping end>")) {
            words = "this line is indented differently from the lines above it; indent it like the key it belongs with";
        } else if (problem.startsWith("could not find expected ':'") && error.getContextMark() != null) {
            at = error.getContextMark();
            words = "this line is not 'key: value': a ':' is missing, or the text belongs to the line above and needs a"
                    + " | block or quotes";
        } else {
            words = problem;
        }
        Location location = new Location(at.getLine() + 1, at.getColumn() + 1);
        String line = lineAt(text, at.getLine());
        return new Problem(source, location, "YAML syntax: " + words + (line.isBlank() ? "" : " (line " + location.line() + ": "
                + quoted(line) + ")"));
    }

    private static char charAt(String text, Mark mark) {
        String line = lineAt(text, mark.getLine());
        return mark.getColumn() < line.length() ? line.charAt(mark.getColumn()) : '"';
    }

    private static String lineAt(String text, int index) {
        return text.lines().skip(index).findFirst().orElse("");
    }

    private static String quoted(String line) {
        String stripped = line.strip();
        return stripped.length() > QUOTED ? stripped.substring(0, QUOTED - 1) + "…" : stripped;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
    }
}
