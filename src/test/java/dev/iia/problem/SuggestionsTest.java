package dev.iia.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private final List<String> keys = List.of("confidence", "impact", "rationale", "evidence");

    @Test
    void suggestsTheKeyWithinASmallEditDistance() {
        assertThat(Suggestions.closest("confidance", keys)).contains("confidence");
        assertThat(Suggestions.closest("Impact", keys)).contains("impact");
    }

    @Test
    void suggestsTheOnlyKeyThatStartsWithOrContainsAllWordsOfTheInput() {
        List<String> ids = List.of("strongly-negative", "negative", "access-connection-cost", "access-permission-to-connect");

        assertThat(Suggestions.closest("strongly-neg", ids)).contains("strongly-negative");
        assertThat(Suggestions.closest("access-cost", ids)).contains("access-connection-cost");
    }

    @Test
    void suggestsTheOnlyLongIdWhoseStartTheInputMisspells() {
        List<String> ids = List.of("access-connection-cost", "access-permission-to-connect", "access-common-protocol");

        assertThat(Suggestions.closest("access-permision", ids)).contains("access-permission-to-connect");
    }

    @Test
    void suggestsNothingForUnrelatedInputOrAmbiguousWords() {
        assertThat(Suggestions.closest("zebra", keys)).isEmpty();
        assertThat(Suggestions.closest("access", List.of("access-one", "access-two"))).isEmpty();
        assertThat(Suggestions.didYouMean("zebra", keys)).isEmpty();
    }
}
