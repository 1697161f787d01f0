package dev.iia.problem;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt keys and ids: the closest candidate within a small edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> closest(String input, Collection<String> candidates) {
        Optional<String> close = byDistance(input, candidates);
        if (close.isEmpty()) {
            close = byWords(input, candidates);
        }
        return close.isPresent() ? close : byMisspeltStart(input, candidates);
    }

    /** A misspelt start of a long id ({@code access-permision} for {@code access-permission-to-connect}). */
    private static Optional<String> byMisspeltStart(String input, Collection<String> candidates) {
        String lower = input.toLowerCase(java.util.Locale.ROOT);
        int allowed = Math.max(2, input.length() / 6);
        java.util.List<String> matches = candidates.stream()
                .filter(candidate -> candidate.length() > input.length())
                .filter(candidate -> distance(lower, candidate.substring(0, input.length()).toLowerCase(java.util.Locale.ROOT)) <= allowed)
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static Optional<String> byDistance(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(input.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, input.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * A shortened or partial key ({@code strongly-neg}, {@code access-cost}): the one candidate that
     * starts with the input or contains all its words.
     */
    private static Optional<String> byWords(String input, Collection<String> candidates) {
        String lower = input.toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> words = java.util.Arrays.stream(lower.split("[^a-z0-9]+")).filter(w -> w.length() > 1).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        java.util.List<String> matches = candidates.stream().filter(candidate -> {
            String c = candidate.toLowerCase(java.util.Locale.ROOT);
            return c.startsWith(lower) || words.stream().allMatch(c::contains);
        }).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** The message tail: {@code "; did you mean 'x'?"} or nothing. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
