package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iia.ParsedMarkdown;
import dev.iia.TestAssessments;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.cli.TemplateFolder;
import dev.iia.io.FileAccessException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTemplatesTest {
    @TempDir
    Path folder;

    private Brief brief;

    @BeforeEach
    void build() {
        LoadedAssessment loaded = TestAssessments.load(folder, "fee.yaml", TestAssessments.PARTIAL);
        brief = Brief.of(loaded);
    }

    private Path template(String name, String text) {
        return TestAssessments.write(folder.resolve("templates"), name, text);
    }

    private static MarkdownTemplates file(Path template) {
        TemplateFolder folder = TemplateFolder.of(template);
        return MarkdownTemplates.of(folder, folder.mainName());
    }

    private String render(String text) {
        return file(template("my.mustache", text)).render(brief);
    }

    private String problem(String text) {
        TemplateException e = (TemplateException) org.assertj.core.api.Assertions.catchThrowable(() -> render(text));
        assertThat(e).isNotNull();
        return e.problems().get(0).format();
    }

    @Test
    void aPartialNextToTheTemplateFillsATableWithoutBlankLines() {
        template("row.mustache", "| {{title}} | {{label}} |\n");

        String markdown = render("| Property | Level |\n|---|---|\n{{#properties}}\n{{> row}}\n{{/properties}}\n");

        ParsedMarkdown parsed = ParsedMarkdown.parse(markdown);
        assertThat(parsed.tableShapes()).containsExactly(List.of(2, 2, 2, 2, 2, 2));
        assertThat(markdown).startsWith("| Property | Level |\n|---|---|\n| An accessible infrastructure with a common protocol | Negative |\n");
    }

    @Test
    void aPartialNotNextToTheTemplateComesFromTheBuiltInOnes() {
        String markdown = render("{{#properties}}{{#assessed}}\n## {{title}}\n\n{{> criterion}}\n{{/assessed}}{{/properties}}");

        assertThat(markdown).contains("## An accessible infrastructure with a common protocol")
                .contains("**Does it change the cost for people or networks of connecting to the Internet or of interconnecting"
                        + " with other networks?** Strongly negative, medium confidence.")
                .contains("- [Annex 2 of the report](https://example.org/annex%20%282%29)");
    }

    @Test
    void aKeyTheModelDoesNotHaveIsAnErrorAtItsLineAndColumn() {
        String shown = folder.resolve("templates").resolve("my.mustache").toString();

        assertThat(problem("# {{title}}\n\nBy {{authorText}}\n")).isEqualTo(shown
                + ":3:4: unknown key 'authorText'; did you mean 'authorsText'? (docs/templates.md lists the keys)");
        assertThat(problem("{{#properties}}\n  {{#findings}}{{rationle}}{{/findings}}\n{{/properties}}")).startsWith(shown
                + ":2:16: unknown key 'rationle'; did you mean 'rationale'?");
        assertThat(problem("{{#proposal.titel}}x{{/proposal.titel}}")).startsWith(shown + ":1:1: unknown key 'proposal.titel'");
    }

    @Test
    void templatesReachOnlyTheModelsKeysNeverJavaMethods() {
        String shown = folder.resolve("templates").resolve("my.mustache").toString();

        assertThat(problem("{{title.length}}")).isEqualTo(shown
                + ":1:1: 'title' is a value, not a map of keys, so 'title.length' does not exist");
        assertThat(problem("{{proposal.getClass}}")).startsWith(shown + ":1:1: unknown key 'proposal.getClass'");
        assertThat(problem("{{#properties}}{{hashCode}}{{/properties}}")).startsWith(shown + ":1:16: unknown key 'hashCode'");
        assertThat(problem("{{oneLine.apply}}")).startsWith(shown + ":1:1: 'oneLine' is a value");
    }

    @Test
    void unescapedOutputAndPragmasAreRefusedWhateverTheDelimiters() {
        String shown = folder.resolve("templates").resolve("my.mustache").toString();

        assertThat(problem("x\n{{{title}}}")).isEqualTo(shown + ":2:1: unescaped output ({{{title}}} or {{& title}}) is not"
                + " allowed: iia escapes every value for Markdown");
        assertThat(problem("{{& title}}")).startsWith(shown + ":1:1: unescaped output");
        assertThat(problem("{{%IMPLICIT-ITERATOR}}")).startsWith(shown + ":1:1: pragmas are not allowed");
        assertThat(problem("{{=<% %>=}}\n<%{title}%>")).startsWith(shown + ":2:1: unescaped output");
        assertThat(render("{{=<% %>=}}<%proposal.jurisdiction%> *")).isEqualTo("Freedonia *\n");
    }

    @Test
    void brokenTemplatesAndMissingPartialsAreReportedWhereTheyAre() {
        String shown = folder.resolve("templates").resolve("my.mustache").toString();

        assertThat(problem("a\n{{#properties}}\nb\n")).isEqualTo(shown + ":2:1: failed to close 'properties' tag");
        assertThat(problem("a\n  {{> nowhere}}\n")).isEqualTo(shown + ":2:3: partial 'nowhere' not found (looked in "
                + folder.resolve("templates") + "/ and the built-in templates)");
        assertThat(problem("{{> ../fee.yaml}}")).contains("partial '../fee.yaml' not found");
    }

    @Test
    void aTemplateThatIsNotTextIsOneProblem() throws Exception {
        Path binary = folder.resolve("binary.mustache");
        Files.write(binary, new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});

        assertThatThrownBy(() -> file(binary))
                .isInstanceOf(TemplateException.class)
                .hasMessage(binary + ":1:1: template is not UTF-8 text");
    }

    @Test
    void aMissingTemplateFileIsAFileProblem() {
        assertThatThrownBy(() -> file(folder.resolve("none.mustache")))
                .isInstanceOf(FileAccessException.class)
                .hasMessage(folder.resolve("none.mustache") + ": cannot read template: no such file");
    }

    @Test
    void oneLineKeepsAParagraphTextInOneTableCell() {
        String markdown = render("| Finding |\n|---|\n{{#properties}}{{#findings}}\n{{#oneLine}}| {{rationale}} |{{/oneLine}}\n{{/findings}}{{/properties}}\n");

        ParsedMarkdown parsed = ParsedMarkdown.parse(markdown);
        assertThat(parsed.tableShapes()).containsExactly(List.of(1, 1, 1, 1));
        assertThat(markdown).contains("| Fees raise the cost of reaching users. Small providers pay the most. |");
    }

    @Test
    void outputIsTidiedButFencedCodeIsLeftAlone() {
        assertThat(Markdown.tidy("\n\na\r\n\n\n\nb\n```\n\n\n```\n\n\nc\n\n")).isEqualTo("a\n\nb\n```\n\n\n```\n\nc\n");
    }

    @Test
    void everyTemplateFileIsReadAsUtf8() throws Exception {
        Path file = template("utf.mustache", "Évaluation — {{proposal.jurisdiction}} ✓");

        assertThat(file(file).render(brief)).isEqualTo("Évaluation — Freedonia ✓\n");
        assertThat(Files.readString(file)).doesNotEndWith("\n");
    }

    @Test
    void aPartialThatLinksOutsideTheTemplatesFolderIsRefused() throws Exception {
        Path secret = TestAssessments.write(folder, "secret.txt", "SECRET {{title}}");
        Files.createDirectories(folder.resolve("templates"));
        Files.createSymbolicLink(folder.resolve("templates").resolve("leak.mustache"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folder.resolve("templates").resolve("near.mustache"), secret);

        assertThatThrownBy(() -> render("{{> leak}}")).isInstanceOf(FileAccessException.class)
                .hasMessageStartingWith(folder.resolve("templates").resolve("leak.mustache")
                        + ": cannot read partial: it leads outside the template's folder")
                .hasMessageNotContaining("root:");
        assertThatThrownBy(() -> render("{{> near}}")).isInstanceOf(FileAccessException.class)
                .hasMessageContaining("leads outside the template's folder");
    }

    @Test
    void aPartialLinkedInsideTheFolderIsRead() throws Exception {
        template("real.mustache", "inside {{proposal.jurisdiction}}");
        Files.createSymbolicLink(folder.resolve("templates").resolve("alias.mustache"), Path.of("real.mustache"));

        assertThat(render("{{> alias}}")).isEqualTo("inside Freedonia\n");
    }

    @Test
    void aPartialThatIsNotARegularFileIsRefusedWithoutOpeningIt() throws Exception {
        Files.createDirectories(folder.resolve("templates").resolve("dir.mustache"));
        Path fifo = folder.resolve("templates").resolve("fifo.mustache");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        assertThatThrownBy(() -> render("{{> fifo}}")).isInstanceOf(FileAccessException.class)
                .hasMessage(folder.resolve("templates").resolve("fifo.mustache") + ": cannot read template: not a regular file");
        assertThatThrownBy(() -> render("{{> dir}}")).isInstanceOf(FileAccessException.class)
                .hasMessageEndingWith("not a regular file");
    }

    @Test
    void aTemplateOrPartialLargerThanTheBoundIsOneProblem() {
        template("big.mustache", "x".repeat(TemplateFolder.MAX_TEMPLATE_BYTES + 1));

        assertThat(problem("{{> big}}")).isEqualTo(folder.resolve("templates").resolve("big.mustache")
                + ":1:1: template is larger than 256 kB");
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 20, 1000, 3000})
    void deeplyNestedSectionsEndInOneLocatedProblemFast(int depth) {
        String text = "{{#properties}}".repeat(depth) + "x" + "{{/properties}}".repeat(depth);

        long start = System.nanoTime();
        String problem = problem(text);

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(3));
        String shown = folder.resolve("templates").resolve("my.mustache").toString();
        if (depth > TemplateShape.MAX_DEPTH) {
            assertThat(problem).isEqualTo(shown + ":1:" + (15 * TemplateShape.MAX_DEPTH + 1) + ": sections are nested more than 16 deep");
        } else {
            assertThat(problem).startsWith(shown + ":1:").endsWith(": the template does too much work (more than 100000 lookups): "
                    + "sections inside sections multiply; nest fewer");
        }
    }

    @Test
    void sectionsThatWriteAlotStopAtTheOutputBound() {
        String text = "{{#properties}}".repeat(5) + "x".repeat(10_000) + "{{/properties}}".repeat(5);

        assertThat(problem(text)).isEqualTo(folder.resolve("templates").resolve("my.mustache")
                + ":1:1: the template writes more than 16 MB: sections inside sections multiply; nest fewer");
    }

    @Test
    void tenThousandUnclosedSectionsAreOneProblem() {
        assertThat(problem("{{#properties}}\n".repeat(10_000))).isEqualTo(folder.resolve("templates").resolve("my.mustache")
                + ":17:1: sections are nested more than 16 deep");
        assertThat(problem("a\n{{^properties}}{{#goals}}{{/goals}}\n")).endsWith(":2:1: failed to close 'properties' tag");
    }

    @Test
    void partialsIncludingThemselvesStopAtTheRecursionLimit() {
        template("self.mustache", "{{#properties}}{{> self}}{{/properties}}");

        assertThat(problem("{{> self}}")).isNotBlank();
    }
}
