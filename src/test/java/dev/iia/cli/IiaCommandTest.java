package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

class IiaCommandTest {
    /** The commands picocli itself provides, which document no exit codes. */
    private static final List<String> PICOCLIS = List.of("help", "generate-completion");

    @Test
    void printsItsVersion() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("iia ").contains("(Java ");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("score", "validate", "rubric", "schema", "Exit codes:", "70", "130")
                .doesNotContain("generate-completion");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = Cli.run();

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("iia: a command is required");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        Cli.Run run = Cli.run("scroe", "x.yaml");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("iia: unknown command 'scroe'; did you mean 'score'? (see 'iia --help')\n");
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatPointsToTheCommandsHelp() {
        Cli.Run run = Cli.run("score", "--frmat", "json", "assessments");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("iia score: unknown option '--frmat'; did you mean '--format'? (see 'iia score --help')\n");
    }

    @Test
    void aValueOutsideTheListNamesTheListInOneLine() {
        Cli.Run run = Cli.run("score", "--format", "xml", "assessments");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("iia score: --format must be one of table, json, csv, markdown (got 'xml')\n");
    }

    @Test
    void aMissingArgumentIsOneLine() {
        Cli.Run run = Cli.run("score");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("iia score: missing required parameter: 'PATH' (see 'iia score --help')\n");
    }

    /** Main turns off picocli's converters for java.time and java.sql types, to start faster. */
    @Test
    void noOptionOrParameterHasAJavaTimeOrJavaSqlType() {
        List<String> types = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(List.of(registry()));
        for (int i = 0; i < commands.size(); i++) {
            commands.addAll(commands.get(i).getSubcommands().values());
            for (CommandLine.Model.ArgSpec arg : commands.get(i).getCommandSpec().args()) {
                types.add(arg.type().getName());
                for (Class<?> auxiliary : arg.auxiliaryTypes()) {
                    types.add(auxiliary.getName());
                }
            }
        }

        assertThat(types).contains("java.nio.file.Path").noneMatch(type -> type.startsWith("java.time.") || type.startsWith("java.sql."));
    }

    /** Every command but {@code help}, whose arguments name the command to show. */
    @Test
    void everyCommandPrintsIiasVersion() {
        String version = Cli.run("--version").out();

        for (List<String> command : everyCommand().stream().filter(command -> !command.equals(List.of("help"))).toList()) {
            List<String> words = new ArrayList<>(command);
            words.add("--version");
            Cli.Run run = Cli.run(words.toArray(String[]::new));
            assertThat(run.out()).as("iia %s --version", String.join(" ", command)).isEqualTo(version);
        }
    }

    @Test
    void colourIsOffWithNoColorOrTheNoColorVariable() {
        assertThat(IiaCommand.ansi(Map.of("NO_COLOR", "1"), "true")).isEqualTo(Ansi.OFF);
        assertThat(IiaCommand.ansi(Map.of("CLICOLOR_FORCE", "1"), "true", "score", "--no-color")).isEqualTo(Ansi.OFF);
        assertThat(IiaCommand.ansi(Map.of("NO_COLOR", ""), null)).isEqualTo(Ansi.AUTO);
    }

    @Test
    void whenTheLauncherSaysWhetherOutputIsATerminalColourFollowsItAndTheClicolorVariables() {
        assertThat(IiaCommand.ansi(Map.of(), "true")).isEqualTo(Ansi.ON);
        assertThat(IiaCommand.ansi(Map.of(), "false")).isEqualTo(Ansi.OFF);
        assertThat(IiaCommand.ansi(Map.of("CLICOLOR", "0"), "true")).isEqualTo(Ansi.OFF);
        assertThat(IiaCommand.ansi(Map.of("CLICOLOR_FORCE", "1"), "false")).isEqualTo(Ansi.ON);
        assertThat(IiaCommand.ansi(Map.of("CLICOLOR_FORCE", "0"), "false")).isEqualTo(Ansi.OFF);
    }

    @Test
    void theNoColorOptionIsAcceptedByEveryCommand() {
        assertThat(Cli.run("score", "--no-color", "assessments/community-networks-licensing.yaml").code()).isZero();
        assertThat(Cli.run("--no-color", "rubric", "list").code()).isZero();
        assertThat(everyCommand()).hasSizeGreaterThanOrEqualTo(13).allSatisfy(command -> {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--no-color", "--help"));
            Cli.Run run = Cli.run(args.toArray(String[]::new));
            assertThat(run.code()).as("iia %s", String.join(" ", args)).isZero();
            assertThat(run.all()).as("iia %s", String.join(" ", args)).contains("Usage: iia").doesNotContain("\u001b[");
        });
    }

    @Test
    void everyCommandListsOnlyIiasExitCodesUsageErrorsIncluded() {
        for (List<String> command : everyCommand()) {
            CommandLine commandLine = registry();
            for (String name : command) {
                commandLine = commandLine.getSubcommands().get(name);
            }
            Map<String, String> codes = commandLine.getCommandSpec().usageMessage().exitCodeList();
            if (PICOCLIS.contains(command.get(0))) {
                continue;
            }
            assertThat(codes.keySet()).as("iia %s", String.join(" ", command))
                    .contains(String.valueOf(ExitCodes.USAGE))
                    .allSatisfy(code -> assertThat(ExitCodes.MEANINGS).containsKey(Integer.valueOf(code)));
        }
        assertThat(registry().getCommandSpec().usageMessage().exitCodeList()).hasSize(ExitCodes.MEANINGS.size());
    }

    /** Every command and subcommand iia registers, as the words that run it (such as {@code rubric lint}). */
    private static List<List<String>> everyCommand() {
        List<List<String>> commands = new ArrayList<>();
        collect(registry(), List.of(), commands);
        return commands;
    }

    private static void collect(CommandLine parent, List<String> path, List<List<String>> commands) {
        parent.getSubcommands().forEach((name, sub) -> {
            List<String> words = new ArrayList<>(path);
            words.add(name);
            commands.add(words);
            collect(sub, words, commands);
        });
    }

    /** The command line as {@code main} builds it when no command is named: with every command registered. */
    private static CommandLine registry() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return IiaCommand.commandLine(InputStream.nullInputStream(), nowhere, nowhere, Map.of());
    }

    @Test
    void generatesShellCompletion() {
        Cli.Run run = Cli.run("generate-completion");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("complete -F");
    }
}
