package dev.iia.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFolderTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String OTHER_KEY = "fedcba9876543210fedcba9876543210";

    @TempDir
    Path folder;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path entryFile(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    @Test
    void readsBackWhatWasWrittenAndNothingForAnotherKey() {
        CacheFolder cache = CacheFolder.open(folder);

        assertThat(cache.write(KEY, bytes("result"))).isTrue();

        assertThat(cache.read(KEY)).hasValueSatisfying(value -> assertThat(value).isEqualTo(bytes("result")));
        assertThat(cache.read(OTHER_KEY)).isEmpty();
        assertThat(CacheFolder.open(folder).read(KEY)).as("another run sharing the folder").isPresent();
    }

    @Test
    void makesAMissingFolderWithItsParents() {
        CacheFolder cache = CacheFolder.open(folder.resolve("a/b/cache"));

        assertThat(cache.write(KEY, bytes("x"))).isTrue();
        assertThat(folder.resolve("a/b/cache")).isDirectory();
    }

    @Test
    void refusesAFileWhereTheFolderShouldBe() throws IOException {
        Path file = Files.writeString(folder.resolve("cache"), "not a folder");

        assertThatThrownBy(() -> CacheFolder.open(file)).isInstanceOf(FileAccessException.class)
                .hasMessageContaining("cannot use as a cache");
    }

    @Test
    void aDamagedOrTruncatedEntryIsAMissAndIsWrittenAgain() throws IOException {
        CacheFolder cache = CacheFolder.open(folder);
        cache.write(KEY, bytes("a whole result"));
        byte[] whole = Files.readAllBytes(entryFile(KEY));

        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x20;
        Files.write(entryFile(KEY), flipped);
        assertThat(cache.read(KEY)).as("one flipped byte").isEmpty();

        Files.write(entryFile(KEY), java.util.Arrays.copyOf(whole, whole.length - 3));
        assertThat(cache.read(KEY)).as("cut short").isEmpty();

        Files.write(entryFile(KEY), new byte[0]);
        assertThat(cache.read(KEY)).as("empty").isEmpty();

        assertThat(cache.write(KEY, bytes("a whole result"))).isTrue();
        assertThat(cache.read(KEY)).isPresent();
    }

    @Test
    void anEntryMovedToAnotherKeysNameIsAMiss() throws IOException {
        CacheFolder cache = CacheFolder.open(folder);
        cache.write(KEY, bytes("for the first key"));
        Files.createDirectories(entryFile(OTHER_KEY).getParent());
        Files.copy(entryFile(KEY), entryFile(OTHER_KEY));

        assertThat(cache.read(OTHER_KEY)).isEmpty();
    }

    @Test
    void neverFollowsALinkAtAnEntrysName() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "private");
        Path cacheRoot = folder.resolve("cache");
        CacheFolder cache = CacheFolder.open(cacheRoot);
        cache.write(KEY, bytes("x"));
        Path entry = cacheRoot.resolve(KEY.substring(0, 2)).resolve(KEY.substring(2));
        Files.delete(entry);
        Files.createSymbolicLink(entry, secret);

        assertThat(cache.read(KEY)).isEmpty();
        assertThat(cache.write(KEY, bytes("new"))).isTrue();
        assertThat(Files.readString(secret)).as("the link is replaced, not written through").isEqualTo("private");
        assertThat(Files.isSymbolicLink(entry)).isFalse();
    }

    @Test
    void concurrentWritersOfTheSameKeyLeaveOneWholeEntryAndNoTemporaryFiles() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> written = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                byte[] content = bytes(("writer " + i + " ").repeat(20_000));
                contents.add(content);
                CacheFolder own = CacheFolder.open(folder);
                written.add(pool.submit(() -> {
                    start.await();
                    boolean ok = true;
                    for (int round = 0; round < 20; round++) {
                        ok &= own.write(KEY, content);
                        ok &= own.read(KEY).isPresent();
                    }
                    return ok;
                }));
            }
            start.countDown();
            for (Future<Boolean> each : written) {
                assertThat(each.get()).as("every write landed and every read saw a whole entry").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        byte[] kept = CacheFolder.open(folder).read(KEY).orElseThrow();
        assertThat(contents).anyMatch(content -> java.util.Arrays.equals(content, kept));
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(entryFile(KEY));
        }
    }
}
