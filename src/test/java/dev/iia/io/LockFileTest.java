package dev.iia.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {
    /** How long the holder may take to start and report its lock: generous, it only stops a hung run. */
    private static final Duration HOLDER_START = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void theLockFileSitsNextToTheFileWhileHeldAndIsRemovedAfter() {
        Path file = folder.resolve("x.yaml");
        try (LockFile lock = LockFile.acquire(file)) {
            assertThat(lock.path()).isEqualTo(folder.resolve("x.yaml.lock")).exists();
            assertThat(lock.staleHolder()).isEmpty();
        }
        assertThat(folder.resolve("x.yaml.lock")).doesNotExist();
    }

    @Test
    void aSecondSessionInTheSameProcessIsRefused() {
        Path file = folder.resolve("x.yaml");
        try (LockFile first = LockFile.acquire(file)) {
            assertThatThrownBy(() -> LockFile.acquire(file)).isInstanceOf(FileAccessException.class)
                    .hasMessage(file + ": already open in another iia session (in this process); finish or quit that session first");
            assertThat(first.path()).exists();
        }
        try (LockFile again = LockFile.acquire(file)) {
            assertThat(again.staleHolder()).isEmpty();
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedAndTakenOverOnceThatProcessIsKilled() throws Exception {
        Path file = folder.resolve("x.yaml");
        Process holder = startHolder(file);
        try {
            assertThatThrownBy(() -> LockFile.acquire(file)).isInstanceOf(FileAccessException.class)
                    .hasMessageContaining("already open in another iia session (pid " + holder.pid() + ", started ");
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertThat(folder.resolve("x.yaml.lock")).exists();
        try (LockFile lock = LockFile.acquire(file)) {
            assertThat(lock.staleHolder()).hasValueSatisfying(h -> assertThat(h).startsWith("pid " + holder.pid() + ", started "));
        }
    }

    @Test
    void aLeftoverLockFileNobodyHoldsIsTakenOver() throws IOException {
        Path file = folder.resolve("x.yaml");
        Files.writeString(folder.resolve("x.yaml.lock"), "pid 99999, started 2026-01-01T00:00:00Z\n");

        try (LockFile lock = LockFile.acquire(file)) {
            assertThat(lock.staleHolder()).hasValue("pid 99999, started 2026-01-01T00:00:00Z");
            assertThat(Files.readString(lock.path())).startsWith("pid " + ProcessHandle.current().pid() + ", started ");
        }
    }

    @Test
    void aFolderThatCannotHoldTheLockIsAFileProblem() {
        Path file = folder.resolve("missing").resolve("x.yaml");

        assertThatThrownBy(() -> LockFile.acquire(file)).isInstanceOf(FileAccessException.class)
                .hasMessageContaining("x.yaml: cannot use: the folder " + folder.resolve("missing") + " does not exist");
    }

    private static Process startHolder(Path file) throws IOException, InterruptedException, ExecutionException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return output.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            assertThat(first.get(HOLDER_START.toSeconds(), TimeUnit.SECONDS)).as("the holder process reports the lock").startsWith("locked ");
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("the holder process said nothing within " + HOLDER_START.toSeconds() + " seconds", e);
        }
        return process;
    }
}
