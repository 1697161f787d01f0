package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.io.CacheFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCacheTest {
    private static final Path KOREA = Path.of("assessments/south-korea-sender-pays.yaml");
    private static final String EXAMPLES = "assessments";

    @TempDir
    Path folder;

    private Path cache() {
        return folder.resolve("cache");
    }

    private List<Path> entries() throws IOException {
        if (!Files.exists(cache())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private Cli.Run cached(String... args) {
        return Cli.run(Stream.concat(Stream.of("score", "--cache", cache().toString()), Stream.of(args)).toArray(String[]::new));
    }

    private static Cli.Run uncached(String... args) {
        return Cli.run(Stream.concat(Stream.of("score"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void aSecondRunGivesTheSameOutputFromTheEntriesTheFirstWrote() throws IOException {
        Cli.Run first = cached(EXAMPLES);
        List<Path> written = entries();
        List<Long> times = written.stream().map(ScoreCacheTest::modified).toList();

        Cli.Run second = cached(EXAMPLES);

        assertThat(first).isEqualTo(uncached(EXAMPLES));
        assertThat(second).isEqualTo(first);
        assertThat(written).hasSize(12);
        assertThat(entries()).isEqualTo(written);
        assertThat(entries().stream().map(ScoreCacheTest::modified).toList()).as("nothing rewritten").isEqualTo(times);
    }

    @Test
    void aHitIsNotScoredAgain() throws IOException {
        Path file = Files.copy(KOREA, folder.resolve("korea.yaml"));
        cached(file.toString());
        Path entry = entries().get(0);
        String key = entry.getParent().getFileName().toString() + entry.getFileName();
        CacheFolder entries = CacheFolder.open(cache());
        ScoreOutcomeCodec codec = new ScoreOutcomeCodec();
        ScoreOutcome kept = codec.decode(entries.read(key).orElseThrow()).orElseThrow();
        ScoreOutput.Piece piece = kept.piece();
        ScoreOutcome marked = new ScoreOutcome(kept.status(), kept.tripped(), kept.errors(), kept.usage(),
                new ScoreOutput.Piece(piece.text(), piece.cells().stream().map(cell -> new dev.iia.interview.Line.Span(
                        cell.text().replace("Strongly negative", "FROM THE CACHE"), cell.tone())).toList(),
                        piece.count(), piece.rank(), piece.explanation(), piece.whatIf()));
        entries.write(key, codec.encode(marked));

        assertThat(cached(file.toString()).out()).contains("FROM THE CACHE");
    }

    @Test
    void aChangedFileIsScoredAgainNeverServedStale() throws IOException {
        Path file = Files.copy(KOREA, folder.resolve("korea.yaml"));
        cached(file.toString());
        Files.writeString(file, Files.readString(file).replace("impact: strongly-negative", "impact: none"));

        Cli.Run afterEdit = cached(file.toString());

        assertThat(afterEdit).isEqualTo(uncached(file.toString()));
        assertThat(afterEdit.out()).doesNotContain("Strongly negative");
        assertThat(entries()).hasSize(2);
    }

    @Test
    void optionsThatShapeTheOutputAreCachedApart() {
        cached(KOREA.toString());

        assertThat(cached("--format", "json", KOREA.toString())).isEqualTo(uncached("--format", "json", KOREA.toString()));
        assertThat(cached("--explain", KOREA.toString())).isEqualTo(uncached("--explain", KOREA.toString()));
        assertThat(cached("--what-if", KOREA.toString())).isEqualTo(uncached("--what-if", KOREA.toString()));
        assertThat(cached("--fail-on", "negative", KOREA.toString())).isEqualTo(uncached("--fail-on", "negative", KOREA.toString()));
    }

    @Test
    void damagedEntriesAreMissesAndAreWrittenAgain() throws IOException {
        Cli.Run first = cached(EXAMPLES);
        for (Path entry : entries()) {
            Files.writeString(entry, "garbage");
        }

        assertThat(cached(EXAMPLES)).isEqualTo(first);
        assertThat(entries()).allSatisfy(entry -> assertThat(Files.size(entry)).isGreaterThan(100));
        assertThat(cached(EXAMPLES)).isEqualTo(first);
    }

    @Test
    void theIiaCacheVariableTurnsItOnAndTheOptionWins() throws IOException {
        Cli.Run run = Cli.run(Map.of("IIA_CACHE", cache().toString()), "score", KOREA.toString());
        assertThat(run.code()).isZero();
        assertThat(entries()).hasSize(1);

        Path other = folder.resolve("other");
        Cli.run(Map.of("IIA_CACHE", cache().toString()), "score", "--cache", other.toString(), "--explain", KOREA.toString());
        assertThat(entries()).hasSize(1);
        assertThat(other).isDirectoryRecursivelyContaining(path -> Files.isRegularFile(path));
    }

    @Test
    void filesWithProblemsAreNotKept() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.yaml"), "rubric: iwn@2.0\nanswers: [\n");

        Cli.Run first = cached(broken.toString());

        assertThat(first.code()).isEqualTo(uncached(broken.toString()).code()).isNotZero();
        assertThat(entries()).isEmpty();
    }

    @Test
    void aFileWhereTheCacheFolderShouldBeIsOneLineAndAnExitCode() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

        Cli.Run run = Cli.run("score", "--cache", file.toString(), KOREA.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err().strip()).isEqualTo("iia: " + file + ": cannot use as a cache: not a folder");
    }

    @Test
    void concurrentRunsSharingTheCacheAllPrintWhatAnUncachedRunPrints() throws Exception {
        Cli.Run expected = uncached(EXAMPLES);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Cli.Run>> runs = Stream.generate(() -> pool.submit(() -> cached("-j", "2", EXAMPLES))).limit(6).toList();
            for (Future<Cli.Run> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(entries()).hasSize(12);
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
