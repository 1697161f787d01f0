package dev.iia.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The parts of picocli's programmatic API that iia's most-run commands (the root, {@code score},
 * {@code validate} and {@code brief}) are declared with. Picocli's annotation model makes the JDK
 * generate a proxy class for every annotation type and parse every annotated member at start-up,
 * about 40 ms of each run; scripts run these commands thousands of times. The other commands keep
 * their annotations. Help, completion and the command reference cannot tell the two apart
 * (CommandReferenceTest).
 */
final class Declarations {
    private Declarations() {
    }

    /** A command whose user object {@code command} picocli runs, with the description its help shows. */
    static CommandSpec command(Object command, String name, String description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /** {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions} adds them. */
    static void standardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    }

    /** An option without a value. */
    static OptionSpec flag(Parsed<Boolean> value, String description, String... names) {
        return option(boolean.class, value, names).description(description).build();
    }

    /** An option with a value of {@code type}; the caller adds its label, description and the like. */
    static OptionSpec.Builder option(Class<?> type, Parsed<?> value, String... names) {
        return OptionSpec.builder(names).type(type).getter(value).setter(value).initialValue(value.value());
    }

    /** The files and folders a command reads: one or more paths. */
    static PositionalParamSpec paths(String label, String description, Parsed<List<Path>> value) {
        return PositionalParamSpec.builder().paramLabel(label).arity("1..*").required(true).type(List.class)
                .auxiliaryTypes(Path.class).description(description).getter(value).setter(value).build();
    }
}
