package dev.iia.interview;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;
import org.jline.utils.Signals;

/**
 * The front end for a real terminal: line editing, Tab completion of scale keys and ids, arrow-key
 * history, text wrapped to the window, and level words in colour (unless colour is off).
 */
public final class JLineConsole implements Console {
    private static final int MAX_WIDTH = 100;
    /** How soon after a single key an Enter counts as typed with it ("2" then Enter, out of habit). */
    private static final long ENTER_AFTER_KEY_MILLIS = 300;

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

    /**
     * Shows the lines wrapped to the window. What is taller than the window comes a page at a time,
     * each but the last ended by a one-line "more" that waits for a key, so nothing scrolls away
     * unread (help, the review).
     */
    @Override
    public void show(List<Line> lines) {
        int columns = terminal.getColumns();
        int width = columns > 0 ? Math.min(columns, MAX_WIDTH) : 80;
        List<Line> wrapped = new ArrayList<>();
        lines.forEach(line -> wrapped.addAll(line.wrap(width - 1)));
        int rows = terminal.getSize().getRows();
        int page = rows > 4 && !dumb() ? rows - 2 : Integer.MAX_VALUE;
        for (int i = 0; i < wrapped.size(); i++) {
            if (i > 0 && i % page == 0 && wrapped.size() - i > 1 && !more(wrapped.size() - i)) {
                break;
            }
            Line part = wrapped.get(i);
            terminal.writer().println(colour ? styled(part).toAnsi(terminal) : part.text());
        }
        terminal.writer().flush();
    }

    /** Waits for a key at the end of a page: true to go on (Enter, Space, anything), false for q. */
    private boolean more(int left) {
        String prompt = "-- " + left + " more lines: Enter or Space shows them, q skips --";
        terminal.writer().print(colour ? new AttributedString(prompt, AttributedStyle.DEFAULT.inverse()).toAnsi(terminal) : prompt);
        terminal.writer().flush();
        int key = readKey();
        terminal.writer().print("\r" + " ".repeat(prompt.length()) + "\r");
        terminal.writer().flush();
        return key != 'q' && key != 'Q' && key != 3 && key != 4 && key >= 0;
    }

    /** One keystroke, without echo or Enter; -1 when the input has ended. */
    private int readKey() {
        Attributes saved = enterKeyMode();
        try {
            return terminal.reader().read();
        } catch (IOException e) {
            return -1;
        } finally {
            terminal.setAttributes(saved);
        }
    }

    /**
     * The first key typed at a choice, taken at once when it is one of the single keys or Enter, as
     * {@code git add -p} does; an Enter typed right after a single key belongs to it. Anything else is
     * left unread for line editing (a word such as {@code negative}, an arrow key), and the prompt is
     * shown again by the line reader.
     */
    private Optional<String> singleKey(Ask ask) {
        Attributes saved = enterKeyMode();
        try {
            terminal.writer().print(ask.prompt());
            terminal.writer().flush();
            int key = terminal.reader().peek(0);
            String typed = key < 0 ? null : String.valueOf((char) key);
            if (key == 3 || key == 4 || key < 0) {
                terminal.reader().read(1);
                terminal.writer().println();
                throw new InputClosedException(key == 3, "");
            }
            if (key == '\r' || key == '\n' || ask.singleKeys().contains(typed)) {
                terminal.reader().read();
                String answer = key == '\r' || key == '\n' ? "" : typed;
                if (!answer.isEmpty()) {
                    int next = terminal.reader().peek(ENTER_AFTER_KEY_MILLIS);
                    if (next == '\r' || next == '\n') {
                        terminal.reader().read();
                    }
                }
                terminal.writer().println(answer);
                terminal.writer().flush();
                return Optional.of(answer);
            }
            terminal.writer().print("\r");
            terminal.puts(InfoCmp.Capability.clr_eol);
            terminal.writer().flush();
            return Optional.empty();
        } catch (IOException e) {
            throw new InputClosedException(false, "");
        } finally {
            terminal.setAttributes(saved);
        }
    }

    /** Raw mode without signals: Ctrl-C arrives as a key, so it ends the session like at any prompt. */
    private Attributes enterKeyMode() {
        Attributes saved = terminal.enterRawMode();
        Attributes keys = terminal.getAttributes();
        keys.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(keys);
        return saved;
    }

    private boolean dumb() {
        return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
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
            if (!ask.singleKeys().isEmpty() && !dumb()) {
                Optional<String> single = singleKey(ask);
                if (single.isPresent()) {
                    return single.get();
                }
            }
            line = reader.readLine(ask.prompt());
        } catch (UserInterruptException e) {
            throw new InputClosedException(true, e.getPartialLine());
        } catch (EndOfFileException e) {
            throw new InputClosedException(false, e.getPartialLine());
        } catch (IllegalStateException | java.io.IOError e) {
            // The terminal was closed under the reader: a hang-up or a signal is ending the process.
            throw new InputClosedException(true, pendingLine());
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
