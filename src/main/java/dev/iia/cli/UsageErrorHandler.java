package dev.iia.cli;

import dev.iia.problem.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error is one line in iia's voice, naming the command, what is wrong, and the nearest
 * command or option when there is one; exit 2. picocli's own wording ("Unmatched arguments from
 * index 0") is translated; its messages for other cases are kept, after the command's name.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    /** picocli's message for a value outside a fixed list, such as an enum. */
    private static final Pattern NOT_ONE_OF = Pattern.compile(
            "Invalid value for (?:option '([^']+)'|positional parameter at index \\d+ \\(([^)]+)\\)): expected one of \\[([^\\]]*)\\].* but was '(.*)'");

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(line(exception));
        err.flush();
        return ExitCodes.USAGE;
    }

    static String line(ParameterException exception) {
        CommandSpec command = exception.getCommandLine().getCommandSpec();
        String who = command.qualifiedName();
        String help = " (see '" + who + " --help')";
        if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return who + ": " + unmatched(command, unmatched.getUnmatched().get(0)) + help;
        }
        Matcher notOneOf = NOT_ONE_OF.matcher(exception.getMessage());
        if (notOneOf.find()) {
            String name = notOneOf.group(1) != null ? notOneOf.group(1) : notOneOf.group(2);
            return who + ": " + name + " must be one of " + notOneOf.group(3) + " (got '" + notOneOf.group(4) + "')";
        }
        String message = exception.getMessage();
        if (exception.getClass() == ParameterException.class) {
            return who + ": " + message; // iia's own words, thrown by a command: they say what to do already
        }
        return who + ": " + Character.toLowerCase(message.charAt(0)) + message.substring(1) + help;
    }

    private static String unmatched(CommandSpec command, String typed) {
        if (typed.startsWith("-")) {
            List<String> options = new ArrayList<>();
            command.options().forEach(option -> options.addAll(List.of(option.names())));
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            return "unknown option '" + name + "'" + Suggestions.didYouMean(name, options);
        }
        if (!command.subcommands().isEmpty()) {
            return "unknown command '" + typed + "'" + Suggestions.didYouMean(typed, command.subcommands().keySet());
        }
        return "unexpected argument '" + typed + "'";
    }

}
