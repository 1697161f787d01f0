package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainProseTest {
    /** Words, spaces and line breaks, and what may make Markdown or be escaped: only some of it is plain prose. */
    private static final String[] PIECES = {"fees", "Rise", "2022", "2.5", "3", " ", " ", "  ", "    ", "\n", "\n", "\n\n",
        "\n   ", ".", ")", "(", ",", "-", "+", "=", ":", ";", "\"", "'", "?", "/", "%", "$", "^", "{", "é", "’", "—", "٣",
        "\u00A0", "\u2028", "\u3000", "\u200B", "\t", "\r", "#", "*", "_", "`", "[", "]", "<", ">", "&", "!", "|", "~", "\\"};

    @Test
    void plainProseIsWrittenAsSafeMarkdownWritesIt() {
        Random random = new Random(2026);
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(random.nextBoolean() ? 18 : PIECES.length)]);
            }
            String prose = text.toString();
            if (PlainProse.is(prose)) {
                plain++;
                assertThat(PlainProse.safe(prose)).as("safe %s", prose).isEqualTo(SafeMarkdown.of(prose));
                assertThat(Markdown.oneLine(prose)).as("plain %s", prose).isEqualTo(SafeMarkdown.plain(prose));
            }
        }
        assertThat(plain).isGreaterThan(5_000);
    }

    @Test
    void aRationaleInWordsIsPlainProse() {
        String rationale = "The decree requires operators to route traffic through licensed gateways (2.5 million users,\n"
                + "about 30% of them) by 2027.\n\nSmall networks pay more: 1,200 USD a month.\n";

        assertThat(PlainProse.is(rationale)).isTrue();
        assertThat(PlainProse.safe(rationale)).isEqualTo("The decree requires operators to route traffic through licensed "
                + "gateways (2.5 million users, about 30% of them) by 2027.\n\nSmall networks pay more: 1,200 USD a month.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fees *rise*", "See [the decree](https://example.org)", "Fees rise[^1].", "1. first",
        "Fees\n  2) second", "- item", "Fees\n+ more", "> quoted", "Title\n===", "a & b", "a < b", "a_b", "tab\there",
        "line\r\nbreak", "no\u00A0break", "#1 priority", "2024. A year"})
    void textThatMayBeMarkdownOrIsEscapedIsNot(String text) {
        assertThat(PlainProse.is(text)).isFalse();
    }
}
