package dev.iia.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs iia in-process as a user would from a shell, capturing what it prints. */
public final class Cli {
    /** The outcome of one run: exit code, standard output, standard error. */
    public record Run(int code, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    public static Run run(String... args) {
        return run(Map.of(), args);
    }

    public static Run run(Map<String, String> environment, String... args) {
        return runWithInput("", environment, args);
    }

    /** Runs iia with {@code input} as what the user types, line by line (for {@code iia assess}). */
    public static Run runWithInput(String input, String... args) {
        return runWithInput(input, Map.of(), args);
    }

    public static Run runWithInput(String input, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Run(code, out.toString(), err.toString());
    }
}
