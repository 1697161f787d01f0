package dev.iia.io;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns command-line paths into the files to read: a file is taken as given, a folder is walked for
 * {@code *.yaml} and {@code *.yml} files in a stable (sorted) order. The walk follows symbolic
 * links but stops at loops, skips hidden folders, and reports instead of failing what it cannot
 * read: a {@code *.yaml} name that is a link to nothing, a FIFO or a device, or whose name holds
 * control characters. {@link #once} keeps each file once, for commands that write one output per file.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * @param problems receives one line per path that cannot be used (missing, unreadable, a loop)
     * @return the files, in argument order, each folder's files sorted by path
     */
    public static List<Path> expand(List<Path> arguments, Consumer<FileAccessException> problems) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                files.addAll(walk(argument, problems));
            } else if (Files.isRegularFile(argument)) {
                files.add(argument);
            } else if (Files.exists(argument)) {
                problems.accept(new FileAccessException(argument + ": cannot read: not a regular file ("
                        + SafeFiles.kind(argument, true) + ")"));
            } else if (SafeFiles.exists(argument)) {
                problems.accept(new FileAccessException(argument + ": cannot read: a symbolic link to a missing file"));
            } else {
                problems.accept(new FileAccessException(argument + ": cannot read: no such file or directory"));
            }
        }
        return files;
    }

    /** Each file once, at its first place, however many names reached it: for commands that write one output per file. */
    public static List<Path> once(List<Path> files) {
        Set<Object> seen = new HashSet<>();
        List<Path> distinct = new ArrayList<>(files.size());
        for (Path file : files) {
            Optional<Object> identity = FileIdentities.identity(file);
            if (identity.isEmpty() || seen.add(identity.get())) {
                distinct.add(file);
            }
        }
        return distinct;
    }

    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static List<Path> walk(Path folder, Consumer<FileAccessException> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isYaml(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (Printable.firstControl(file.getFileName().toString(), false) >= 0) {
                        problems.accept(new FileAccessException(file + ": skipped: its name holds control characters"));
                    } else if (attributes.isRegularFile()) {
                        found.add(file);
                    } else if (attributes.isSymbolicLink()) {
                        problems.accept(new FileAccessException(file + ": skipped: a symbolic link to a missing file"));
                    } else {
                        problems.accept(new FileAccessException(file + ": skipped: not a regular file (" + SafeFiles.kind(file, true) + ")"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        problems.accept(new FileAccessException(file + ": skipped: symbolic link loop"));
                    } else if (!isBrokenLink(file)) {
                        problems.accept(FileAccessException.reading(file, e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(FileAccessException.reading(folder, e));
        }
        found.sort(null);
        return found;
    }

    /** A dangling link inside a folder that is not named like YAML is not one of the user's files: skip it quietly. */
    private static boolean isBrokenLink(Path file) {
        return Files.isSymbolicLink(file) && !Files.exists(file) && !isYaml(file);
    }
}
