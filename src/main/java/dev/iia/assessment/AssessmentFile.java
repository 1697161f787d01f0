package dev.iia.assessment;

import dev.iia.io.AtomicFiles;
import dev.iia.io.FileAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * An assessment file that is saved again and again during a session, never losing what the user
 * wrote. Saving rewrites the whole file in iia's own layout, which keeps every value but drops YAML
 * comments and hand-made layout. So before it first replaces a file that holds more than iia would
 * write, and whenever the file was changed by something else since iia last wrote it, the file as
 * it was is kept as {@code FILE.orig} ({@code FILE.orig.2}, ... when that name is taken; a copy is
 * never overwritten).
 */
public final class AssessmentFile {
    /** Why a copy was kept. */
    public enum BackupReason { LAYOUT, CHANGED_ELSEWHERE }

    /** A copy of the file as it was before iia replaced it. */
    public record Backup(Path path, BackupReason reason) {
    }

    private final Path file;
    /** What the file may hold and be replaced without a copy: what iia last wrote or read, or null. */
    private byte[] replaceable;
    /** Why a copy is kept when the file holds anything else. */
    private BackupReason reasonIfDifferent;

    private AssessmentFile(Path file, byte[] replaceable, BackupReason reasonIfDifferent) {
        this.file = file;
        this.replaceable = replaceable;
        this.reasonIfDifferent = reasonIfDifferent;
    }

    /** A file that does not exist yet. */
    public static AssessmentFile created(Path file) {
        return new AssessmentFile(file, null, BackupReason.CHANGED_ELSEWHERE);
    }

    /** A file read as {@code content} that holds {@code assessment}. */
    public static AssessmentFile existing(Path file, byte[] content, Assessment assessment) {
        if (Arrays.equals(content, AssessmentWriter.bytes(assessment))) {
            return new AssessmentFile(file, content.clone(), BackupReason.CHANGED_ELSEWHERE);
        }
        return new AssessmentFile(file, null, BackupReason.LAYOUT);
    }

    public Path path() {
        return file;
    }

    /** Writes the assessment atomically; returns the copy kept of what was there, if one was needed. */
    public Optional<Backup> save(Assessment assessment) {
        byte[] current = readCurrent();
        Optional<Backup> backup = Optional.empty();
        if (current != null && !Arrays.equals(current, replaceable)) {
            backup = Optional.of(new Backup(keepCopy(current), reasonIfDifferent));
        }
        byte[] content = AssessmentWriter.bytes(assessment);
        AtomicFiles.write(file, content, true);
        replaceable = content;
        reasonIfDifferent = BackupReason.CHANGED_ELSEWHERE;
        return backup;
    }

    private byte[] readCurrent() {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw FileAccessException.reading(file, e);
        }
    }

    private Path keepCopy(byte[] content) {
        Path copy = file.resolveSibling(file.getFileName() + ".orig");
        for (int n = 2; Files.exists(copy); n++) {
            copy = file.resolveSibling(file.getFileName() + ".orig." + n);
        }
        AtomicFiles.write(copy, content, false);
        return copy;
    }
}
