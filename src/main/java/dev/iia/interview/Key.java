package dev.iia.interview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The one key language of every prompt: each command is one word, the same wherever it is shown.
 * Which keys a prompt takes is {@link Interview#keys()}; {@link Screens} shows them.
 */
public enum Key {
    HELP("?"), BACK("b"), SKIP("s"), CLEAR("-"), NEXT_OPEN("n"), OPEN_LIST("o"), REVIEW("r"), QUIT("q"), FINISH("f");

    private final String word;

    Key(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The command typed, ignoring case and surrounding spaces; empty for anything else. */
    static Optional<Key> of(String input) {
        String typed = input.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(key -> key.word.equals(typed)).findFirst();
    }
}
