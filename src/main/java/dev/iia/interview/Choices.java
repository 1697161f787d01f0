package dev.iia.interview;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** A choice among a rubric's scale or confidence entries, or among ids, as the dialogue takes it. */
final class Choices {
    private Choices() {
    }

    /** The key of the entry typed by its number (from 1), key or label, ignoring case; empty for anything else. */
    static <T> Optional<String> of(String input, List<T> entries, Function<T, String> key, Function<T, String> label) {
        String typed = input.toLowerCase(Locale.ROOT).replace(' ', '-');
        if (typed.matches("\\d{1,3}")) {
            int number = Integer.parseInt(typed);
            return number >= 1 && number <= entries.size() ? Optional.of(key.apply(entries.get(number - 1))) : Optional.empty();
        }
        return entries.stream()
                .filter(e -> key.apply(e).equalsIgnoreCase(typed) || label.apply(e).toLowerCase(Locale.ROOT).replace(' ', '-').equals(typed))
                .map(key).findFirst();
    }

    /** The ids {@code typed} names: itself when it is one, else every id that starts so (one, several or none). */
    static List<String> idsNamed(String typed, List<String> ids) {
        return ids.contains(typed) ? List.of(typed) : ids.stream().filter(id -> id.startsWith(typed)).toList();
    }
}
