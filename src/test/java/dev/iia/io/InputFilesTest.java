package dev.iia.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    private List<Path> expand(Path... paths) {
        return InputFiles.expand(List.of(paths), problem -> problems.add(problem.getMessage()));
    }

    private Path touch(String name) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x: 1\n");
        return file;
    }

    @Test
    void walksFoldersForYamlFilesInSortedOrderAndKeepsArgumentOrder() throws IOException {
        Path b = touch("set/b.yaml");
        Path a = touch("set/a.yml");
        Path nested = touch("set/deeper/c.yaml");
        touch("set/notes.txt");
        Path named = touch("named.txt");

        assertThat(expand(named, folder.resolve("set"))).containsExactly(named, a, b, nested);
        assertThat(problems).isEmpty();
    }

    @Test
    void skipsHiddenFolders() throws IOException {
        touch("set/.git/config.yaml");
        Path visible = touch("set/a.yaml");

        assertThat(expand(folder.resolve("set"))).containsExactly(visible);
    }

    @Test
    void reportsMissingPathsAndGoesOn() throws IOException {
        Path a = touch("a.yaml");

        assertThat(expand(folder.resolve("missing.yaml"), a)).containsExactly(a);
        assertThat(problems).singleElement().asString().endsWith("missing.yaml: cannot read: no such file or directory");
    }

    @Test
    void survivesASymbolicLinkLoop() throws IOException {
        Path a = touch("set/a.yaml");
        Files.createSymbolicLink(folder.resolve("set/loop"), folder.resolve("set"));

        assertThat(expand(folder.resolve("set"))).containsExactly(a);
        assertThat(problems).singleElement().asString().endsWith("loop: skipped: symbolic link loop");
    }

    @Test
    void refusesANamedFileThatIsNotARegularFile() throws Exception {
        Path fifo = folder.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(expand(fifo)).isEmpty();
        assertThat(problems).singleElement().asString().endsWith("pipe.yaml: cannot read: not a regular file (a FIFO)");
    }
}
