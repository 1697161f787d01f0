package dev.iia.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The root command, {@code iia}: its options, which every command inherits, and the commands. It is
 * declared with picocli's programmatic API, as are the most-run commands (see {@link Declarations}).
 */
public final class IiaCommand implements Runnable, ExitCodes.Documented {
    private static final String COMPLETION = "generate-completion";
    /** The system property by which the launcher says whether standard output is a terminal. */
    static final String STDOUT_TERMINAL = "iia.stdout.terminal";
    /**
     * The commands, in the order help lists them. They are registered by {@link #commandLine} rather
     * than by annotation: picocli reads every registered command's annotations at start-up, so a run
     * of one command registers only that one.
     */
    private static final List<String> COMMANDS = List.of("assess", "score", "brief", "new", "diff", "migrate", "agree", "merge",
            "validate", "rubric", "schema", "install", "uninstall", COMPLETION, "help");

    private CommandSpec spec;
    private final Parsed<Boolean> noColor = new Parsed<>(false);
    private final Parsed<Boolean> debug = new Parsed<>(false);
    private Map<String, String> environment = Map.of();
    private InputStream in = System.in;

    /** A command line configured as {@code main} uses it: writers, colours, error handling; what users type (in {@code iia assess}) comes from {@code in}. */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> environment,
                                          String... args) {
        IiaCommand root = new IiaCommand();
        root.environment = Map.copyOf(environment);
        root.in = in;
        CommandLine commandLine = new CommandLine(root.declaration());
        String named = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse(null);
        boolean justOne = named != null && COMMANDS.contains(named) && !named.equals("help") && !named.equals(COMPLETION);
        for (String name : COMMANDS) {
            if (!justOne || name.equals(named)) {
                commandLine.addSubcommand(name, command(name));
            }
        }
        commandLine.registerConverter(Path.class, new PathConverter());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi(environment, System.getProperty(STDOUT_TERMINAL), args)));
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        if (commandLine.getSubcommands().containsKey(COMPLETION)) {
            commandLine.getSubcommands().get(COMPLETION).getCommandSpec().usageMessage().hidden(true);
        }
        listExitCodes(commandLine);
        askRootForVersion(commandLine, commandLine.getCommandSpec());
        return commandLine;
    }

    /** {@code iia COMMAND --version} prints what {@code iia --version} prints: picocli gives a command's -V no text of its own. */
    private static void askRootForVersion(CommandLine commandLine, CommandSpec root) {
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            subcommand.getCommandSpec().versionProvider(() -> root.versionProvider().getVersion());
            askRootForVersion(subcommand, root);
        }
    }

    private CommandSpec declaration() {
        spec = CommandSpec.wrapWithoutInspection(this).name("iia").versionProvider(new VersionProvider());
        spec.usageMessage().autoWidth(true).sortOptions(false)
                .header("Internet Impact Assessment: how a proposal affects what the Internet needs to exist and thrive.")
                .description("Assess a law, regulation, business decision or technology against the five critical "
                        + "properties of the Internet Way of Networking and the enablers of an open, globally "
                        + "connected, secure and trustworthy Internet; score it transparently; and write an Internet "
                        + "Impact Brief.")
                .footerHeading("%n")
                .footer("Run 'iia COMMAND --help' for a command's options. Documentation: README.md");
        spec.addOption(inherited(Declarations.flag(noColor,
                "Print no colour or other escape codes (also when NO_COLOR is set).", "--no-color")));
        spec.addOption(inherited(Declarations.flag(debug, "Show stack traces of errors.", "--debug")));
        Declarations.standardHelpOptions(spec);
        return spec;
    }

    /** The option, given to every command as well (picocli copies it when a command is added). */
    private static OptionSpec inherited(OptionSpec option) {
        return option.toBuilder().scopeType(ScopeType.INHERIT).build();
    }

    /** Every command that documents its exit codes gets them in its help, from {@link ExitCodes}. */
    private static void listExitCodes(CommandLine commandLine) {
        if (commandLine.getCommand() instanceof ExitCodes.Documented documented) {
            commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.list(documented));
        }
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            listExitCodes(subcommand);
        }
    }

    /** The command named {@code name}: an annotated object, or the declaration of one that has none. */
    private static Object command(String name) {
        return switch (name) {
            case "assess" -> new AssessCommand();
            case "score" -> ScoreCommand.declaration();
            case "brief" -> BriefCommand.declaration();
            case "new" -> new NewCommand();
            case "diff" -> new DiffCommand();
            case "migrate" -> new MigrateCommand();
            case "agree" -> new AgreeCommand();
            case "merge" -> new MergeCommand();
            case "validate" -> ValidateCommand.declaration();
            case "rubric" -> new RubricCommand();
            case "schema" -> new SchemaCommand();
            case "install" -> new InstallCommand();
            case "uninstall" -> new UninstallCommand();
            case COMPLETION -> new AutoComplete.GenerateCompletion();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /**
     * Colour: never with --no-color or a non-empty NO_COLOR; else always with CLICOLOR_FORCE (but "0"),
     * never with CLICOLOR=0, and otherwise only when standard output is a terminal.
     *
     * @param stdoutTerminal "true" or "false" as the launcher found it, or null to let picocli ask the
     *                       JDK's console, which from JDK 22 on loads console providers and logging:
     *                       15 ms of every run
     */
    static Ansi ansi(Map<String, String> environment, String stdoutTerminal, String... args) {
        String noColor = environment.get("NO_COLOR");
        if ((noColor != null && !noColor.isEmpty()) || Arrays.asList(args).contains("--no-color")) {
            return Ansi.OFF;
        }
        if (stdoutTerminal == null) {
            return Ansi.AUTO;
        }
        String force = environment.get("CLICOLOR_FORCE");
        if (force != null && !force.equals("0")) {
            return Ansi.ON;
        }
        return "0".equals(environment.get("CLICOLOR")) || !Boolean.parseBoolean(stdoutTerminal) ? Ansi.OFF : Ansi.ON;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public boolean debug() {
        return debug.value();
    }

    public InputStream in() {
        return in;
    }

    /** Colour unless --no-color or a non-empty NO_COLOR says otherwise (whether output is a terminal aside). */
    boolean colourWanted() {
        String noColorVariable = environment.get("NO_COLOR");
        return !noColor.value() && (noColorVariable == null || noColorVariable.isEmpty());
    }

    @Override
    public Map<Integer, String> exitCodes() {
        return ExitCodes.MEANINGS;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        String listed = String.join(", ", COMMANDS.stream().filter(name -> !name.equals(COMPLETION)).toList());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: " + listed);
    }
}
