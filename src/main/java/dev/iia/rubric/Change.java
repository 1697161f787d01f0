package dev.iia.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in a rubric since an earlier version {@code from}, question by question: renamed
 * (old id → new id), split (old id → new ids), merged (new id → old ids), removed (old ids), and
 * reworded (new ids whose meaning changed enough that their answers should be given again).
 * Questions of this version that are neither in the earlier one nor named here are new.
 */
public record Change(String from, Map<String, String> renamed, Map<String, List<String>> split,
                     Map<String, List<String>> merged, List<String> removed, List<String> reworded) {
    public Change {
        renamed = ordered(renamed);
        split = ordered(split);
        merged = ordered(merged);
        removed = removed == null ? List.of() : List.copyOf(removed);
        reworded = reworded == null ? List.of() : List.copyOf(reworded);
    }

    /** Unmodifiable, in the order the rubric lists them, so that reports are stable. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
