package dev.iia.cli;

import picocli.CommandLine.Option;

/** {@code --force}: the one way a command may replace a file that exists (nothing is overwritten without it). */
final class ForceOption {
    @Option(names = "--force", description = "Replace an output file that exists.")
    boolean force;

    boolean given() {
        return force;
    }
}
