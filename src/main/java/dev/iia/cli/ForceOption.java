package dev.iia.cli;

import picocli.CommandLine.Option;

/** {@code --force}: the one way a command may replace a file that exists (nothing is overwritten without it). */
final class ForceOption {
    /** Also the description of {@code brief}'s {@code --force}, which is declared without annotations. */
    static final String DESCRIPTION = "Replace an output file that exists.";

    @Option(names = "--force", description = DESCRIPTION)
    boolean force;

    boolean given() {
        return force;
    }
}
