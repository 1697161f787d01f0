package dev.iia.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesANewFile() throws IOException {
        Path target = folder.resolve("out.md");

        AtomicFiles.write(target, bytes("hello"), false);

        assertThat(target).hasContent("hello");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void neverOverwritesWithoutBeingAsked() throws IOException {
        Path target = folder.resolve("out.md");
        Files.writeString(target, "mine");

        assertThatThrownBy(() -> AtomicFiles.write(target, bytes("theirs"), false))
                .isInstanceOf(FileAccessException.class).hasMessageEndingWith("out.md: already exists; use --force to overwrite it");
        assertThat(target).hasContent("mine");
    }

    @Test
    void overwritesWhenAsked() throws IOException {
        Path target = folder.resolve("out.md");
        Files.writeString(target, "old");

        AtomicFiles.write(target, bytes("new"), true);

        assertThat(target).hasContent("new");
    }

    @Test
    void aCrashBetweenWritingAndRenamingLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("answers.yaml");
        Files.writeString(target, "old answers");

        assertThatThrownBy(() -> AtomicFiles.write(target, bytes("new answers"), true, temporary -> {
            assertThat(temporary).hasContent("new answers");
            throw new IOException("simulated crash");
        })).isInstanceOf(FileAccessException.class).hasMessageEndingWith("answers.yaml: cannot write: simulated crash");

        assertThat(target).hasContent("old answers");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aMissingFolderIsAFileSystemError() {
        assertThatThrownBy(() -> AtomicFiles.write(folder.resolve("no/such/dir/out.md"), bytes("x"), false))
                .isInstanceOf(FileAccessException.class).hasMessageContaining("cannot write: no such file or directory");
    }

    /** Permissions are POSIX-only: elsewhere these say nothing. */
    @Nested
    class Permissions {
        @BeforeEach
        void posixOnly() {
            assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX file permissions");
        }

        @Test
        void aNewFileGetsThePermissionsOfAnyNewFile() throws IOException {
            Path ordinary = Files.createFile(folder.resolve("ordinary"));
            Path written = folder.resolve("written.yaml");

            AtomicFiles.write(written, "a: 1\n".getBytes(StandardCharsets.UTF_8), false);

            assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        }

        @Test
        void aReplacedFileKeepsItsPermissions() throws IOException {
            Path shared = Files.writeString(folder.resolve("shared.yaml"), "a: 1\n");
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r-----"));

            AtomicFiles.write(shared, "a: 2\n".getBytes(StandardCharsets.UTF_8), true);

            assertThat(Files.readString(shared)).isEqualTo("a: 2\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r-----");
        }

        @Test
        void leavesNoTemporaryFileBehind() throws IOException {
            AtomicFiles.write(folder.resolve("x.yaml"), "a: 1\n".getBytes(StandardCharsets.UTF_8), false);

            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.yaml");
            }
        }
    }
}
