package dev.iia.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

/**
 * A folder of cache entries, one file per key at {@code KE/Y...}: what a key maps to, or nothing.
 * Any number of runs may share the folder. An entry is written to a temporary file and renamed into
 * place, so a reader sees a whole entry or none; each entry repeats its key and ends with a
 * checksum, so one that is damaged, cut short, too large or put at another key's name reads as no
 * entry and is written again. Nothing is followed out of the folder: a link or anything but a
 * regular file at an entry's name is never read (a rename replaces the name, never what a link
 * points to), and a link or file where a subfolder belongs makes its entries misses. Writing is
 * best effort, without a sync: an entry that cannot be written, or is lost in a crash, is only a
 * miss next time.
 */
public final class CacheFolder {
    /** The largest entry read or written; a larger one is not kept. */
    public static final int MAX_ENTRY_BYTES = 16 * 1024 * 1024;
    private static final byte[] MAGIC = "iia-cache-entry 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SHORTEST_KEY = 16;
    private static final int LONGEST_KEY = 128;

    private final Path root;
    private final Set<String> usableSubfolders = ConcurrentHashMap.newKeySet();

    private CacheFolder(Path root) {
        this.root = root;
    }

    /**
     * The cache at {@code folder}, made with its parents when missing.
     *
     * @throws FileAccessException when it cannot be made, or something other than a folder is there
     */
    public static CacheFolder open(Path folder) {
        try {
            Files.createDirectories(folder);
            return new CacheFolder(folder.toRealPath());
        } catch (FileAlreadyExistsException e) {
            throw new FileAccessException(folder + ": cannot use as a cache: not a folder");
        } catch (IOException e) {
            throw new FileAccessException(folder + ": cannot use as a cache: " + FileAccessException.reason(e), e);
        }
    }

    /** What {@code key} maps to; empty when there is no whole, readable entry for it. */
    public Optional<byte[]> read(String key) {
        Path subfolder = subfolder(key);
        if (!usable(subfolder, false)) {
            return Optional.empty();
        }
        Path entry = entry(subfolder, key);
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() > MAX_ENTRY_BYTES) {
                return Optional.empty();
            }
            try (SeekableByteChannel channel = Files.newByteChannel(entry, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                return unframed(key, SafeFiles.readAll(channel, attributes.size(), MAX_ENTRY_BYTES));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Maps {@code key} to {@code content}, replacing any entry; false when it could not be written. */
    public boolean write(String key, byte[] content) {
        byte[] framed = framed(key, content);
        if (framed.length > MAX_ENTRY_BYTES) {
            return false;
        }
        Path subfolder = subfolder(key);
        if (!usable(subfolder, true)) {
            return false;
        }
        Path entry = entry(subfolder, key);
        Path temporary = entry.resolveSibling("." + entry.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(framed);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            deleteQuietly(temporary);
        }
    }

    private Path subfolder(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return root.resolve(key.substring(0, 2));
    }

    /** Lower-case hexadecimal, 16 to 128 digits: a key names a file, so nothing else may get through. */
    private static boolean isKey(String key) {
        if (key.length() < SHORTEST_KEY || key.length() > LONGEST_KEY) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static Path entry(Path subfolder, String key) {
        return subfolder.resolve(key.substring(2));
    }

    /** A real folder inside the cache, made when {@code create} and missing; never a link. */
    private boolean usable(Path subfolder, boolean create) {
        String name = subfolder.getFileName().toString();
        if (usableSubfolders.contains(name)) {
            return true;
        }
        try {
            if (create && !SafeFiles.exists(subfolder)) {
                Files.createDirectory(subfolder);
            }
        } catch (FileAlreadyExistsException e) {
            // Another run made it meanwhile: checked below like any other.
        } catch (IOException e) {
            return false;
        }
        boolean folder = Files.isDirectory(subfolder, LinkOption.NOFOLLOW_LINKS);
        if (folder) {
            usableSubfolders.add(name);
        }
        return folder;
    }

    private static byte[] framed(String key, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeUTF(key);
            out.writeInt(content.length);
            out.write(content);
            out.writeLong(checksum(bytes.toByteArray(), bytes.size()));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static Optional<byte[]> unframed(String key, byte[] framed) {
        int checked = framed.length - Long.BYTES;
        if (checked < MAGIC.length || !Arrays.equals(framed, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(framed, MAGIC.length, framed.length))) {
            if (!in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int length = in.readInt();
            if (length < 0 || length != in.available() - Long.BYTES) {
                return Optional.empty();
            }
            byte[] content = in.readNBytes(length);
            return in.readLong() == checksum(framed, checked) ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long checksum(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Leaves a hidden temporary file; the entry is untouched either way.
            }
        }
    }
}
