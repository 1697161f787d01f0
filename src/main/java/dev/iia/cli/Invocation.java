package dev.iia.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * How to name iia in a hint so that the command works where the user is. The rule: {@code iia} when
 * an {@code iia} is on the PATH; otherwise the launcher as it was typed ({@code ./iia}, which the
 * launcher passes in {@code IIA_LAUNCHER}); run from the jar alone, {@code java -jar} and the jar.
 */
final class Invocation {
    static final String LAUNCHER_VARIABLE = "IIA_LAUNCHER";

    private Invocation() {
    }

    /** The words that run iia here, such as {@code iia} or {@code ./iia}. */
    static String command(Map<String, String> environment) {
        String path = environment.get("PATH");
        if (path != null && Arrays.stream(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "iia")))) {
            return "iia";
        }
        String launcher = environment.get(LAUNCHER_VARIABLE);
        if (launcher != null && !launcher.isBlank()) {
            return shellWord(launcher);
        }
        return "iia";
    }

    /** Whether {@code folder} is one of the PATH's folders. */
    static boolean onPath(Path folder, String path) {
        return path != null && Arrays.stream(path.split(File.pathSeparator)).filter(entry -> !entry.isEmpty())
                .anyMatch(entry -> Path.of(entry).toAbsolutePath().normalize().equals(folder));
    }

    /**
     * A file name the shell and iia read as it is: quoted when it holds anything but safe characters,
     * and starting with {@code ./} when it starts with a dash, which would read as an option.
     */
    static String shellWord(String word) {
        String path = word.startsWith("-") ? "./" + word : word;
        return path.matches("[A-Za-z0-9_./@%+=:,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
