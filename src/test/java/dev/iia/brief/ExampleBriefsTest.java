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
    private static final String REFRESH = "./iia brief assessments --out-dir assessments --force";

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
    void theBriefHasTheOutlineAndOnlyTheEvidenceLinks(Path example) {
        LoadedAssessment loaded = load(example);
        ParsedMarkdown parsed = ParsedMarkdown.parse(render(loaded));

        assertThat(parsed.headings()).containsExactlyElementsOf(
                BriefMarkdownTest.expectedHeadings(Markdown.oneLine(loaded.assessment().proposal().title())));
        List<String> evidence = loaded.rubric().questions().stream()
                .flatMap(q -> loaded.assessment().answer(q.id()).stream())
                .flatMap(a -> a.evidence().stream()).map(Evidence::url).map(BriefBuilder::destination).toList();
        assertThat(parsed.linkDestinations()).containsExactlyElementsOf(evidence);
        assertThat(parsed.all(HtmlBlock.class)).isEmpty();
        assertThat(parsed.all(HtmlInline.class)).isEmpty();
        parsed.tableShapes().forEach(rows -> assertThat(rows).allMatch(cells -> cells.equals(rows.get(0))));
    }
}
