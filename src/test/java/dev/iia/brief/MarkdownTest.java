package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.ParsedMarkdown;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    /** What a hostile or unlucky rationale may contain; each must come out as the literal text. */
    @ParameterizedTest
    @ValueSource(strings = {
        "# heading", "###### six", "Issue #", "Title ##", "[x](javascript:alert(1))", "![image](http://x.test/a.png)",
        "[ref]: http://x.test", "<script>alert(1)</script>", "<!-- comment -->", "<https://x.test>", "`code`",
        "```", "~~~", "a | b", "| a | b |", "1. item", "1) item", "123456789. item", "- item", "+ item", "* item",
        "***", "---", "___", "- - -", "* * *", "> quote", "&amp; &#35; &#x23; &copy;", "trailing backslash \\",
        "*emphasis* _emphasis_ **strong** __strong__", "~~strike~~ ~one~", "\\*already escaped\\*", "=", "==",
        "--", "-", "+", "#", "a\tb", "<div>", "</div>", "<?php ?>", "<!DOCTYPE html>"})
    void hostileLineRendersAsItsLiteralText(String hostile) {
        ParsedMarkdown parsed = ParsedMarkdown.parse(Markdown.block(hostile));

        assertOnlyParagraphs(parsed.document());
        assertThat(ParsedMarkdown.text(parsed.document())).isEqualTo(hostile);
    }

    @Test
    void aSetextUnderlineOnTheNextLineStaysText() {
        for (String underline : List.of("===", "---", "-")) {
            String text = "A line\n" + underline;
            ParsedMarkdown parsed = ParsedMarkdown.parse(Markdown.block(text));

            assertOnlyParagraphs(parsed.document());
            assertThat(ParsedMarkdown.text(parsed.document())).isEqualTo(text);
        }
    }

    @Test
    void aTitleInAHeadingKeepsItsTrailingHashes() {
        for (String title : List.of("Issue #", "Issue # 12 #", "C#", "#1 priority #")) {
            ParsedMarkdown parsed = ParsedMarkdown.parse("## " + Markdown.inline(title) + "\n");

            assertThat(parsed.headings()).containsExactly("## " + title);
        }
    }

    @Test
    void paragraphsAreKeptAndLinesStrippedOfIndentation() {
        String text = "First line\n    indented, not code\n\n\n  Second paragraph\n";

        ParsedMarkdown parsed = ParsedMarkdown.parse(Markdown.block(text));

        assertThat(parsed.all(Paragraph.class)).extracting(ParsedMarkdown::text)
                .containsExactly("First line\nindented, not code", "Second paragraph");
    }

    @Test
    void ordinaryProseStaysReadable() {
        assertThat(Markdown.block("2.5 million users; -1.37 ≤ -1.25 → a < b, AT&T, C# and 50% + 1"))
                .isEqualTo("2.5 million users; -1.37 ≤ -1.25 → a < b, AT&T, C# and 50% + 1");
    }

    @Test
    void aCellIsOneLineAndKeepsItsPipes() {
        String markdown = "| head |\n|---|\n| " + Markdown.cell("a | b\nsecond *line*") + " |\n";

        ParsedMarkdown parsed = ParsedMarkdown.parse(markdown);

        assertThat(parsed.tableShapes()).containsExactly(List.of(1, 1));
        var body = parsed.collectRows(parsed.document()).get(1);
        assertThat(ParsedMarkdown.text(body)).isEqualTo("a | b second *line*");
    }

    @Test
    void oneLineJoinsLinesAndParagraphsWithSpaces() {
        assertThat(Markdown.oneLine("  a\n  b\r\n\r\nc  ")).isEqualTo("a b c");
        assertThat(Markdown.oneLine(null)).isNull();
    }

    private static void assertOnlyParagraphs(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            assertThat(block).isInstanceOf(Paragraph.class);
            for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
                assertThat(inline.getClass().getSimpleName()).isIn("Text", "SoftLineBreak");
            }
        }
    }
}
