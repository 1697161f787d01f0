package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.ParsedMarkdown;
import dev.iia.TestAssessments;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Goal;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in brief template, rendered and parsed back with a CommonMark parser. */
class BriefMarkdownTest {
    private static final Rubric IWN = RubricCatalog.shared().builtIn("iwn");

    /** A rationale made of everything that Markdown could read as syntax; it must come out as this text. */
    static final String HOSTILE_RATIONALE = """
            # heading
            ## Issue #
            [x](javascript:alert(1))
            <script>alert(1)</script>
            `code` and ``more``
            a | b | c
            1. one
            2) two
            - dash
            + plus
            * star
            ***
            ---
            Setext above
            ===
            > quote
            &amp; &#35; &copy;
            <https://autolink.example>
            ![img](https://example.org/i.png)
            ~~strike~~ _under_ *star* **bold**
            trailing backslash \\""";

    static final String HOSTILE = """
            rubric: iwn@1.0
            proposal:
              title: '# Evil | title <script>alert(1)</script> [x](javascript:alert(1)) *** \\'
              jurisdiction: "- list item"
              sponsor: "1. ordered"
              status: "> quote"
              summary: |
                # heading
                <div>block</div>
            authors: ["`code`", "<b>bold</b>", "a | b"]
            version: "***"
            date: "---"
            context: |
              Text
              ===

              ```
              fenced?
              ```
            assumptions:
              - "<!-- comment -->"
              - "[ref]: https://evil.example"
            answers:
              access-connection-cost:
                impact: negative
                rationale: |
            %s

                  Second paragraph | with pipe
                evidence:
                  - url: https://example.org/ok
                    title: "](javascript:alert(1)) <img src=x onerror=alert(1)> | evil"
                  - "https://example.org/x)y<z> w"
            effects:
              accessible-infrastructure: |
                ---
                ***
            conclusions: |
                  indented code?
            recommendations:
              - "|---|---|"
              - "<div>"
            """.formatted(HOSTILE_RATIONALE.indent(6).stripTrailing());

    @TempDir
    Path folder;

