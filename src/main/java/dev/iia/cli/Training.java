package dev.iia.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A training run for the class-data-sharing archive or ahead-of-time cache the launcher builds:
 * runs the everyday commands (or, with {@code --only}, one of them) in-process on the given
 * assessments so that the classes they load are archived and later runs start faster. Not a user
 * command; see docs/performance.md.
 */
public final class Training {
    private Training() {
    }

    /** {@code [--only COMMAND] ASSESSMENT...}: every everyday command, or only the one named. */
    public static void main(String[] arguments) {
        List<String> assessments = List.of(arguments);
        String only = null;
        if (assessments.size() >= 2 && assessments.get(0).equals("--only")) {
            only = assessments.get(1);
            assessments = assessments.subList(2, assessments.size());
        }
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        for (List<String> command : commands(only, assessments)) {
            Main.run(command.toArray(String[]::new), sink, sink, Map.of("NO_COLOR", "1"));
        }
    }

    /** The commands a training run runs: all, or those of the command {@code only} when it is not null. */
    static List<List<String>> commands(String only, List<String> assessments) {
        return all(assessments).stream().filter(command -> only == null || command.get(0).equals(only)).toList();
    }

    private static List<List<String>> all(List<String> assessments) {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--version"));
        if (!assessments.isEmpty()) {
            for (String format : List.of("table", "json", "csv", "markdown")) {
                commands.add(concat(List.of("score", "--format", format), assessments));
            }
            commands.add(concat(List.of("validate", "-q"), assessments));
            for (String assessment : assessments) {
                commands.add(List.of("brief", "-o", "-", assessment));
            }
        }
        return commands;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
