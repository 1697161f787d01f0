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

    /** The outline every brief of the built-in rubric has, whatever is answered, in the order of ISOC's briefs. */
    static List<String> expectedHeadings(String proposalTitle) {
        List<String> headings = new ArrayList<>(List.of("# Internet Impact Brief: " + proposalTitle, "## Abstract",
                "## Methodology", "## Context", "## Assumptions", "## At a glance", "## Impact on what the Internet needs to exist"));
        for (int i = 0; i < IWN.properties().size(); i++) {
            headings.add("### " + (i + 1) + ". " + IWN.properties().get(i).title());
        }
        headings.add("## Impact on what the Internet needs to thrive");
        for (Goal goal : IWN.goals()) {
            headings.add("### " + goal.title());
            IWN.enablersOf(goal).forEach(e -> headings.add("#### " + e.title()));
        }
        headings.addAll(List.of("## Conclusions", "## Recommendations"));
        return headings;
    }

    @Test
    void aBriefHasTheOutlineOfAnInternetImpactBriefWithReferencesAndNoAnnex() {
        ParsedMarkdown parsed = render(TestAssessments.PARTIAL);

        List<String> expected = new ArrayList<>(expectedHeadings("Network Fee Act"));
        expected.add("## References");
        assertThat(parsed.headings()).containsExactlyElementsOf(expected);
        assertThat(parsed.texts()).noneMatch(text -> text.matches(".*[-+]\\d\\.\\d\\d.*"));
    }

    @Test
    void theAnnexAppendsHowTheLevelsWereReached() {
        LoadedAssessment loaded = TestAssessments.load(folder, "a.yaml", TestAssessments.PARTIAL);
        ParsedMarkdown parsed = ParsedMarkdown.parse(MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF)
                .render(Brief.of(loaded).withAnnex(true)));

        assertThat(parsed.headings()).contains("## Annex: how the levels were reached", "### Levels: "
                + IWN.properties().get(0).title(), "### Levels: overall");
        assertThat(parsed.headings()).doesNotHaveDuplicates();
    }

    @Test
    void theAtAGlanceTableHasEveryPropertyAndEnablerInWords() {
        ParsedMarkdown parsed = render(TestAssessments.PARTIAL);

        int criteria = IWN.criteria().size();
        assertThat(parsed.tableShapes()).containsExactly(rows(4, criteria));
        assertThat(parsed.texts()).contains("An accessible infrastructure with a common protocol", "Yes, negative, with a trade-off",
                "Not assessed", "Fees raise the cost of reaching users.");
    }

    @Test
    void theOnlyLinksAreTheReferencesAndThereIsNoHtml() {
        ParsedMarkdown parsed = render(TestAssessments.PARTIAL);

        assertThat(parsed.linkDestinations()).containsExactly("https://example.org/report", "https://example.org/annex%20%282%29");
        assertThat(String.join("\n", parsed.texts())).contains("Annex 2 of the report");
        assertThat(parsed.all(HtmlBlock.class)).isEmpty();
        assertThat(parsed.all(HtmlInline.class)).isEmpty();
    }

    @Test
    void theVerdictOpensTheAbstractAndTheAnalysisCitesItsSources() {
        ParsedMarkdown parsed = render(TestAssessments.PARTIAL);
        List<String> paragraphs = parsed.all(Paragraph.class).stream().map(ParsedMarkdown::text).toList();

        int abstractAt = paragraphs.indexOf("This brief assesses Network Fee Act (Freedonia) with the Internet Society's "
                + "Internet Impact Assessment Toolkit. It finds that the proposal undermines 1 of 5 critical properties and "
                + "harms 1 of 4 goals (not assessed: 4 properties, 3 goals).");
        assertThat(abstractAt).isNotNegative();
        assertThat(paragraphs.get(abstractAt + 1)).isEqualTo("Content providers must pay access networks a fee\nfor every gigabyte delivered.");
        assertThat(paragraphs).contains("Yes, negative, with a trade-off. Fees raise the cost of reaching users.",
                "Small providers pay the most. [1], [2]", "For people: Users pay more for the same services.",
                "This is a trade-off: the proposal harms this property in some ways and supports it in others.",
                "One of its questions is not answered yet.", "Authors: Ana Analyst, Ben Reviewer and Cy Chapter",
                "Version 2.0 (31 January 2026)");
    }

    @Test
    void hostileAuthorTextKeepsOnlyTheAllowedMarkdownAndNeverBreaksTheStructure() {
        ParsedMarkdown parsed = render(HOSTILE);

        String title = "# Evil | title <script>alert(1)</script> [x](javascript:alert(1)) *** \\";
        List<String> expected = new ArrayList<>(expectedHeadings(title));
        expected.add("## References");
        assertThat(parsed.headings()).containsExactlyElementsOf(expected);
        for (Class<? extends Node> forbidden : List.of(HtmlBlock.class, HtmlInline.class, FencedCodeBlock.class,
                IndentedCodeBlock.class, ThematicBreak.class, Image.class)) {
            assertThat(parsed.all(forbidden)).as(forbidden.getSimpleName()).isEmpty();
        }
        assertThat(parsed.linkDestinations()).containsExactly("https://autolink.example", "https://example.org/ok",
                "https://example.org/x%29y%3Cz%3E%20w");
        List<String> texts = parsed.texts();
        assertThat(String.join("\n", texts)).contains("# heading", "## Issue #", "[x](javascript:alert(1))",
                "<script>alert(1)</script>", "a | b | c", "![img](https://example.org/i.png)", "~~strike~~",
                "Second paragraph | with pipe", "<!-- comment -->", "[ref]: https://evil.example", "|---|---|", "<div>",
                "indented code?", "Authors: `code`, <b>bold</b> and a | b", "Version *** (---)");
        assertThat(parsed.all(org.commonmark.node.Emphasis.class)).extracting(ParsedMarkdown::text).contains("under", "star");
        assertThat(parsed.all(org.commonmark.node.StrongEmphasis.class)).extracting(ParsedMarkdown::text).contains("bold");
        assertThat(parsed.all(org.commonmark.node.Code.class)).extracting(ParsedMarkdown::text).contains("code", "more");
        assertThat(parsed.all(BlockQuote.class)).extracting(ParsedMarkdown::text).anyMatch(quote -> quote.startsWith("quote "));
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
