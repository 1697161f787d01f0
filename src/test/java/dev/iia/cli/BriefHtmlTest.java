package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iia.TestAssessments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iia brief --format html}: one self-contained page, checked by the Nu HTML Checker where it is installed. */
class BriefHtmlTest {
    @TempDir
    Path folder;

    @Test
    void anHtmlOutputNameWritesOneSelfContainedPageWithTheLevelsChart() throws IOException {
        Path assessment = TestAssessments.write(folder, "fee.yaml", TestAssessments.PARTIAL);
        Path page = folder.resolve("fee.html");

        Cli.Run run = Cli.run("brief", "-o", page.toString(), assessment.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "@media print", "<svg", "<table>",
                "<h2>Abstract</h2>", "<h2>At a glance</h2>", "<h2>Impact on what the Internet needs to exist</h2>",
                "<h2>Impact on what the Internet needs to thrive</h2>", "<h2>Conclusions</h2>", "<h2>Recommendations</h2>",
                "<h2>References</h2>");
        assertThat(Pattern.compile("<rect ").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).doesNotContain("<script", "<link ", "src=\"http");
    }

    @Test
    void aPropertyWhoseAnswersAreAllUnclearIsNamedInTheChartWithoutABar() throws IOException {
        Path assessment = TestAssessments.write(folder, "open.yaml", """
                rubric: iwn@1.0
                proposal: {title: Open question}
                answers:
                  access-common-protocol: {impact: unclear, rationale: It depends on the implementing decree.}
                """);

        Cli.Run run = Cli.run("brief", "--format", "html", "-o", "-", assessment.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String chart = run.out().substring(run.out().indexOf("<svg"), run.out().indexOf("</svg>"));
        assertThat(chart).doesNotContain("<rect ").contains(">Unclear</text>");
    }

    @Test
    void theAuthorsFootnotesBecomeLinkedNotesUnderTheirOwnHeading() throws IOException {
        Path page = folder.resolve("sk.html");

        Cli.Run run = Cli.run("brief", "-o", page.toString(), "assessments/south-korea-sender-pays.yaml");

        assertThat(run.code()).as(run.err()).isZero();
        String html = Files.readString(page);
        assertThat(html).contains("The Facebook episode<sup class=\"footnote-ref\"><a href=\"#fn-1\"")
                .contains("<h2>Notes</h2>").contains("<li id=\"fn-1\">").doesNotContain("[^");
    }

    @Test
    void hostileTextStaysTextInTheHtml() throws IOException {
        Path assessment = TestAssessments.write(folder, "evil.yaml", """
                rubric: iwn@1.0
                proposal: {title: "<script>alert(1)</script> & co"}
                context: "<img src=x onerror=alert(1)> [x](javascript:alert(1))"
                """);

        Cli.Run run = Cli.run("brief", "--format", "html", "-o", "-", assessment.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("<script>", "<img", "href=\"javascript")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    }

    @Test
    void theExampleBriefsAreValidHtml() throws Exception {
        Path validator = Path.of(System.getProperty("vnu.jar", "/usr/lib/node_modules/vnu-jar/build/dist/vnu.jar"));
        if (!Files.isRegularFile(validator) && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("the Nu HTML Checker is not installed; CI installs it with: npm install -g vnu-jar");
        }
        assumeTrue(Files.isRegularFile(validator), "the Nu HTML Checker is not installed (npm install -g vnu-jar)");
        Cli.Run run = Cli.run("brief", "--format", "html", "--annex", "--out-dir", folder.toString(), "assessments");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", validator.toString(), "--errors-only"));
        try (var pages = Files.list(folder)) {
            pages.filter(p -> p.toString().endsWith(".html")).map(Path::toString).forEach(command::add);
        }
        assertThat(command).hasSizeGreaterThan(9);

        Process check = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
    }
}
