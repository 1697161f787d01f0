package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example brief, with and without the annex, passes markdownlint-cli2 with its default rules
 * but MD013 (line length: a paragraph is one line, as Markdown allows, so that no author text is
 * re-wrapped); and they convert to Word with pandoc, and to PDF with pandoc and xelatex with a glyph for
 * every character. Skipped where a tool is not installed, but never in CI ({@code CI=true}).
 */
class BriefLintTest {
    private static final String LINTER = "markdownlint-cli2";

    @TempDir
    Path folder;

    @Test
    void exampleBriefsPassMarkdownlintWithItsDefaultRules() throws Exception {
        boolean installed = installed();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(LINTER + " is not installed; CI installs it with: npm install -g markdownlint-cli2");
        }
        assumeTrue(installed, LINTER + " is not installed (npm install -g markdownlint-cli2)");
        Files.writeString(folder.resolve(".markdownlint-cli2.jsonc"), "{\"config\": {\"MD013\": false}}\n");
        MarkdownTemplates templates = MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF);
        List<String> files = new ArrayList<>();
        for (Path example : ExampleBriefsTest.examples().toList()) {
            Brief brief = Brief.of(new AssessmentLoader(RubricCatalog.shared()).load(example));
            String name = example.getFileName().toString().replace(".yaml", "");
            Files.writeString(folder.resolve(name + ".md"), templates.render(brief), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(name + "-annex.md"), templates.render(brief.withAnnex(true)), StandardCharsets.UTF_8);
            files.add(name + ".md");
            files.add(name + "-annex.md");
        }
        List<String> command = new ArrayList<>(List.of(LINTER));
        command.addAll(files);
        Process lint = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(lint.exitValue()).as(output).isZero();
    }

    @Test
    void exampleBriefsConvertToWordWithPandocWithoutAWarning() throws Exception {
        boolean installed = installed("pandoc");
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("pandoc is not installed; CI installs it with: apt-get install pandoc");
        }
        assumeTrue(installed, "pandoc is not installed (apt-get install pandoc)");
        for (Path example : ExampleBriefsTest.examples().toList()) {
            Brief brief = Brief.of(new AssessmentLoader(RubricCatalog.shared()).load(example)).withAnnex(true);
            Path markdown = Files.writeString(folder.resolve("brief.md"),
                    MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF).render(brief), StandardCharsets.UTF_8);
            Process pandoc = new ProcessBuilder("pandoc", "-f", "gfm", "-o", folder.resolve("brief.docx").toString(),
                    markdown.toString()).redirectErrorStream(true).start();
            String output = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(pandoc.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(pandoc.exitValue()).as(output).isZero();
            assertThat(output).as("pandoc's warnings on %s", example).isEmpty();
            assertThat(Files.size(folder.resolve("brief.docx"))).isPositive();
        }
    }

    @Test
    void exampleBriefsConvertToPdfWithXelatexWithoutAMissingGlyph() throws Exception {
        requireTools("pandoc", "xelatex", "apt-get install pandoc texlive-xetex lmodern texlive-fonts-recommended fonts-dejavu-core");
        for (Path example : ExampleBriefsTest.examples().toList()) {
            Path markdown = writeBrief(example);
            Path pdf = folder.resolve("brief.pdf");
            String output = run(List.of("pandoc", "-f", "gfm", "--pdf-engine=xelatex", "-V", "mainfont=DejaVu Serif", "-V",
                    "monofont=DejaVu Sans Mono", "-o", pdf.toString(), markdown.toString()));

            assertThat(output).as("pandoc and xelatex on %s", example).doesNotContain("Missing character").doesNotContain("[WARNING]");
            assertThat(Files.size(pdf)).isPositive();
        }
    }

    /** pandoc's own Markdown, its default for a .md file, sizes each column by its dashes, so that cells wrap on the page. */
    @Test
    void pandocsOwnMarkdownGivesEveryTableColumnAShareOfThePage() throws Exception {
        requireTools("pandoc", "pandoc", "apt-get install pandoc");
        for (Path example : ExampleBriefsTest.examples().toList()) {
            String latex = run(List.of("pandoc", "-t", "latex", writeBrief(example).toString()));

            List<String> tables = latex.lines().filter(line -> line.startsWith("\\begin{longtable}")).toList();
            // Columns sized by the page are written one to a line after this opening; l, r and c columns never wrap.
            assertThat(tables).as("tables of %s", example).isNotEmpty().allMatch(table -> table.equals("\\begin{longtable}[]{@{}"));
            assertThat(latex).contains("\\columnwidth");
        }
    }

    private Path writeBrief(Path example) throws IOException {
        Brief brief = Brief.of(new AssessmentLoader(RubricCatalog.shared()).load(example)).withAnnex(true);
        return Files.writeString(folder.resolve("brief.md"), MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF).render(brief),
                StandardCharsets.UTF_8);
    }

    /** Runs a program in the test's folder; its exit code must be 0; returns what it printed. */
    private String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }

    private static void requireTools(String first, String second, String install) {
        boolean installed = installed(first) && installed(second);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(first + " or " + second + " is not installed; CI installs it with: " + install);
        }
        assumeTrue(installed, first + " or " + second + " is not installed (" + install + ")");
    }

    private static boolean installed() {
        return installed(LINTER);
    }

    private static boolean installed(String program) {
        try {
            Process probe = new ProcessBuilder(program, "--help").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
