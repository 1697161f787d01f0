package dev.iia.cli;

import dev.iia.io.AtomicFiles;
import dev.iia.io.FileAccessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code iia install} puts under a prefix, and the record of it that lets {@code iia uninstall}
 * remove exactly that: {@code PREFIX/share/iia/installed} lists each file with the SHA-256 of what
 * was written, so a file changed or replaced since is never removed.
 */
final class Installation {
    static final Path COMMAND = Path.of("bin", "iia");
    static final Path BASH_COMPLETION = Path.of("share", "bash-completion", "completions", "iia");
    static final Path MANIFEST = Path.of("share", "iia", "installed");

    private final Path prefix;

    Installation(Path prefix) {
        this.prefix = prefix.toAbsolutePath().normalize();
    }

    Path prefix() {
        return prefix;
    }

    Path resolve(Path relative) {
        return prefix.resolve(relative);
    }

    /** The files install wrote, by path under the prefix, with their SHA-256; empty when there is no record. */
    Map<Path, String> recorded() {
        Path manifest = resolve(MANIFEST);
        Map<Path, String> files = new LinkedHashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return files;
        }
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String[] parts = line.split("  ", 2);
                if (parts.length == 2) {
                    files.put(Path.of(parts[1]), parts[0]);
                }
            }
        } catch (IOException e) {
            throw FileAccessException.reading(manifest, e);
        }
        return files;
    }

    /** True when the file at {@code relative} is the one install wrote there. */
    boolean ours(Path relative, Map<Path, String> recorded) {
        Path file = resolve(relative);
        return recorded.containsKey(relative) && Files.isRegularFile(file) && recorded.get(relative).equals(sha256(file));
    }

    void write(Map<Path, String> files, boolean executableCommand) {
        StringBuilder manifest = new StringBuilder();
        files.forEach((relative, content) -> {
            Path target = resolve(relative);
            createFolders(target.getParent());
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(target, bytes, true);
            manifest.append(sha256(bytes)).append("  ").append(relative).append('\n');
        });
        if (executableCommand) {
            Path command = resolve(COMMAND);
            try {
                Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException | UnsupportedOperationException e) {
                throw new FileAccessException(command + ": cannot make it executable: " + e.getMessage());
            }
        }
        createFolders(resolve(MANIFEST).getParent());
        AtomicFiles.write(resolve(MANIFEST), manifest.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    private static void createFolders(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw FileAccessException.writing(folder, e);
        }
    }

    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw FileAccessException.reading(file, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
