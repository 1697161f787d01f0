package dev.iia.cli;

import dev.iia.rubric.Rubric;
import dev.iia.scoring.Levels;
import picocli.CommandLine.Help.Ansi;

/** Colour for level words in a terminal. The word is always there: colour never carries meaning alone. */
final class Styles {
    private Styles() {
    }

    static String level(Ansi ansi, Rubric rubric, String level, String text) {
        return ansi.string("@|" + style(rubric, level) + " " + escape(text) + "|@");
    }

    static String style(Rubric rubric, String level) {
        if (!Levels.valued(rubric, level)) {
            return Levels.UNCLEAR.equals(level) ? "yellow" : "faint";
        }
        double direction = Levels.direction(rubric, level);
        boolean extreme = Levels.rank(rubric, level) == 0 || Levels.rank(rubric, level) == rubric.levels().size() - 1;
        if (direction < 0) {
            return extreme ? "bold,red" : "red";
        }
        if (direction > 0) {
            return extreme ? "bold,green" : "green";
        }
        return "reset";
    }

    static String bold(Ansi ansi, String text) {
        return ansi.string("@|bold " + escape(text) + "|@");
    }

    /** picocli markup must not see our text's own {@code |@} or {@code @|}. */
    private static String escape(String text) {
        return text.replace("@|", "@ |").replace("|@", "| @");
    }
}
