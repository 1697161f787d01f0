package dev.iia.yaml;

import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iia.io.FileAccessException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {
    private static YamlDocument parse(String yaml) {
        return YamlReader.parse("f.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(String yaml) {
        return problems(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(byte[] bytes) {
        try {
            YamlReader.parse("f.yaml", bytes);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    @Test
    void remembersTheLineAndColumnOfEveryKeyAndValue() {
        YamlDocument document = parse("a: 1\nb:\n  c: [x, y]\n");

        assertThat(document.locationOf("/a")).isEqualTo(new Location(1, 4));
        assertThat(document.keyLocationOf("/b", "c")).isEqualTo(new Location(3, 3));
        assertThat(document.locationOf("/b/c/1")).isEqualTo(new Location(3, 10));
    }

    @Test
    void yaml11BooleanWordsStayText() {
        YamlDocument document = parse("country: NO\nanswer: yes\noff: off\nflag: true\n");

        assertThat(document.root().get("country").isTextual()).isTrue();
        assertThat(document.root().get("country").asText()).isEqualTo("NO");
        assertThat(document.root().get("answer").asText()).isEqualTo("yes");
        assertThat(document.root().get("flag").isBoolean()).isTrue();
    }

    @Test
    void decimalsKeepTheirWrittenForm() {
        assertThat(parse("version: 1.10\n").root().get("version").asText()).isEqualTo("1.10");
    }

    @Test
    void datesStayText() {
        assertThat(parse("date: 2022-05-11\n").root().get("date").asText()).isEqualTo("2022-05-11");
    }

    @Test
    void refusesAliasesBecauseTheyWouldBindTheAnchorsName() {
        assertThat(problems("a: &x hello\nb: *x\n"))
                .containsExactly("f.yaml:2:4: aliases (*x) are not supported; write the value out in full");
    }

    @Test
    void refusesDuplicateKeysAtTheSecondOne() {
        assertThat(problems("title: a\ntitle: b\n"))
                .containsExactly("f.yaml:2:1: duplicate key 'title': a key may appear only once in a map");
    }

    @Test
    void refusesASecondDocument() {
        assertThat(problems("a: 1\n---\nb: 2\n")).singleElement().asString()
                .isEqualTo("f.yaml:3:1: a second YAML document (after '---') begins here; an iia file holds exactly one document");
    }

    @Test
    void reportsSyntaxErrorsWithTheirPlace() {
        assertThat(problems("a: [1, 2\nb: 3\n")).singleElement().asString().startsWith("f.yaml:2:2: YAML syntax:");
    }

    @Test
    void explainsTabIndentation() {
        assertThat(problems("a:\n\tb: 1\n")).singleElement().asString()
                .isEqualTo("f.yaml:2:1: YAML syntax: a tab character here; indent with spaces, not tabs (line 2: b: 1)");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpensWithTheLineQuoted() {
        assertThat(problems("rubric: iwn@1.0\nproposal:\n  title: \"Gateway decree\n  jurisdiction: Cambodia\nanswers: {}\n"))
                .singleElement().asString().isEqualTo("f.yaml:3:10: YAML syntax: the quoted text that opens here is never closed;"
                        + " end it with \", or write the value without quotes (line 3: title: \"Gateway decree)");
    }

    @Test
    void aLineIndentedOutOfPlaceIsSaidInPlainWords() {
        assertThat(problems("rubric: iwn@1.0\nproposal:\n  title: Gateway\n jurisdiction: Cambodia\n"))
                .singleElement().asString().isEqualTo("f.yaml:4:2: YAML syntax: this line is indented differently from the lines"
                        + " above it; indent it like the key it belongs with (line 4: jurisdiction: Cambodia)");
    }

    @Test
    void emptyAndCommentOnlyFilesAreOneClearProblem() {
        String empty = "f.yaml:1:1: file is empty: expected a YAML map of keys such as 'rubric', 'proposal' and 'answers'";
        assertThat(problems("")).containsExactly(empty);
        assertThat(problems("# only a comment\n\n")).containsExactly(empty);
    }

    @Test
    void binaryFilesAreRefusedBeforeParsing() {
        assertThat(problems(new byte[] {'a', ':', ' ', 0, 1, 2})).containsExactly("f.yaml:1:4: this is a binary file, not YAML text");
    }

    @Test
    void invalidUtf8IsReportedWhereItStarts() {
        assertThat(problems(new byte[] {'a', ':', '\n', 'b', ':', ' ', (byte) 0xC3, '(', '\n'}))
                .containsExactly("f.yaml:2:4: invalid UTF-8 text; save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        assertThat(YamlReader.parse("f.yaml", "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8)).root().get("a").asInt()).isEqualTo(1);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "a: " + "[".repeat(YamlReader.MAX_DEPTH + 10) + "]".repeat(YamlReader.MAX_DEPTH + 10) + "\n";

        assertThat(problems(deep)).singleElement().asString().contains("nesting is deeper than " + YamlReader.MAX_DEPTH + " levels");
    }

    @Test
    void aScalarLongerThanTheLimitIsRefused() {
        String longScalar = "a: " + "x".repeat(YamlReader.MAX_SCALAR_CHARS + 1) + "\n";

        assertThat(problems(longScalar)).singleElement().asString().contains("a value is longer than");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingItAll(@TempDir Path folder) throws Exception {
        Path big = folder.resolve("big.yaml");
        Files.write(big, new byte[YamlReader.MAX_FILE_BYTES + 10]);

        assertThatThrownBy(() -> YamlReader.read(big, "big.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessage("big.yaml:1:1: file is 4.0 MB; iia reads files of up to 4 MB");
    }

    @Test
    void missingFilesAndFoldersAreFileSystemErrors(@TempDir Path folder) {
        assertThatThrownBy(() -> YamlReader.read(folder.resolve("nope.yaml"), "nope.yaml"))
                .isInstanceOf(FileAccessException.class).hasMessage("nope.yaml: cannot read: no such file or directory");
        assertThatThrownBy(() -> YamlReader.read(folder, "dir"))
                .isInstanceOf(FileAccessException.class).hasMessage("dir: cannot read: is a directory");
    }

    @Test
    void aKeyWithNothingAfterItIsNullWhileQuotedEmptyTextStaysText() {
        YamlDocument document = parse("""
                answers:
                  # only a comment
                title:
                quoted: ''
                double: ""
                """);

        assertThat(document.root().get("answers").isNull()).isTrue();
        assertThat(document.root().get("title").isNull()).isTrue();
        assertThat(document.root().get("quoted").isTextual()).isTrue();
        assertThat(document.root().get("double").asText()).isEmpty();
        assertThat(document.root().get("double").isTextual()).isTrue();
    }
}
