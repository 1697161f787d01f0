package dev.iia.interview;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Signals;

/**
 * The front end for a real terminal: line editing, Tab completion of scale keys and ids, arrow-key
 * history, text wrapped to the window, and level words in colour (unless colour is off).
 */
public final class JLineConsole implements Console {
    private static final int MAX_WIDTH = 100;

    private final Terminal terminal;
    private final LineReader reader;
    private final boolean colour;
    private final Deque<String> pasted = new ArrayDeque<>();
    private List<String> completions = List.of();
    private final Map<String, Object> signals = new LinkedHashMap<>();
    private volatile boolean reading;

    public JLineConsole(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        this.colour = colour;
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("iia")
                .parser(parser)
                .completer((lineReader, line, candidates) -> completions.forEach(word -> candidates.add(new Candidate(word))))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    /**
     * The terminal of this process. Building it takes a noticeable fraction of a second, so only the
     * command that needs it calls this.
     */
    public static JLineConsole system(boolean colour) throws IOException {
        quietSignalThreads();
        return new JLineConsole(TerminalBuilder.builder().name("iia").system(true).dumb(true).build(), colour);
    }

    @Override
    public void show(List<Line> lines) {
        int columns = terminal.getColumns();
        int width = columns > 0 ? Math.min(columns, MAX_WIDTH) : 80;
        for (Line line : lines) {
            for (Line part : line.wrap(width - 1)) {
                terminal.writer().println(colour ? styled(part).toAnsi(terminal) : part.text());
            }
        }
        terminal.writer().flush();
    }

    @Override
    public String read(Ask ask) {
        if (!pasted.isEmpty()) {
            return pasted.poll();
        }
        completions = ask.completions();
        String line;
        reading = true;
        try {
            line = reader.readLine(ask.prompt());
        } catch (UserInterruptException e) {
            throw new InputClosedException(true, e.getPartialLine());
        } catch (EndOfFileException e) {
            throw new InputClosedException(false, e.getPartialLine());
        } catch (IllegalStateException | java.io.IOError e) {
            // The terminal was closed under the reader: a hang-up or a signal is ending the process.
            throw new InputClosedException(true, null);
        } finally {
            reading = false;
        }
        return line.contains("\n") ? unpaste(line) : line;
    }

    /**
     * Text pasted with line breaks arrives as one entry: its lines are handed out one at a time, as
     * if typed, but without its blank lines, which would end a rationale in the middle of the paste.
     */
    private String unpaste(String text) {
        Arrays.stream(text.split("\r?\n")).filter(line -> !line.isBlank()).forEach(pasted::add);
        return pasted.isEmpty() ? "" : pasted.poll();
    }

    private static AttributedString styled(Line line) {
        AttributedStringBuilder builder = new AttributedStringBuilder();
        line.spans().forEach(span -> builder.styled(style(span.tone()), span.text()));
        return builder.toAttributedString();
    }

    private static AttributedStyle style(Tone tone) {
        return switch (tone) {
            case HEADING -> AttributedStyle.BOLD;
            case MUTED -> AttributedStyle.DEFAULT.faint();
            case HINT, UNCLEAR -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
            case SEVERE_HARM -> AttributedStyle.BOLD.foreground(AttributedStyle.RED);
            case HARM -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
            case BENEFIT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case STRONG_BENEFIT -> AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
            case PLAIN, NEUTRAL -> AttributedStyle.DEFAULT;
        };
    }

    @Override
    public String pendingLine() {
        if (!reading) {
            return null;
        }
        try {
            return reader.getBuffer().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void onTermination(Runnable stop) {
        signals.put("TERM", Signals.register("TERM", stop));
        signals.put("HUP", Signals.register("HUP", stop));
    }

    /**
     * Signal handlers run on threads of their own ("SIGCONT handler"); when the terminal is gone as
     * the process ends, JLine's may fail there. Nothing is left to do then, and a stack trace would
     * be the last thing on screen: such failures end silently.
     */
    private static void quietSignalThreads() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (thread.getName().startsWith("SIG") && thread.getName().endsWith(" handler")) {
                return;
            }
            if (previous != null) {
                previous.uncaughtException(thread, failure);
            } else {
                System.err.println("iia: internal error in " + thread.getName() + ": " + failure);
            }
        });
    }

    @Override
    public void close() {
        signals.forEach(Signals::unregister);
        signals.clear();
        try {
            terminal.close();
        } catch (IOException e) {
            // The terminal is being released at exit; nothing is left to save.
        }
    }
}
