package dev.iia.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** The entry point: runs one command and exits with its code. */
public final class Main {
    static {
        // picocli looks for Groovy's Closure class on first use; the miss opens the jar to search it,
        // tens of milliseconds of every run's start.
        System.setProperty("picocli.disable.closures", "true");
        // picocli finds its converters for java.time and java.sql types by reflection, loading 80 classes
        // of the JDK at each start; no option of iia has such a type.
        System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    }

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        int code = run(args, out, err, System.getenv());
        out.flush();
        err.flush();
        System.out.flush();
        System.err.flush();
        // Not System.exit: from JDK 21 on, it asks the logging framework whether to log the exit, which
        // searches the class path for a logger: about 12 ms of every run. By now every file iia wrote is
        // closed, and the one shutdown hook iia adds (an assessment's save at exit) is removed again
        // when its session ends.
        Runtime.getRuntime().halt(code);
    }

    /** Runs iia as from the command line, writing to the given streams; the test and embedding entry point. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return run(args, System.in, out, err, environment);
    }

    /**
     * The same, reading what users type from {@code in}. Whatever escapes the command, Errors
     * included, ends here in one line and exit 70, the stack trace only with {@code --debug}.
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        try {
            if (asksForVersionOnly(args)) {
                out.println(new VersionProvider().getVersion()[0]);
                return ExitCodes.OK;
            }
            return IiaCommand.commandLine(in, out, err, environment, args).execute(args);
        } catch (Throwable throwable) {
            out.flush();
            int code = ErrorHandler.internal(throwable, err);
            if (Arrays.asList(args).contains("--debug")) {
                throwable.printStackTrace(err);
            }
            err.flush();
            return code;
        }
    }

    /**
     * {@code iia --version} alone is answered before picocli builds its model of every command, which
     * would take most of the run; what it prints is what picocli prints for it.
     */
    private static boolean asksForVersionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }
}