    private ParsedMarkdown render(String yaml) {
        LoadedAssessment loaded = TestAssessments.load(folder, "a.yaml", yaml);
        Brief brief = Brief.of(loaded);
        return ParsedMarkdown.parse(MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF).render(brief));
    }

    /** The outline every brief of the built-in rubric has, whatever is answered. */
    static List<String> expectedHeadings(String proposalTitle) {
        List<String> headings = new ArrayList<>(List.of("# Internet Impact Brief: " + proposalTitle, "## Abstract",
                "## Methodology", "## Context", "## Assumptions", "## Impact on what the Internet needs to exist"));
        IWN.properties().forEach(p -> headings.add("### " + p.title()));
        headings.add("## Impact on what the Internet needs to thrive");
        for (Goal goal : IWN.goals()) {
            headings.add("### " + goal.title());
            IWN.enablersOf(goal).forEach(e -> headings.add("#### " + e.title()));
        }
        headings.addAll(List.of("## Conclusions", "## Recommendations", "## Appendix: how the scores were reached"));
        IWN.properties().forEach(p -> headings.add("### " + p.title()));
        for (Goal goal : IWN.goals()) {
            headings.add("### Goal: " + goal.title());
            IWN.enablersOf(goal).forEach(e -> headings.add("#### " + e.title()));
        }
        headings.add("### Overall");
        return headings;
    }

    @Test
    void aBriefHasTheOutlineOfAnInternetImpactBrief() {
        ParsedMarkdown parsed = render(TestAssessments.PARTIAL);

        assertThat(parsed.headings()).containsExactlyElementsOf(expectedHeadings("Network Fee Act"));
    }

    @Test
    void tablesHaveTheirColumnsOnEveryRow() {
        ParsedMarkdown parsed = render(TestAssessments.PARTIAL);

        List<List<Integer>> expected = new ArrayList<>();
        expected.add(rows(6, IWN.properties().size()));
        expected.add(rows(5, IWN.goals().size()));
        IWN.goals().forEach(goal -> expected.add(rows(6, IWN.enablersOf(goal).size())));
        expected.add(rows(7, 3));
        expected.add(rows(7, 1));
        assertThat(parsed.tableShapes()).containsExactlyElementsOf(expected);
    }

    @Test
    void theOnlyLinksAreTheEvidenceAndThereIsNoHtml() {
        ParsedMarkdown parsed = render(TestAssessments.PARTIAL);

        assertThat(parsed.linkDestinations()).containsExactly("https://example.org/report", "https://example.org/annex%20%282%29");
        assertThat(parsed.all(Link.class)).extracting(ParsedMarkdown::text)
                .containsExactly("https://example.org/report", "Annex 2 of the report");
        assertThat(parsed.all(HtmlBlock.class)).isEmpty();
        assertThat(parsed.all(HtmlInline.class)).isEmpty();
    }

    @Test
    void theVerdictOpensTheAbstractAndUnansweredQuestionsAreListed() {
        ParsedMarkdown parsed = render(TestAssessments.PARTIAL);
        List<String> paragraphs = parsed.all(Paragraph.class).stream().map(ParsedMarkdown::text).toList();

        int abstractAt = paragraphs.indexOf("Undermines 1 of 5 critical properties and harms 1 of 4 goals (not assessed: "
                + "4 properties, 3 goals). Overall level: Negative.");
        assertThat(abstractAt).isNotNegative();
        assertThat(paragraphs.get(abstractAt + 1)).isEqualTo("Content providers must pay access networks a fee\nfor every gigabyte delivered.");
        Criterion access = IWN.properties().get(0);
        assertThat(parsed.texts()).contains(
                IWN.question("access-data-flow-control").orElseThrow().text() + " (access-data-flow-control)",
                IWN.question("access-common-protocol").orElseThrow().text() + " (access-common-protocol): Unclear");
        assertThat(paragraphs).contains("Severe harm: " + "At least one answer is rated strongly negative with medium"
                + " confidence or more, so this property is at best negative, although its score alone would make it no impact.");
        assertThat(access.questions()).hasSize(4);
    }

    @Test
    void hostileTextRendersAsTheLiteralTextWritten() {
        ParsedMarkdown parsed = render(HOSTILE);

        String title = "# Evil | title <script>alert(1)</script> [x](javascript:alert(1)) *** \\";
        assertThat(parsed.headings()).containsExactlyElementsOf(expectedHeadings(title));
        for (Class<? extends Node> forbidden : List.of(HtmlBlock.class, HtmlInline.class, FencedCodeBlock.class,
                IndentedCodeBlock.class, BlockQuote.class, ThematicBreak.class, Image.class)) {
            assertThat(parsed.all(forbidden)).as(forbidden.getSimpleName()).isEmpty();
        }
        assertThat(parsed.linkDestinations()).containsExactly("https://example.org/ok", "https://example.org/x%29y%3Cz%3E%20w");
        assertThat(ParsedMarkdown.text(parsed.all(Link.class).get(0)))
                .isEqualTo("](javascript:alert(1)) <img src=x onerror=alert(1)> | evil");
        List<String> paragraphs = parsed.all(Paragraph.class).stream().map(ParsedMarkdown::text).toList();
        assertThat(paragraphs).contains(HOSTILE_RATIONALE, "Second paragraph | with pipe", "# heading\n<div>block</div>",
                "Text\n===", "```\nfenced?\n```", "<!-- comment -->", "[ref]: https://evil.example", "|---|---|", "<div>",
                "indented code?", "Effect on people: ---\n***", "Authors: `code`, <b>bold</b> and a | b",
                "Version: *** (---)", "Jurisdiction: - list item", "Sponsor: 1. ordered", "Status: > quote");
        parsed.tableShapes().forEach(rows -> assertThat(rows).allMatch(cells -> cells.equals(rows.get(0))));
    }

    private static List<Integer> rows(int columns, int bodyRows) {
        List<Integer> shape = new ArrayList<>();
        for (int i = 0; i <= bodyRows; i++) {
            shape.add(columns);
        }
        return shape;
    }
}
