package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.ParsedMarkdown;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.Evidence;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example assessments in assessments/ and the briefs committed beside them (golden files). */
class ExampleBriefsTest {
    private static final Path EXAMPLES = Path.of("assessments");
    /** The top level only: assessments/team holds one merged example whose parts have no brief. */
    private static final String REFRESH = "./iia brief assessments/*.yaml --force";

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static LoadedAssessment load(Path example) {
        return new AssessmentLoader(RubricCatalog.shared()).load(example);
    }

    private static String render(LoadedAssessment loaded) {
        return MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF).render(Brief.of(loaded));
    }

    private static Path committedBrief(Path example) {
        return example.resolveSibling(example.getFileName().toString().replaceAll("\\.yaml$", ".md"));
    }

    @Test
    void thereAreExamplesToCheck() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theCommittedBriefIsWhatIiaRendersToday(Path example) throws IOException {
        Path brief = committedBrief(example);
        assertThat(brief).as("%s has no brief beside it; write it with: %s", example, REFRESH).isRegularFile();

        assertThat(render(load(example))).as("%s is out of date (the template, the rubric, the scoring or %s changed); "
                + "refresh every brief with: %s, then review and commit the difference", brief, example, REFRESH)
                .isEqualTo(Files.readString(brief));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theBriefHasTheOutlineAndCitesEverySourceItAnalyses(Path example) {
        LoadedAssessment loaded = load(example);
        ParsedMarkdown parsed = ParsedMarkdown.parse(render(loaded));

        List<String> headings = parsed.headings();
        List<String> outline = BriefMarkdownTest.expectedHeadings(Markdown.oneLine(loaded.assessment().proposal().title()));
        assertThat(headings.stream().filter(h -> !h.startsWith("### Article") && !h.startsWith("### Section")
                && !h.equals("## Analysis by provision") && !h.equals("## References")
                && !loaded.assessment().provisions().stream().anyMatch(p -> h.equals("### " + Markdown.oneLine(p.provision())))))
                .containsExactlyElementsOf(outline);
        assertThat(headings).doesNotHaveDuplicates();
        List<String> cited = loaded.rubric().questions().stream()
                .flatMap(q -> loaded.assessment().answer(q.id()).stream())
                .filter(a -> !a.impact().equals("none"))
                .flatMap(a -> a.evidence().stream()).map(Evidence::url).map(SafeMarkdown::destination).distinct().toList();
        assertThat(parsed.linkDestinations()).containsAll(cited)
                .allMatch(url -> url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:"));
        assertThat(parsed.all(HtmlBlock.class)).isEmpty();
        assertThat(parsed.all(HtmlInline.class)).isEmpty();
        parsed.tableShapes().forEach(rows -> assertThat(rows).allMatch(cells -> cells.equals(rows.get(0))));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theBriefIsAtMost3500WordsAndAtLeastHalfOfThemTheAuthors(Path example) {
        LoadedAssessment loaded = load(example);
        int words = words(String.join(" ", ParsedMarkdown.parse(render(loaded)).texts()));
        int authors = authorWords(loaded);

        assertThat(words).as("words in the brief of %s", example).isLessThanOrEqualTo(3500);
        assertThat(authors * 2).as("the author's words (%d of %d) in the brief of %s", authors, words, example)
                .isGreaterThanOrEqualTo(words);
    }

    /**
     * The words of the author's own text that the brief shows: every field but the rationales of no-impact answers,
     * and the first sentences of rationales quoted in the at-a-glance table.
     */
    private static int authorWords(LoadedAssessment loaded) {
        var assessment = loaded.assessment();
        List<String> texts = new java.util.ArrayList<>();
        texts.add(assessment.proposal().title());
        texts.add(assessment.proposal().summary());
        texts.add(assessment.context());
        texts.addAll(assessment.assumptions());
        assessment.answers().values().stream().filter(a -> !a.impact().equals("none")).forEach(a -> texts.add(a.rationale()));
        texts.addAll(assessment.effects().values());
        assessment.provisions().forEach(p -> texts.addAll(java.util.Arrays.asList(p.provision(), p.summary(), p.rationale())));
        texts.addAll(assessment.keyFindings());
        texts.add(assessment.callToAction());
        texts.add(assessment.conclusions());
        texts.addAll(assessment.recommendations());
        assessment.answers().values().stream().filter(a -> !a.impact().equals("none"))
                .flatMap(a -> a.evidence().stream()).filter(e -> e.title() != null).distinct()
                .forEach(e -> texts.add(e.title()));
        List<String> plain = texts.stream().filter(java.util.Objects::nonNull).map(SafeMarkdown::plain).toList();
        int whys = Brief.of(loaded).glance().stream().map(Brief.GlanceRow::why)
                .filter(why -> plain.stream().anyMatch(text -> text.startsWith(why.replaceAll("…$", ""))))
                .mapToInt(ExampleBriefsTest::words).sum();
        return plain.stream().mapToInt(ExampleBriefsTest::words).sum() + whys;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
