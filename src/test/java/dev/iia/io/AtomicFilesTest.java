package dev.iia.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
