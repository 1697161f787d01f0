package dev.iia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./iia} launcher as a new user meets it: a copy of the project in a temporary folder,
 * with its own home and cache folders, so nothing already built or cached helps. The first run
 * builds the jar and makes the class-data archive in the cache; the next reuses both; a changed
 * source makes it build again and archive the new jar. Maven reads the local repository this
 * build uses, offline ({@code IIA_MVN_OPTS}), and no tests are copied, so the builds stay short.
 */
class LauncherIT {
    /** A build of the whole program, on a busy machine: generous, it only stops a hung run. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final List<String> COPIED = List.of("pom.xml", "iia", "LICENSE", "src/main", "templates", "assessments");

    @TempDir
    Path folder;

    private Path project;

    @Test
    void theFirstRunBuildsAndArchivesTheNextReusesThemAChangedSourceRebuilds() throws Exception {
        project = copyOfTheProject();
        Path jar = project.resolve("target/iia.jar");

        Run first = iia("--version");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("iia ");
        assertThat(first.err()).contains("iia: building");
        assertThat(jar).isRegularFile();
        assertThat(archives()).as("the class-data archive in $XDG_CACHE_HOME/iia").singleElement()
                .satisfies(archive -> assertThat(archive.getFileName().toString()).endsWith(jarStamp(jar) + ".jsa"));
        assertThat(folder.resolve("home")).isEmptyDirectory();

        Run again = iia("score", "assessments/community-networks-licensing.yaml");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("iia: building");
        assertThat(again.out()).contains("community-networks-licensing.yaml");
        assertThat(archives()).hasSize(1);

        Path source = project.resolve("src/main/java/dev/iia/cli/Main.java");
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        Run rebuilt = iia("--version");
        assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.err()).contains("iia: building");
        assertThat(rebuilt.out()).isEqualTo(first.out());
        assertThat(Files.getLastModifiedTime(jar)).isGreaterThan(Files.getLastModifiedTime(source));
        assertThat(archives()).as("an archive for the rebuilt jar").anySatisfy(
                archive -> assertThat(archive.getFileName().toString()).endsWith(jarStamp(jar) + ".jsa"));
    }

    private record Run(int code, String out, String err) {
    }

    private Run iia(String... arguments) throws IOException, InterruptedException {
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("./iia"), Stream.of(arguments)).toList())
                .directory(project.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("HOME", Files.createDirectories(folder.resolve("home")).toString());
        environment.put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        environment.put("TMPDIR", Files.createDirectories(folder.resolve("tmp")).toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("IIA_MVN_OPTS", "-o -Dmaven.repo.local=" + System.getProperty("iia.maven.repo",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        environment.remove("IIA_NO_CDS");
        environment.remove("MAVEN_OPTS");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./iia " + String.join(" ", arguments) + " did not finish in " + PATIENCE);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path copyOfTheProject() throws IOException {
        Path source = Path.of(System.getProperty("iia.project", "")).toAbsolutePath();
        Path copy = Files.createDirectories(folder.resolve("project"));
        for (String name : COPIED) {
            Path from = source.resolve(name);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path to = copy.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return copy;
    }

    private List<Path> archives() throws IOException {
        Path cache = folder.resolve("cache/iia");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    /** How the launcher names the archive of a jar: its size and modification time in seconds. */
    private static String jarStamp(Path jar) throws IOException {
        return "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() / 1000;
    }
}
