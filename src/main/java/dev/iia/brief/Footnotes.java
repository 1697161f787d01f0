package dev.iia.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The brief's notes: the footnotes of every author text, each under a label of the brief's own so
 * that two rationales that both say {@code [^1]} do not collide. A note written twice (a rationale
 * in the analysis and in the annex) is one note.
 */
final class Footnotes {
    private final Map<String, String> labels = new LinkedHashMap<>();

    /** The label of the note with this safe Markdown text, numbering new ones. */
    String add(String markdown) {
        String label = labels.get(markdown);
        if (label == null) {
            label = String.valueOf(labels.size() + 1);
            labels.put(markdown, label);
        }
        return label;
    }

    List<Brief.Footnote> list() {
        List<Brief.Footnote> notes = new ArrayList<>();
        for (Map.Entry<String, String> labelled : labels.entrySet()) {
            notes.add(new Brief.Footnote(labelled.getValue(), new Markup(labelled.getKey())));
        }
        return notes;
    }
}
