package dev.iia.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A file or folder could not be read or written: a file-system problem, not a content problem. The
 * message names paths, which may come from someone else's folder: control characters in it are
 * shown escaped, so printing it can never drive a terminal.
 */
public class FileAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FileAccessException(String message) {
        super(Printable.line(message));
    }

    public FileAccessException(String message, Throwable cause) {
        super(Printable.line(message), cause);
    }

    /** A one-line explanation of what went wrong with {@code path}, without Java exception names. */
    public static FileAccessException reading(Path path, IOException e) {
        return new FileAccessException(path + ": cannot read: " + reason(e), e);
    }

    public static FileAccessException writing(Path path, IOException e) {
        return new FileAccessException(path + ": cannot write: " + reason(e), e);
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "input/output error";
        }
        int colon = message.lastIndexOf(": ");
        return colon >= 0 && colon + 2 < message.length() ? message.substring(colon + 2).toLowerCase(java.util.Locale.ROOT) : message;
    }
}
