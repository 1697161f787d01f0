package dev.iia.brief;

import dev.iia.assessment.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The brief's numbered references: every distinct source (by address) in the order the analysis
 * first cites it, with its title, publisher and date when the author gave them.
 */
final class References {
    private final Map<String, Evidence> byUrl = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** The citation of these sources, as in {@code [1], [4]}, numbering new ones; empty for none. */
    String cite(List<Evidence> evidence) {
        List<String> cited = new ArrayList<>();
        for (Evidence source : evidence) {
            String url = source.url().strip();
            Evidence known = byUrl.get(url);
            if (known == null || known.bare() && !source.bare()) {
                byUrl.put(url, source);
            }
            Integer number = numbers.get(url);
            if (number == null) {
                number = numbers.size() + 1;
                numbers.put(url, number);
            }
            String citation = "\\[" + number + "\\]";
            if (!cited.contains(citation)) {
                cited.add(citation);
            }
        }
        return String.join(", ", cited);
    }

    List<Brief.Reference> list() {
        List<Brief.Reference> references = new ArrayList<>();
        for (Map.Entry<String, Integer> numbered : numbers.entrySet()) {
            String url = numbered.getKey();
            references.add(new Brief.Reference(numbered.getValue(), url, new Markup(entry(byUrl.get(url)))));
        }
        return references;
    }

    /** {@code Title. Publisher, 11 May 2022. <https://...>} with whatever parts are given. */
    private static String entry(Evidence source) {
        StringBuilder entry = new StringBuilder();
        if (source.title() != null) {
            entry.append("*").append(SafeMarkdown.text(Markdown.oneLine(source.title()))).append("*. ");
        }
        List<String> origin = new ArrayList<>();
        if (source.publisher() != null) {
            origin.add(SafeMarkdown.text(Markdown.oneLine(source.publisher())));
        }
        if (source.date() != null) {
            origin.add(SafeMarkdown.text(Dates.asWritten(source.date())));
        }
        if (!origin.isEmpty()) {
            entry.append(String.join(", ", origin)).append(". ");
        }
        return entry.append('<').append(SafeMarkdown.destination(source.url())).append('>').toString();
    }
}
