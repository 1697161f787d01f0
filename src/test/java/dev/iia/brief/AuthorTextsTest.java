package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorTextsTest {
    private static final List<String> TEXTS = List.of(
            "Fees rise[^a] for *small* networks.\n\n[^a]: The [decree](https://example.org/d), art. 3[^b].\n\n[^b]: Annex.",
            "Costs too[^a].\n\n[^a]: Another note.",
            "Fees rise[^a] for *small* networks.\n\n[^a]: The [decree](https://example.org/d), art. 3[^b].\n\n[^b]: Annex.",
            "- a list\n- of two",
            "Costs too[^a].\n\n[^a]: Another note.");

    @Test
    void textsMadeSafeAgainGiveWhatSafeMarkdownGivesAndTheSameNotes() {
        AuthorTexts texts = new AuthorTexts();
        Footnotes notes = new Footnotes();

        for (String text : TEXTS) {
            assertThat(texts.safe(text)).isEqualTo(SafeMarkdown.of(text, notes));
        }
        assertThat(texts.notes()).isEqualTo(notes.list()).hasSize(3);
    }

    @Test
    void aTextAsAReaderSeesItIsWhatSafeMarkdownGivesWhetherOrNotItWasMadeSafe() {
        AuthorTexts texts = new AuthorTexts();

        assertThat(texts.plain(TEXTS.get(0))).isEqualTo(SafeMarkdown.plain(TEXTS.get(0))).isEqualTo("Fees rise for small networks.");
        texts.safe(TEXTS.get(1));
        assertThat(texts.plain(TEXTS.get(1))).isEqualTo(SafeMarkdown.plain(TEXTS.get(1))).isEqualTo("Costs too.");
    }

    @Test
    void nullStaysNull() {
        AuthorTexts texts = new AuthorTexts();

        assertThat(texts.safe(null)).isNull();
        assertThat(texts.plain(null)).isNull();
    }
}
