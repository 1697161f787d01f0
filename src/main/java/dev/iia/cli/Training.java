package dev.iia.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A training run for the class-data-sharing archive the launcher builds: runs the everyday
 * commands in-process on the given assessments so that the classes they load are archived and
 * later runs start faster. Not a user command; see docs/performance.md.
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] assessments) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        for (List<String> command : commands(List.of(assessments))) {
            Main.run(command.toArray(String[]::new), sink, sink, Map.of("NO_COLOR", "1"));
        }
    }

    static List<List<String>> commands(List<String> assessments) {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--version"));
        if (!assessments.isEmpty()) {
            for (String format : List.of("table", "json", "csv", "markdown")) {
                commands.add(concat(List.of("score", "--format", format), assessments));
            }
            commands.add(concat(List.of("validate", "-q"), assessments));
            commands.add(List.of("brief", "-o", "-", assessments.get(0)));
        }
        return commands;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
