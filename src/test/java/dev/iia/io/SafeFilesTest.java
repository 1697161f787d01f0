package dev.iia.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
    @TempDir
    Path folder;

    @Test
    void readsARegularFileThroughALink() throws IOException {
        Path file = Files.writeString(folder.resolve("a.yaml"), "x: 1\n");
        Path link = Files.createSymbolicLink(folder.resolve("l.yaml"), file);

        assertThat(new String(SafeFiles.read(link, "l.yaml", 100), StandardCharsets.UTF_8)).isEqualTo("x: 1\n");
    }

    @Test
    void refusesAFifoWithoutOpeningIt() throws Exception {
        Path fifo = folder.resolve("p.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> SafeFiles.read(fifo, "p.yaml", 100))
                .isInstanceOf(FileAccessException.class).hasMessage("p.yaml: cannot read: not a regular file (a FIFO)"));
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt() throws IOException {
        Path file = folder.resolve("big");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[101]);
        }

        assertThatThrownBy(() -> SafeFiles.read(file, "big", 100)).isInstanceOfSatisfying(FileTooLargeException.class,
                e -> assertThat(e.size()).isEqualTo(101));
    }

    @Test
    void readsAPartialInsideItsFolder() throws IOException {
        Files.createDirectories(folder.resolve("t/sub"));
        Files.writeString(folder.resolve("t/sub/part.mustache"), "hello");

        assertThat(SafeFiles.readInside(folder.resolve("t"), "sub/part.mustache", 100)).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("hello"));
        assertThat(SafeFiles.readInside(folder.resolve("t"), "missing.mustache", 100)).isEmpty();
    }

    @Test
    void refusesAPartialThatLeavesItsFolderByNameOrByLink() throws IOException {
        Path templates = Files.createDirectories(folder.resolve("t"));
        Path secret = Files.writeString(folder.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(templates.resolve("leak.mustache"), secret);

        assertThatThrownBy(() -> SafeFiles.readInside(templates, "../passwd", 100)).isInstanceOf(FileAccessException.class)
                .hasMessageContaining("not inside");
        assertThatThrownBy(() -> SafeFiles.readInside(templates, "leak.mustache", 100)).isInstanceOf(FileAccessException.class)
                .hasMessageContaining("a symbolic link that leads out of").hasMessageNotContaining("root:x");
    }

    @Test
    void theRealFileOfALinkAndOfANewFileInALinkedFolder() throws IOException {
        Path file = Files.writeString(folder.resolve("a.yaml"), "x");
        Path link = Files.createSymbolicLink(folder.resolve("l.yaml"), file);
        Path here = Files.createSymbolicLink(folder.resolve("here"), folder);

        assertThat(SafeFiles.realFile(link)).isEqualTo(file.toRealPath());
        assertThat(SafeFiles.realFile(here.resolve("new.yaml"))).isEqualTo(folder.toRealPath().resolve("new.yaml"));
        Files.delete(file);
        assertThatThrownBy(() -> SafeFiles.realFile(link)).isInstanceOf(FileAccessException.class)
                .hasMessageContaining("a symbolic link to a missing file");
    }

    @Test
    void anOutputIsRefusedWhenItIsAnInputUnderAnyName() throws IOException {
        Path file = Files.writeString(folder.resolve("a.yaml"), "x");
        Path hard = Files.createLink(folder.resolve("b.yaml"), file);
        FileIdentities inputs = FileIdentities.of(List.of(file));

        assertThatThrownBy(() -> inputs.refuseAsOutput(hard)).isInstanceOf(FileAccessException.class)
                .hasMessageContaining("iia never writes over what it reads");
        inputs.refuseAsOutput(folder.resolve("c.yaml"));
    }

    @Test
    void aFileThatChangedSizeAfterItWasSeenIsReadToItsEndAndNoFurtherThanTheLimitAllows() throws IOException {
        Path file = Files.writeString(folder.resolve("changing.yaml"), "0123456789");
        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(new String(SafeFiles.readAll(channel, 4, 100), StandardCharsets.US_ASCII)).isEqualTo("0123456789");
        }
        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(new String(SafeFiles.readAll(channel, 40, 100), StandardCharsets.US_ASCII)).isEqualTo("0123456789");
        }
        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(SafeFiles.readAll(channel, 4, 6)).hasSize(7);
        }
        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(SafeFiles.readAll(channel, 10, 6)).hasSize(7);
        }
    }
}
