package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.ParsedMarkdown;
import java.util.List;
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
}
