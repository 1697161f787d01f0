package dev.iia.cli;

import picocli.CommandLine.Option;

/** {@code --format} of the commands that write a document: Markdown to read, or the same content as JSON data. */
final class FormatOption {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = OutputFormat.Document.class,
            completionCandidates = OutputFormat.Document.class,
            description = "markdown (default; md for short) or json: the same content as data.")
    OutputFormat format = OutputFormat.markdown;

    boolean json() {
        return format == OutputFormat.json;
    }
}
