package dev.iia.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files a command reads, by identity (device and inode), not by name: an output is refused when
 * it is one of them under any name (a link, a hard link, a linked folder, {@code ./x} for {@code x}),
 * so that no command ever writes over what it was given.
 */
public final class FileIdentities {
    private final Map<Object, Path> files = new HashMap<>();

    private FileIdentities() {
    }

    public static FileIdentities of(Collection<Path> inputs) {
        FileIdentities identities = new FileIdentities();
        inputs.forEach(identities::add);
        return identities;
    }

    /** Adds a file; a file that cannot be looked at (missing, say) cannot be overwritten by accident either. */
    public void add(Path file) {
        identity(file).ifPresent(key -> files.putIfAbsent(key, file));
    }

    /** The input that {@code file} is, under whatever name, if any. */
    public Optional<Path> inputAt(Path file) {
        return identity(file).map(files::get);
    }

    /** @throws FileAccessException when {@code output} is one of the inputs */
    public void refuseAsOutput(Path output) {
        inputAt(output).ifPresent(input -> {
            throw new FileAccessException(output + ": is " + (input.equals(output) ? "an input" : "the input " + input)
                    + " of this command; iia never writes over what it reads: name another output");
        });
    }

    /** What tells one file from another: its device and inode where the system has them, else its real path. */
    static Optional<Object> identity(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return Optional.of(key != null ? key : file.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
