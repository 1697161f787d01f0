package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.ParsedMarkdown;
import dev.iia.TestAssessments;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.brief.Brief;
import dev.iia.brief.MarkdownTemplates;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iia brief --format pdf}: every section, fonts embedded, a glyph for every character. */
class BriefPdfTest {
    private static final Path EXAMPLE = Path.of("assessments/south-korea-sender-pays.yaml");

    @TempDir
    Path folder;

    @Test
    void aPdfOutputNameWritesAPdfWithEverySectionAndItsFontsEmbedded() throws IOException {
        Path pdf = folder.resolve("brief.pdf");

        Cli.Run run = Cli.run("brief", "--annex", "-o", pdf.toString(), EXAMPLE.toString());

        assertThat(run.code()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replace('\n', ' ');
            assertThat(text).contains("Internet Impact Brief", "Abstract", "Methodology", "Context", "Assumptions",
                    "At a glance", "Impact on what the Internet needs to exist", "Impact on what the Internet needs to thrive",
                    "Conclusions", "Recommendations", "References", "Annex: how the levels were reached",
                    "The level of each critical property and goal on the toolkit's scale", "Goal: Globally connected",
                    "Notes", "After Facebook's cache in KT's network was disabled")
                    .doesNotContain("#").doesNotContain("[^");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
        }
    }

    @Test
    void theEmbeddedFontsHaveAGlyphForEveryCharacterOfEveryExampleBrief() throws IOException {
        TrueTypeFont serif = font("DejaVuSerif");
        MarkdownTemplates templates = MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF);
        try (var examples = Files.list(Path.of("assessments"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Brief brief = Brief.of(new AssessmentLoader(RubricCatalog.shared()).load(example)).withAnnex(true);
                String text = String.join(" ", ParsedMarkdown.parse(templates.render(brief)).texts());
                List<String> missing = text.codePoints().filter(c -> !Character.isWhitespace(c)).distinct()
                        .filter(c -> glyph(serif, c) == 0).mapToObj(Character::toString).toList();
                assertThat(missing).as("characters of %s without a glyph", example).isEmpty();
            }
        }
    }

    @Test
    void aPdfIsNeverWrittenToStandardOutput() {
        Path assessment = TestAssessments.write(folder, "fee.yaml", TestAssessments.PARTIAL);

        Cli.Run run = Cli.run("brief", "--format", "pdf", "-o", "-", assessment.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("iia brief: a PDF is not written to standard output");
    }

    private static int glyph(TrueTypeFont font, int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TrueTypeFont font(String name) throws IOException {
        try (InputStream in = BriefPdfTest.class.getResourceAsStream("/fonts/" + name + ".ttf")) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }
}
