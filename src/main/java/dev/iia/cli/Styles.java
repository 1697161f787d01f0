package dev.iia.cli;

import dev.iia.interview.Line;
import dev.iia.interview.Tone;
import dev.iia.rubric.Rubric;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi;

/** Colour for level words in a terminal. The word is always there: colour never carries meaning alone. */
final class Styles {
    private Styles() {
    }

    static String level(Ansi ansi, Rubric rubric, String level, String text) {
        return styled(ansi, Tone.of(rubric, level), text);
    }

    /** picocli's markup for the level's tone, the same tones the terminal dialogue shows. */
    static String style(Rubric rubric, String level) {
        return markup(Tone.of(rubric, level));
    }

    static String bold(Ansi ansi, String text) {
        return styled(ansi, Tone.HEADING, text);
    }

    /** A line of the dialogue's styled text (such as a table's) in picocli's colours; plain text as it is. */
    static String line(Ansi ansi, Line line) {
        return line.spans().stream()
                .map(span -> span.tone() == Tone.PLAIN || span.text().isEmpty() ? span.text() : styled(ansi, span.tone(), span.text()))
                .collect(Collectors.joining());
    }

    private static String styled(Ansi ansi, Tone tone, String text) {
        return ansi.string("@|" + markup(tone) + " " + escape(text) + "|@");
    }

    private static String markup(Tone tone) {
        return switch (tone) {
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

    /** picocli markup must not see our text's own {@code |@} or {@code @|}. */
    private static String escape(String text) {
        return text.replace("@|", "@ |").replace("|@", "| @");
    }
}
