package dev.iia.cli;

import dev.iia.io.FileAccessException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "install",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Put iia on the PATH with bash completion, as jbang installs its apps: PREFIX/bin/iia, a small script"
                + " that runs this checkout's ./iia, and PREFIX/share/bash-completion/completions/iia. 'iia uninstall' removes"
                + " exactly these files. Run it as ./iia install.")
final class InstallCommand implements Callable<Integer>, ExitCodes.Documented {
    /** Set by the launcher ({@code ./iia}) to the folder of this checkout. */
    static final String HOME_PROPERTY = "iia.home";

    @Spec
    CommandSpec spec;

    @Option(names = "--prefix", paramLabel = "DIR", description = "Where to install (default: ~/.local).")
    Path prefix;

    @Mixin
    ForceOption force;

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(ExitCodes.OK, "installed",
                ExitCodes.FILES, "not run from a checkout's ./iia, or PREFIX/bin/iia exists and was not installed by iia (use --force),"
                        + " or a file cannot be written");
    }

    @Override
    public Integer call() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null) {
            throw new FileAccessException("install runs from a checkout: type ./iia install in the folder of the iia sources");
        }
        Installation installation = new Installation(prefix != null ? prefix : defaultPrefix());
        Path command = installation.resolve(Installation.COMMAND);
        Map<Path, String> recorded = installation.recorded();
        if (Files.exists(command) && !installation.ours(Installation.COMMAND, recorded) && !force.given()) {
            throw new FileAccessException(command + ": already exists and was not installed by iia; use --force to replace it");
        }
        Path launcher = Path.of(home, "iia").toAbsolutePath().normalize();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(Installation.COMMAND, "#!/bin/sh\n# Installed by 'iia install'; 'iia uninstall' removes it.\nexec "
                + Invocation.shellWord(launcher.toString()) + " \"$@\"\n");
        files.put(Installation.BASH_COMPLETION, AutoComplete.bash("iia", spec.root().commandLine()));
        installation.write(files, true);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Installed iia in " + command + " (it runs " + launcher + ") and its bash completion in "
                + installation.resolve(Installation.BASH_COMPLETION) + ".");
        if (!Invocation.onPath(installation.resolve(Path.of("bin")), ((IiaCommand) spec.root().userObject()).environment().get("PATH"))) {
            out.println("Add " + installation.resolve(Path.of("bin")) + " to your PATH, for example in ~/.bashrc: export PATH=\""
                    + installation.resolve(Path.of("bin")) + ":$PATH\"");
        }
        out.println("In zsh, completion comes from the same file: autoload -U +X bashcompinit && bashcompinit && source "
                + installation.resolve(Installation.BASH_COMPLETION));
        String iia = Invocation.command(((IiaCommand) spec.root().userObject()).environment());
        out.println("Remove it all with: " + iia + " uninstall" + (prefix != null ? " --prefix " + Invocation.shellWord(prefix.toString()) : ""));
        return ExitCodes.OK;
    }

    static Path defaultPrefix() {
        return Path.of(System.getProperty("user.home"), ".local");
    }
}
