package dev.iia.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
        // Output encoded and thrown away, and the process's environment read, as in a real run, so
        // that the classes doing it are archived too.
        PrintWriter sink = new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("NO_COLOR", "1");
        for (List<String> command : commands(only, assessments)) {
            Main.run(command.toArray(String[]::new), sink, sink, environment);
        }
        sink.flush();
    }

    /** The commands a training run runs: all, or those of the command {@code only} when it is not null. */
    static List<List<String>> commands(String only, List<String> assessments) {
        return all(assessments).stream().filter(command -> only == null || command.get(0).equals(only)).toList();
    }

    private static List<List<String>> all(List<String> assessments) {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--version"));
        if (!assessments.isEmpty()) {
            // One file as well as many: a batch of one takes its own way, which would otherwise run
            // for the first time, unarchived, in the commands scripts run most.
            commands.add(List.of("score", assessments.get(0)));
            for (String format : List.of("table", "json", "csv", "markdown")) {
                commands.add(concat(List.of("score", "--format", format), assessments));
            }
            commands.add(List.of("validate", assessments.get(0)));
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
