package dev.iia.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps two sessions from editing one file: {@code FILE.lock} next to it, held with an operating-system
 * lock for as long as the session runs and deleted when it ends. The operating system releases the
 * lock when a process dies, however it dies, so a lock file left behind by a killed session is known
 * to be stale (nobody holds its lock) and is taken over; its note says who left it.
 */
public final class LockFile implements AutoCloseable {
    private static final int ATTEMPTS = 3;
    private static final Object GONE = new Object();
    /**
     * Lock files this process holds. Closing any channel on a file drops every lock the process holds
     * on it, so a second session in the same process is refused here, without opening the file again.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final String staleHolder;
    private boolean released;

    private LockFile(Path path, FileChannel channel, FileLock lock, String staleHolder) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.staleHolder = staleHolder;
    }

    /**
     * @throws FileAccessException when another session holds the lock, or the lock file cannot be written
     */
    public static LockFile acquire(Path file) {
        Path path = file.resolveSibling(file.getFileName() + ".lock");
        if (!HELD.add(path.toAbsolutePath().normalize())) {
            throw alreadyOpen(file, "in this process");
        }
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                LockFile acquired = tryAcquire(file, path);
                if (acquired != null) {
                    return acquired;
                }
            }
            throw new FileAccessException(path + ": cannot lock: it keeps being replaced by another session");
        } catch (IOException e) {
            HELD.remove(path.toAbsolutePath().normalize());
            throw FileAccessException.writing(path, e);
        } catch (RuntimeException e) {
            HELD.remove(path.toAbsolutePath().normalize());
            throw e;
        }
    }

    private static FileAccessException alreadyOpen(Path file, String holder) {
        return new FileAccessException(file + ": already open in another iia session (" + holder
                + "); finish or quit that session first");
    }

    /**
     * Null when the lock file was deleted or replaced between opening and locking it (its holder was
     * just ending): then try again. The check looks at the path's file key, because opening the file a
     * second time and closing it would drop the lock just taken.
     */
    private static LockFile tryAcquire(Path file, Path path) throws IOException {
        Object keyBefore = fileKey(path);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(file, describe(read(channel)));
            }
            Object keyAfter = fileKey(path);
            if (keyAfter == GONE || keyBefore != GONE && !Objects.equals(keyBefore, keyAfter)) {
                channel.close();
                return null;
            }
            String previous = read(channel);
            String note = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new LockFile(path, channel, lock, previous.isBlank() ? null : describe(previous));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The identity of the file at {@code path} (null where the file system has none), or {@link #GONE}. */
    private static Object fileKey(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return GONE;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static String describe(String note) {
        String line = note.strip();
        return line.isEmpty() ? "no details recorded" : line;
    }

    public Path path() {
        return path;
    }

    /** Who left the lock file this session took over ("pid 123, started ..."), if it found one. */
    public Optional<String> staleHolder() {
        return Optional.ofNullable(staleHolder);
    }

    /** Deletes the lock file, then lets go of the lock; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A lock file left behind is harmless: the next session sees that nobody holds it.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        } finally {
            HELD.remove(path.toAbsolutePath().normalize());
        }
    }
}
