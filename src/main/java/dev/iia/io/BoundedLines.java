package dev.iia.io;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads lines of typed or piped input with a cap on their length, so input without line breaks
 * ({@code iia assess < /dev/zero}) stops with a clear line instead of filling memory.
 */
public final class BoundedLines {
    /** No line needs to be longer than the longest value a file may hold. */
    public static final int MAX_LINE_CHARS = 1024 * 1024;

    private BoundedLines() {
    }

    /** A line was longer than {@link #MAX_LINE_CHARS}; the input is not read further. */
    public static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException() {
            super("a line of input is longer than " + MAX_LINE_CHARS + " characters");
        }
    }

    /**
     * The next line without its line break ({@code \n}, {@code \r\n} or {@code \r}), as
     * {@link BufferedReader#readLine} reads it, or null at the end of input.
     *
     * @throws LineTooLongException when the line passes {@link #MAX_LINE_CHARS}
     */
    public static String readLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
                break;
            }
            if (line.length() == MAX_LINE_CHARS) {
                throw new LineTooLongException();
            }
            line.append((char) c);
            c = in.read();
        }
        return line.toString();
    }
}
