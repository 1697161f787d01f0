package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.ParsedMarkdown;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Author text through {@link SafeMarkdown}, parsed back by a CommonMark/GFM parser (with tables). */
class SafeMarkdownTest {
    private static final List<Class<? extends Node>> NEVER = List.of(Heading.class, HtmlBlock.class, HtmlInline.class,
            FencedCodeBlock.class, IndentedCodeBlock.class, ThematicBreak.class, Image.class);

    private static ParsedMarkdown safe(String text) {
        return ParsedMarkdown.parse(SafeMarkdown.of(text));
    }

    @Test
    void theAllowedMarkdownKeepsItsMeaning() {
        ParsedMarkdown parsed = safe("""
                A *fee* on **traffic**, see `Art. 3` and [the law](<https://example.org/law (1)>) or
                [write](mailto:a@example.org).

                - first
                - second

                1. one
                2. two

                > quoted
                """);

        assertThat(parsed.all(Emphasis.class)).extracting(ParsedMarkdown::text).containsExactly("fee");
        assertThat(parsed.all(StrongEmphasis.class)).extracting(ParsedMarkdown::text).containsExactly("traffic");
        assertThat(parsed.all(Code.class)).extracting(ParsedMarkdown::text).containsExactly("Art. 3");
        assertThat(parsed.linkDestinations()).containsExactly("https://example.org/law%20%281%29", "mailto:a@example.org");
        assertThat(parsed.all(BulletList.class)).hasSize(1);
        assertThat(parsed.all(OrderedList.class)).hasSize(1);
        assertThat(parsed.all(BlockQuote.class)).extracting(ParsedMarkdown::text).containsExactly("quoted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"# heading", "Setext\n===", "---", "***", "```\nfence\n```", "    indented code",
        "<div>html</div>", "a <b>b</b> <!-- c -->", "![img](https://example.org/i.png)", "[x](javascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x][ref]\n\n[ref]: javascript:alert(1)", "| a | b |\n| --- | --- |\n| 1 | 2 |",
        "<javascript:alert(1)>", "&lt;script&gt;", "1) one", "10. ten", "+ plus", "=== equals", "> # heading in a quote",
        "- # heading in a list", "> > > > > > deep quote", "x\\", "`` ` ``"})
    void everythingElseStaysLiteralTextAndNeverStructure(String hostile) {
        ParsedMarkdown parsed = safe(hostile);

        for (Class<? extends Node> forbidden : NEVER) {
            assertThat(parsed.all(forbidden)).as(forbidden.getSimpleName() + " from " + hostile).isEmpty();
        }
        assertThat(parsed.tableShapes()).isEmpty();
        assertThat(parsed.all(Link.class)).allMatch(link -> SafeMarkdown.allowed(link.getDestination()));
    }

    @Test
    void aParagraphIsOneLineSoATemplateLineStaysWhole() {
        assertThat(SafeMarkdown.of("one\ntwo\n# three")).isEqualTo("one two # three");
        assertThat(SafeMarkdown.of("1. x\n\n   # not a heading")).doesNotContain("\n   #");
    }

    @Nested
    class Footnotes {
        private final dev.iia.brief.Footnotes notes = new dev.iia.brief.Footnotes();

        @Test
        void aFootnoteGetsTheBriefsLabelAndItsNoteIsCollectedSafe() {
            String first = SafeMarkdown.of("Fees rise[^a].\n\n[^a]: See *the* [decree](https://example.org/d), # not a heading.", notes);
            String second = SafeMarkdown.of("Costs too[^a].\n\n[^a]: Another note.", notes);

            assertThat(first).isEqualTo("Fees rise[^1].");
            assertThat(second).isEqualTo("Costs too[^2].");
            assertThat(notes.list()).extracting(Brief.Footnote::label).containsExactly("1", "2");
            String document = first + "\n\n" + second + "\n\n" + notes.list().stream()
                    .map(n -> "[^" + n.label() + "]: " + n.text()).collect(Collectors.joining("\n\n"));
            ParsedMarkdown parsed = ParsedMarkdown.parse(document);
            assertThat(parsed.all(FootnoteReference.class)).extracting(FootnoteReference::getLabel).containsExactly("1", "2");
            assertThat(parsed.all(FootnoteDefinition.class)).extracting(ParsedMarkdown::text)
                    .containsExactly("See the decree, # not a heading.", "Another note.");
            assertThat(parsed.all(Heading.class)).isEmpty();
            assertThat(parsed.linkDestinations()).containsExactly("https://example.org/d");
        }

        @Test
        void theSameNoteWrittenTwiceIsOneNote() {
            String text = "Fees rise[^x] and rise[^x].\n\n[^x]: The decree.";

            assertThat(SafeMarkdown.of(text, notes)).isEqualTo("Fees rise[^1] and rise[^1].");
            assertThat(SafeMarkdown.of(text, notes)).isEqualTo("Fees rise[^1] and rise[^1].");
            assertThat(notes.list()).hasSize(1);
        }

        @Test
        void withoutADefinitionOrOutsideABriefAFootnoteIsLiteralText() {
            assertThat(ParsedMarkdown.parse(SafeMarkdown.of("Fees rise[^none].", notes)).all(FootnoteReference.class)).isEmpty();
            ParsedMarkdown alone = ParsedMarkdown.parse(SafeMarkdown.of("Fees rise[^a].\n\n[^a]: The decree."));
            assertThat(alone.all(FootnoteReference.class)).isEmpty();
            assertThat(alone.all(FootnoteDefinition.class)).isEmpty();
            assertThat(ParsedMarkdown.text(alone.document())).contains("[^a]").contains("The decree.");
            assertThat(notes.list()).isEmpty();
        }

        @Test
        void aNoteNobodyCitesStaysAsWrittenAndANoteCitingItselfEnds() {
            ParsedMarkdown uncited = ParsedMarkdown.parse(SafeMarkdown.of("Fees rise.\n\n[^a]: The decree.", notes));
            assertThat(uncited.all(FootnoteDefinition.class)).isEmpty();
            assertThat(ParsedMarkdown.text(uncited.document())).contains("[^a]: The decree.");

            assertThat(SafeMarkdown.of("Loop[^b].\n\n[^b]: Again[^b].", notes)).isEqualTo("Loop[^1].");
            assertThat(notes.list()).extracting(n -> n.text().markdown()).containsExactly("Again\\[^b\\].");
        }

        @Test
        void aOneLineSummaryLeavesFootnotesOut() {
            assertThat(SafeMarkdown.plain("Fees rise[^a].\n\n[^a]: The decree.")).isEqualTo("Fees rise.");
        }
    }
}
