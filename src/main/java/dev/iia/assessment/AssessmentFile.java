package dev.iia.assessment;

import dev.iia.io.AtomicFiles;
import dev.iia.io.FileAccessException;
import dev.iia.io.FileTooLargeException;
import dev.iia.io.SafeFiles;
import dev.iia.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;

/**
 * An assessment file that is saved again and again during a session, never losing what the user
 * wrote. Saving rewrites the whole file in iia's own layout, which keeps every value but drops YAML
 * comments and hand-made layout. So before it first replaces a file that holds more than iia would
 * write, and whenever the file was changed by something else since iia last wrote it, the file as
 * it was is kept as {@code FILE.orig} ({@code FILE.orig.2}, ... when that name is taken; a copy is
 * never overwritten). The comments at the top of the file (such as the
 * {@code # yaml-language-server: $schema=...} line that lets editors check and complete it) are
 * kept on every save; iia's own explanations of a blank file ({@code ##} lines) are not.
 *
 * <p>If the file stops being one iia may replace while a session runs (someone swaps in a link, a
 * FIFO, a folder, or a file too large to read back), it is left alone and the answers go to a new
 * file beside it, {@code FILE-rescued.yaml}, which the error names.
 */
public final class AssessmentFile {
    /** Why a copy was kept. */
    public enum BackupReason { LAYOUT, CHANGED_ELSEWHERE }

    /** A copy of the file as it was before iia replaced it. */
    public record Backup(Path path, BackupReason reason) {
    }

    private final Path file;
    /** The comment lines kept at the top of every save, each ending with a line break; empty for none. */
    private final String header;
    /** What the file may hold and be replaced without a copy: what iia last wrote or read, or null. */
    private byte[] replaceable;
    /** Why a copy is kept when the file holds anything else. */
    private BackupReason reasonIfDifferent;

    private AssessmentFile(Path file, String header, byte[] replaceable, BackupReason reasonIfDifferent) {
        this.file = file;
        this.header = header;
        this.replaceable = replaceable;
        this.reasonIfDifferent = reasonIfDifferent;
    }

    /** A file that does not exist yet; {@code file} is the real file (see {@link SafeFiles#realFile}). */
    public static AssessmentFile created(Path file) {
        return new AssessmentFile(file, "", null, BackupReason.CHANGED_ELSEWHERE);
    }

    /** A file read as {@code content} that holds {@code assessment}. */
    public static AssessmentFile existing(Path file, byte[] content, Assessment assessment) {
        String header = header(new String(content, StandardCharsets.UTF_8));
        if (Arrays.equals(content, withHeader(header, assessment))) {
            return new AssessmentFile(file, header, content.clone(), BackupReason.CHANGED_ELSEWHERE);
        }
        return new AssessmentFile(file, header, null, BackupReason.LAYOUT);
    }

    /** The comment lines that open {@code text}, without iia's {@code ##} explanations of a blank file. */
    static String header(String text) {
        StringBuilder header = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("##")) {
                header.append(line.stripTrailing()).append('\n');
            }
        }
        return header.toString();
    }

    /**
     * The text of an assessment moved to another rubric version: the original's top comments kept,
     * with its {@code # yaml-language-server: $schema=...} line pointing at the new rubric's schema file.
     */
    public static byte[] migrated(byte[] original, Assessment assessment, String schemaFile) {
        String header = header(new String(original, StandardCharsets.UTF_8)).replaceAll(
                "(?m)^(# yaml-language-server: \\$schema=).*$", "$1" + java.util.regex.Matcher.quoteReplacement(schemaFile));
        return withHeader(header, assessment);
    }

    private static byte[] withHeader(String header, Assessment assessment) {
        return (header + AssessmentWriter.toYaml(assessment)).getBytes(StandardCharsets.UTF_8);
    }

    public Path path() {
        return file;
    }

    /** Writes the assessment atomically; returns the copy kept of what was there, if one was needed. */
    public Optional<Backup> save(Assessment assessment) {
        byte[] content = withHeader(header, assessment);
        byte[] current = readCurrent(content);
        Optional<Backup> backup = Optional.empty();
        if (current != null && !Arrays.equals(current, replaceable)) {
            backup = Optional.of(new Backup(keepCopy(current), reasonIfDifferent));
        }
        AtomicFiles.write(file, content, true);
        replaceable = content;
        reasonIfDifferent = BackupReason.CHANGED_ELSEWHERE;
        return backup;
    }

    /** What the file holds now, or null when it is gone; refuses, keeping the answers elsewhere, what is no longer a file iia wrote. */
    private byte[] readCurrent(byte[] content) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw FileAccessException.reading(file, e);
        }
        if (!attributes.isRegularFile()) {
            throw rescue(content, "is no longer a regular file (something replaced it during the session)");
        }
        try {
            return SafeFiles.read(file, file.toString(), YamlReader.MAX_FILE_BYTES);
        } catch (FileTooLargeException e) {
            throw rescue(content, "grew over the " + (YamlReader.MAX_FILE_BYTES >> 20) + " MB iia reads (something replaced it during the session)");
        }
    }

    /** Saves {@code content} to a new file beside this one and says where, for a file iia must not replace. */
    private FileAccessException rescue(byte[] content, String why) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        Path rescued = file.resolveSibling(stem + "-rescued.yaml");
        for (int n = 2; SafeFiles.exists(rescued); n++) {
            rescued = file.resolveSibling(stem + "-rescued-" + n + ".yaml");
        }
        AtomicFiles.write(rescued, content, false);
        return new RescuedAnswersException(file + ": " + why + "; iia left it alone and saved the answers in " + rescued, rescued);
    }

    private Path keepCopy(byte[] content) {
        Path copy = file.resolveSibling(file.getFileName() + ".orig");
        for (int n = 2; SafeFiles.exists(copy); n++) {
            copy = file.resolveSibling(file.getFileName() + ".orig." + n);
        }
        AtomicFiles.write(copy, content, false);
        return copy;
    }
}
