package dev.iia.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one way iia reads files it is given, and finds the real file behind a name. A read looks at
 * the file before opening it, so a FIFO, a device or a folder is refused at once (a FIFO is never
 * opened, so it cannot hang the read), and it stops as soon as it passes its size limit, however
 * large the file has grown since it was looked at.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /**
     * The bytes of a regular file, links followed.
     *
     * @param shownAs  the file as the user named it, for messages
     * @param maxBytes the most the read takes
     * @throws FileTooLargeException when the file holds more than {@code maxBytes}
     * @throws FileAccessException   when it is missing, unreadable or not a regular file
     */
    public static byte[] read(Path file, String shownAs, int maxBytes) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            requireRegular(file, attributes, shownAs, "read", true);
            if (attributes.size() > maxBytes) {
                throw new FileTooLargeException(shownAs, attributes.size(), maxBytes);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                byte[] bytes = readAll(channel, attributes.size(), maxBytes);
                if (bytes.length > maxBytes) {
                    throw new FileTooLargeException(shownAs, bytes.length, maxBytes);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new FileAccessException(shownAs + ": cannot read: " + FileAccessException.reason(e), e);
        }
    }

    /**
     * The bytes of a file whose size was just seen, read into one array of that size (a batch reads
     * thousands of files: no growing buffers, no copy); if it grew since, on to its end, at most
     * {@code maxBytes + 1} bytes, so the caller can refuse it.
     */
    static byte[] readAll(ReadableByteChannel channel, long size, int maxBytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, maxBytes + 1L));
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // Reads until the array is full or the file ends.
        }
        if (buffer.hasRemaining()) {
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
        if (buffer.capacity() > maxBytes) {
            return buffer.array();
        }
        ByteBuffer next = ByteBuffer.allocate(1);
        int read;
        do {
            read = channel.read(next);
        } while (read == 0);
        if (read < 0) {
            return buffer.array();
        }
        byte[] rest = Channels.newInputStream(channel).readNBytes(maxBytes - buffer.capacity());
        byte[] grown = Arrays.copyOf(buffer.array(), buffer.capacity() + 1 + rest.length);
        grown[buffer.capacity()] = next.get(0);
        System.arraycopy(rest, 0, grown, buffer.capacity() + 1, rest.length);
        return grown;
    }

    /**
     * A file inside {@code folder} by a name written in someone else's file (a template's partial):
     * empty when there is no such file; refused when the name, or a link on the way, leads out of
     * the folder, or when it is not a regular file or too large.
     */
    public static Optional<byte[]> readInside(Path folder, String name, int maxBytes) {
        Path base;
        try {
            base = folder.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            throw FileAccessException.reading(folder, e);
        }
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || file.equals(base)) {
            throw new FileAccessException(name + ": cannot read: not inside " + folder);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new FileAccessException(file + ": cannot read: a symbolic link to a missing file");
        } catch (IOException e) {
            throw FileAccessException.reading(file, e);
        }
        if (!real.startsWith(base)) {
            throw new FileAccessException(file + ": cannot read: a symbolic link that leads out of " + folder);
        }
        return Optional.of(read(real, file.toString(), maxBytes));
    }

    /**
     * The real file a name stands for: links followed, or for a file that does not exist yet, its
     * real folder and its name. Two names of one file give the same path, so a lock taken on it is
     * the file's, not the name's.
     *
     * @throws FileAccessException when the name is a link to nothing, or its folder does not exist
     */
    public static Path realFile(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            return absolute.toRealPath();
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(absolute)) {
                throw new FileAccessException(file + ": is a symbolic link to a missing file; remove the link or name another file");
            }
        } catch (IOException e) {
            throw FileAccessException.reading(file, e);
        }
        Path folder = absolute.getParent();
        try {
            return folder.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            throw new FileAccessException(file + ": cannot use: the folder " + folder + " does not exist");
        }
    }

    /** Whether anything at all is at {@code path}, a link to nothing included. */
    public static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Refuses anything but a regular file, naming what it is.
     *
     * @param doing what was to be done with it: "read", "write"
     */
    static void requireRegular(Path file, BasicFileAttributes attributes, String shownAs, String doing, boolean linksFollowed) {
        if (attributes.isDirectory()) {
            throw new FileAccessException(shownAs + ": cannot " + doing + ": is a directory");
        }
        if (attributes.isSymbolicLink()) {
            throw new FileAccessException(shownAs + ": cannot " + doing + ": is a symbolic link; iia " + doing
                    + "s only regular files, never through a link here (remove the link or name the file it points to)");
        }
        if (!attributes.isRegularFile()) {
            throw new FileAccessException(shownAs + ": cannot " + doing + ": not a regular file (" + kind(file, linksFollowed) + ")");
        }
    }

    /** What a file that is not a regular one is, in words: "a FIFO", "a character device". */
    static String kind(Path file, boolean linksFollowed) {
        try {
            LinkOption[] options = linksFollowed ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            int mode = (Integer) Files.getAttribute(file, "unix:mode", options);
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                case 0120000 -> "a symbolic link";
                case 0040000 -> "a directory";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
