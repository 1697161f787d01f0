package dev.iia.interview;

import dev.iia.io.BoundedLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The line-based front end, for pipes, logs and screen readers: plain text, no escape codes, one
 * line read at a time. When the input is not typed at a terminal, each line read is echoed after its
 * prompt so the transcript reads as a conversation.
 */
public final class PlainConsole implements Console {
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echo;

    public PlainConsole(InputStream in, PrintWriter out, boolean echo) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.echo = echo;
    }

    @Override
    public void show(List<Line> lines) {
        lines.forEach(line -> out.println(line.text()));
        out.flush();
    }

    @Override
    public String read(Ask ask) {
        out.print(ask.prompt());
        out.flush();
        String line;
        try {
            line = BoundedLines.readLine(in);
        } catch (BoundedLines.LineTooLongException e) {
            out.println();
            out.println("iia: " + e.getMessage() + "; input stopped");
            out.flush();
            throw new InputClosedException(false, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null) {
            out.println();
            out.flush();
            throw new InputClosedException(false, null);
        }
        if (echo) {
            out.println(line);
            out.flush();
        }
        return line;
    }

    @Override
    public void close() {
        out.flush();
    }
}
