package dev.iia.cli;

import dev.iia.io.FileAccessException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "uninstall",
        mixinStandardHelpOptions = true,
        description = "Remove what 'iia install' put under PREFIX, and nothing else: a file changed since it was installed"
                + " is kept and named. The checkout itself stays as it is.")
final class UninstallCommand implements Callable<Integer>, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    @Option(names = "--prefix", paramLabel = "DIR", description = "Where iia was installed (default: ~/.local).")
    Path prefix;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(ExitCodes.OK, "removed, or nothing was installed there",
                ExitCodes.FILES, "a file cannot be removed");
    }

    @Override
    public Integer call() {
        Installation installation = new Installation(prefix != null ? prefix : InstallCommand.defaultPrefix());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, String> recorded = installation.recorded();
        if (recorded.isEmpty()) {
            out.println("Nothing to remove: iia was not installed in " + installation.prefix() + ".");
            return ExitCodes.OK;
        }
        for (Path relative : recorded.keySet()) {
            Path file = installation.resolve(relative);
            if (installation.ours(relative, recorded)) {
                delete(file);
                out.println("Removed " + file);
            } else if (Files.exists(file)) {
                err.println("iia: kept " + file + ": it changed since iia installed it");
            }
        }
        delete(installation.resolve(Installation.MANIFEST));
        return ExitCodes.OK;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw FileAccessException.writing(file, e);
        }
    }
}
