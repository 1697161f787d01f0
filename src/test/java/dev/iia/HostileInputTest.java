package dev.iia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.cli.Cli;
import dev.iia.cli.ExitCodes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile files (src/test/resources/hostile, and large ones made here): each ends in
 * the expected one-line problem and exit code, never a stack trace. The test JVM's heap is capped
 * (pom.xml), so a file that made iia hold too much would fail here too.
 */
class HostileInputTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("alias-bomb.yaml", ExitCodes.INVALID, "5:16: aliases (*a) are not supported; write the value out in full"),
                Arguments.of("merge-key.yaml", ExitCodes.INVALID, "8:9: aliases (*base) are not supported; write the value out in full"),
                Arguments.of("answers-as-list.yaml", ExitCodes.INVALID, "5:3: 'answers' must be a map of keys, not a list"),
                Arguments.of("binary-tag.yaml", ExitCodes.INVALID, "3:10: tags such as !!binary are not supported; write the value as plain YAML"),
                Arguments.of("java-tag.yaml", ExitCodes.INVALID, "4:10: tags such as !!java.lang.Runtime are not supported; write the value as plain YAML"),
                Arguments.of("binary.yaml", ExitCodes.INVALID, "1:12: this is a binary file, not YAML text"),
                Arguments.of("control-character.yaml", ExitCodes.INVALID, "3:15: the control character U+0007 is not allowed in YAML text"),
                Arguments.of("duplicate-keys.yaml", ExitCodes.INVALID, "4:3: duplicate key 'title': a key may appear only once in a map"),
                Arguments.of("empty.yaml", ExitCodes.INVALID, "1:1: file is empty: expected a YAML map of keys such as 'rubric', 'proposal' and 'answers'"),
                Arguments.of("only-comments.yaml", ExitCodes.INVALID, "1:1: file is empty: expected a YAML map of keys such as 'rubric', 'proposal' and 'answers'"),
                Arguments.of("huge-number.yaml", ExitCodes.INVALID, "7:17: 'confidence' must be text, not the number 1E+999"),
                Arguments.of("invalid-utf8.yaml", ExitCodes.INVALID, "3:19: invalid UTF-8 text; save the file as UTF-8"),
                Arguments.of("list-not-map.yaml", ExitCodes.INVALID, "1:1: the document must be a map of keys, not a list"),
                Arguments.of("self-reference.yaml", ExitCodes.INVALID, "1:9: 'rubric' names this assessment itself; name a rubric file or a built-in rubric such as iwn"),
                Arguments.of("tabs.yaml", ExitCodes.INVALID, "3:1: YAML syntax: a tab character here; indent with spaces, not tabs (line 3: title: Tabs for indentation)"),
                Arguments.of("two-documents.yaml", ExitCodes.INVALID, "4:1: a second YAML document (after '---') begins here; an iia file holds exactly one document"),
                Arguments.of("unclosed-quote.yaml", ExitCodes.INVALID, "2:19: YAML syntax: the quoted text that opens here is never closed; end it with \", or write the"
                        + " value without quotes (line 2: proposal: {title: \"unclosed)"),
                Arguments.of("bom-valid.yaml", ExitCodes.OK, null),
                Arguments.of("crlf-valid.yaml", ExitCodes.OK, null),
                Arguments.of("yaml11-scalars-valid.yaml", ExitCodes.OK, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileEndsInItsOneLineProblemAndExitCode(String name, int code, String problem) {
        Path file = CORPUS.resolve(name);

        Cli.Run run = Cli.run("validate", "-q", file.toString());

        assertThat(run.code()).isEqualTo(code);
        assertThat(run.err()).isEqualTo(problem == null ? "" : file + ":" + problem + "\n");
    }

    @Test
    void theCorpusHasAnExpectationForEveryFile() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(corpus().map(a -> (String) a.get()[0]).toList());
        }
    }

    @Test
    void aFiftyMegabyteScalarIsRefusedBySize(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.yaml");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("rubric: iwn\nproposal:\n  title: ".getBytes());
            byte[] chunk = "x".repeat(1 << 20).getBytes();
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).isEqualTo(file + ":1:1: file is 50.0 MB; iia reads files of up to 4 MB\n");
    }

    @Test
    void tenThousandLevelsOfNestingAreRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("deep.yaml");
        Files.writeString(file, "rubric: iwn\nproposal:\n  title: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).isEqualTo(file + ":3:72: nesting is deeper than 64 levels; iia files are at most a few levels deep\n");
    }

    @Test
    void aThousandLevelsOfBlockNestingAreRefused(@TempDir Path folder) throws IOException {
        StringBuilder yaml = new StringBuilder("rubric: iwn\nproposal:\n");
        for (int depth = 1; depth < 1_000; depth++) {
            yaml.append(" ".repeat(depth)).append("k:\n");
        }
        Path file = folder.resolve("deep-block.yaml");
        Files.writeString(file, yaml);

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith(file + ":").contains("nesting is deeper than 64 levels");
    }

    @Test
    void aFileOfRandomBytesIsOneProblem(@TempDir Path folder) throws IOException {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        Path file = folder.resolve("noise.yaml");
        Files.write(file, noise);

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err().lines()).singleElement().asString().startsWith(file + ":");
    }

    @Test
    void aFolderWhereAFileIsExpectedIsAFileSystemError(@TempDir Path folder) {
        Cli.Run run = Cli.run("rubric", "lint", folder.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).isEqualTo("iia: " + folder + ": cannot read: is a directory\n");
    }

    @Test
    void aMissingFileIsAFileSystemError() {
        Cli.Run run = Cli.run("validate", "no/such/file.yaml");

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).isEqualTo("iia: no/such/file.yaml: cannot read: no such file or directory\n");
    }
}
