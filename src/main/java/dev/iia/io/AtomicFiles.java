package dev.iia.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every file iia writes goes through here: the content goes to a temporary file beside the target,
 * is flushed to disk, and only then takes the target's name in one rename. A crash at any moment
 * leaves either the old file or the new one, never a mix; an existing file is replaced only when
 * the caller says so, and only when it is a regular file: a link, a device, a FIFO or a folder at
 * the target's name is refused, never replaced or written through.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** A hook between writing the temporary file and renaming it; tests use it to simulate a crash there. */
    @FunctionalInterface
    public interface BeforeRename {
        void run(Path temporary) throws IOException;
    }

    public static void write(Path target, byte[] content, boolean overwrite) {
        write(target, content, overwrite, temporary -> { });
    }

    public static void write(Path target, byte[] content, boolean overwrite, BeforeRename beforeRename) {
        Path folder = publish(target, content, overwrite, beforeRename);
        syncFolder(folder);
    }

    /**
     * Writes like {@link #write} but leaves the rename's own sync to the caller, who calls
     * {@link #syncFolder} once per folder when a batch is written: a file is still whole or absent
     * at any moment, and the batch is on disk when the last sync returns.
     *
     * @return the folder to sync
     */
    public static Path writeInBatch(Path target, byte[] content, boolean overwrite) {
        return publish(target, content, overwrite, temporary -> { });
    }

    private static Path publish(Path target, byte[] content, boolean overwrite, BeforeRename beforeRename) {
        Path folder = realFolder(target);
        Path real = folder.resolve(target.getFileName());
        BasicFileAttributes existing = attributesOf(real, target);
        if (existing != null) {
            SafeFiles.requireRegular(real, existing, target.toString(), "write", false);
            if (!overwrite) {
                throw new FileAccessException(target + ": already exists; use --force to overwrite it");
            }
        }
        Path temporary = null;
        try {
            temporary = createTemporary(folder, real, existing);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            beforeRename.run(temporary);
            if (overwrite) {
                move(temporary, real);
            } else {
                publishWithoutReplacing(temporary, real, target);
            }
            temporary = null;
            return folder;
        } catch (FileAlreadyExistsException e) {
            throw new FileAccessException(target + ": already exists; use --force to overwrite it", e);
        } catch (IOException e) {
            throw FileAccessException.writing(target, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * The target's folder with every link in it resolved: the temporary file goes there and the
     * rename happens there, so the rename replaces the name itself and never what a link points to.
     */
    private static Path realFolder(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw FileAccessException.writing(target, e);
        }
    }

    /** What is at {@code real} now, links not followed, or null when nothing is. */
    private static BasicFileAttributes attributesOf(Path real, Path shownAs) {
        try {
            return Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw FileAccessException.writing(shownAs, e);
        }
    }

    /**
     * A new empty file beside the target. {@code Files.createTempFile} would make it readable by its
     * owner only, and the target would take that on: instead a new file gets the permissions any new
     * file gets (the umask), and a replaced file keeps its own.
     */
    private static Path createTemporary(Path folder, Path target, BasicFileAttributes existing) throws IOException {
        Path temporary;
        while (true) {
            temporary = folder.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.createFile(temporary);
                break;
            } catch (FileAlreadyExistsException e) {
                // Another writer picked the same name: draw again.
            }
        }
        try {
            if (existing != null) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file gets what the system gives new files.
        }
        return temporary;
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A hard link fails if the target appeared meanwhile, so a concurrent writer's file is never replaced. */
    private static void publishWithoutReplacing(Path temporary, Path target, Path shownAs) throws IOException {
        try {
            Files.createLink(target, temporary);
            Files.delete(temporary);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            if (SafeFiles.exists(target)) {
                throw new FileAlreadyExistsException(shownAs.toString());
            }
            move(temporary, target);
        }
    }

    /** Makes the renames done in {@code folder} durable. */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some file systems cannot sync a folder; the rename itself is still atomic.
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Leaves a hidden temporary file; the target is untouched either way.
            }
        }
    }
}
