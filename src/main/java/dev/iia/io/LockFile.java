package dev.iia.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import java.util.regex.Pattern;

/**
 * Keeps two sessions from editing one file: {@code FILE.lock} next to it, held with an operating-system
 * lock for as long as the session runs and deleted when it ends. The operating system releases the
 * lock when a process dies, however it dies, so a lock file left behind by a killed session is known
 * to be stale (nobody holds its lock) and is taken over; its note says who left it.
 *
 * <p>The lock belongs to the real file, not to the name it was opened by: a second session through a
 * link is refused. A folder someone sent may hold a planted lock file, so the lock file is opened
 * without following links, and one that is not a plain file of the user's own with a single name
 * (a link, a hard link to another file, someone else's file) is refused and never written; what an
 * old lock file holds is never shown unless it is exactly the note iia writes.
 */
public final class LockFile implements AutoCloseable {
    private static final int ATTEMPTS = 3;
    private static final Object GONE = new Object();
    private static final int NOTE_BYTES = 64;
    /** The user this process runs as (the owner of /proc/self), or null where the system cannot tell. */
    private static final Object OWN_UID = ownUid();
    private static final Pattern NOTE = Pattern.compile("pid \\d{1,10}, started \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    /**
     * Lock files this process holds. Closing any channel on a file drops every lock the process holds
     * on it, so a second session in the same process is refused here, without opening the file again.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final Path shownAs;
    private final FileChannel channel;
    private final FileLock lock;
    private final String staleHolder;
    private boolean released;

    private LockFile(Path path, Path shownAs, FileChannel channel, FileLock lock, String staleHolder) {
        this.path = path;
        this.shownAs = shownAs;
        this.channel = channel;
        this.lock = lock;
        this.staleHolder = staleHolder;
    }

    /**
     * @throws FileAccessException when another session holds the lock, or the lock file cannot be written
     */
    public static LockFile acquire(Path file) {
        Path real = SafeFiles.realFile(file);
        Path path = real.resolveSibling(real.getFileName() + ".lock");
        if (!HELD.add(path)) {
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
            HELD.remove(path);
            throw FileAccessException.writing(path, e);
        } catch (RuntimeException e) {
            HELD.remove(path);
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
        Object keyBefore = checkedKey(path);
        FileChannel channel;
        try {
            channel = keyBefore == GONE
                    ? FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
                    : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            return null;
        } catch (FileSystemException e) {
            if (isLink(path)) {
                throw refused(path, "is a symbolic link");
            }
            throw e;
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(file, describe(read(channel)));
            }
            Object keyAfter = checkedKey(path);
            if (keyAfter == GONE || keyBefore != GONE && !Objects.equals(keyBefore, keyAfter)) {
                channel.close();
                return null;
            }
            String previous = read(channel);
            String note = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            Path shownAs = Files.isSymbolicLink(file) ? path : file.resolveSibling(file.getFileName() + ".lock");
            return new LockFile(path, shownAs, channel, lock, previous.isBlank() ? null : describe(previous));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The identity of the lock file at {@code path} (null where the file system has none), or
     * {@link #GONE}; refused unless it is a plain file of this user's with no other name.
     */
    private static Object checkedKey(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return GONE;
        }
        if (attributes.isSymbolicLink()) {
            throw refused(path, "is a symbolic link");
        }
        if (!attributes.isRegularFile()) {
            throw refused(path, "is not a regular file (" + SafeFiles.kind(path, false) + ")");
        }
        if (links(path) > 1) {
            throw refused(path, "has other names (hard links), so it may be another file");
        }
        if (OWN_UID != null && !OWN_UID.equals(Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS))) {
            throw refused(path, "belongs to another user");
        }
        return attributes.fileKey();
    }

    private static Object ownUid() {
        try {
            return Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static int links(Path path) throws IOException {
        try {
            return ((Number) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static boolean isLink(Path path) {
        return Files.isSymbolicLink(path);
    }

    private static FileAccessException refused(Path path, String why) {
        return new FileAccessException(path + ": cannot lock: the lock file " + why
                + "; iia does not touch it. If no iia session is running on this file, remove it and try again");
    }

    /** The note of an old lock file, read only as far as a note iia writes can go. */
    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(NOTE_BYTES);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** The note as iia wrote it ("pid 12, started 2026-01-01T00:00:00Z"), or nothing of what the file holds. */
    private static String describe(String note) {
        String line = note.strip();
        return NOTE.matcher(line).matches() ? line : "no details recorded";
    }

    /** The lock file as the user would name it: beside FILE as FILE was named, or the real one when FILE is a link. */
    public Path path() {
        return shownAs;
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
            HELD.remove(path);
        }
    }
}
