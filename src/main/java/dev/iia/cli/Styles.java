package dev.iia.cli;

import dev.iia.rubric.Rubric;
import dev.iia.interview.Tone;
import picocli.CommandLine.Help.Ansi;

/** Colour for level words in a terminal. The word is always there: colour never carries meaning alone. */
final class Styles {
    private Styles() {
    }

    static String level(Ansi ansi, Rubric rubric, String level, String text) {
        return ansi.string("@|" + style(rubric, level) + " " + escape(text) + "|@");
    }

    /** picocli's markup for the level's tone, the same tones the terminal dialogue shows. */
    static String style(Rubric rubric, String level) {
        return switch (Tone.of(rubric, level)) {
            case SEVERE_HARM -> "bold,red";
            case HARM -> "red";
            case BENEFIT -> "green";
            case STRONG_BENEFIT -> "bold,green";
            case UNCLEAR, HINT -> "yellow";
            case MUTED -> "faint";
            case HEADING -> "bold";
            case PLAIN, NEUTRAL -> "reset";
        };
    }

    static String bold(Ansi ansi, String text) {
        return ansi.string("@|bold " + escape(text) + "|@");
    }

    /** picocli markup must not see our text's own {@code |@} or {@code @|}. */
    private static String escape(String text) {
        return text.replace("@|", "@ |").replace("|@", "| @");
    }
}
