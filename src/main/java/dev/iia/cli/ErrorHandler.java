package dev.iia.cli;

import dev.iia.io.FileAccessException;
import dev.iia.problem.InvalidInputException;
import dev.iia.io.Printable;
import dev.iia.problem.Problem;
import dev.iia.rubric.RubricReferenceException;
import java.io.PrintWriter;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns what escapes a command into one clear line per problem and a documented exit code. Only a
 * bug (anything unexpected) mentions Java, and its stack trace appears only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        IiaCommand root = (IiaCommand) commandLine.getCommandSpec().root().userObject();
        int code = report(exception, err);
        if (root.debug()) {
            exception.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static int report(Exception exception, PrintWriter err) {
        if (exception instanceof InvalidInputException invalid) {
            invalid.problems().stream().map(Problem::format).forEach(err::println);
            return ExitCodes.INVALID;
        }
        if (exception instanceof FileAccessException files) {
            err.println("iia: " + files.getMessage());
            return ExitCodes.FILES;
        }
        if (exception instanceof RubricReferenceException reference) {
            err.println("iia: " + Printable.line(reference.getMessage()));
            return ExitCodes.INVALID;
        }
        return internal(exception, err);
    }

    /**
     * Anything else, Errors included (out of memory, a stack overflow): one line asking for a report
     * and exit 70. The message quotes the exception only cut short and escaped, since it may hold
     * text from a file.
     */
    static int internal(Throwable thrown, PrintWriter err) {
        Throwable throwable = thrown;
        while (!(throwable instanceof Error) && throwable.getCause() instanceof Error error) {
            throwable = error;
        }
        String what = throwable instanceof OutOfMemoryError ? "ran out of memory"
                : throwable instanceof StackOverflowError ? "ran out of stack" : "internal error";
        String message = throwable.getMessage() == null ? "" : ": " + Printable.quote(throwable.getMessage());
        err.println("iia: " + what + " (" + throwable.getClass().getSimpleName() + message + "). This is a bug in iia "
                + VersionProvider.version() + "; please report it with the command you ran (--debug shows the stack trace).");
        return ExitCodes.INTERNAL;
    }
}
