package dev.iia.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

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
