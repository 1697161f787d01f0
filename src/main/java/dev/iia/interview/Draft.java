package dev.iia.interview;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is being typed at the current stop and not yet saved: a rating, its confidence, lines of
 * text, links kept as evidence. Cleared whenever the interview moves to another stop.
 */
final class Draft {
    static final Pattern LINK = Pattern.compile("https?://\\S+");
    /** A link followed by its title: {@code https://example.org/report The gateway report}. */
    private static final Pattern TITLED_LINK = Pattern.compile("(https?://\\S+)\\s+(\\S.*)");
    /** Between the title, the publisher and the date of a source: {@code Title | Publisher | 2021-02-15}. */
    private static final Pattern SOURCE_PARTS = Pattern.compile("\\s*\\|\\s*");
    /** The longest date an assessment file takes; a longer last part stays with the publisher. */
    private static final int MAX_DATE_LENGTH = 40;

    private String impact;
    private String confidence;
    private final List<String> lines = new ArrayList<>();
    private final List<Evidence> links = new ArrayList<>();
    private boolean insisted;

    void clear() {
        impact = null;
        confidence = null;
        lines.clear();
        links.clear();
        insisted = false;
    }

    String impact() {
        return impact;
    }

    void impact(String key) {
        impact = key;
    }

    void confidence(String key) {
        confidence = key;
    }

    /** True before the first line of a text: where commands count. */
    boolean empty() {
        return lines.isEmpty() && links.isEmpty();
    }

    boolean hasLines() {
        return !lines.isEmpty();
    }

    void addLine(String line) {
        lines.add(line.stripTrailing());
    }

    /**
     * A line of a rationale: a line that starts with a link is kept as evidence, the rest of the line
     * its title, publisher and date separated by {@code |}.
     */
    void addRationaleLine(String line) {
        String text = line.strip();
        Matcher titled = TITLED_LINK.matcher(text);
        if (LINK.matcher(text).matches()) {
            links.add(new Evidence(text, null));
        } else if (titled.matches()) {
            links.add(source(titled.group(1), titled.group(2).strip()));
        } else {
            addLine(line);
        }
    }

    private static Evidence source(String url, String described) {
        String[] parts = SOURCE_PARTS.split(described, 3);
        String title = part(parts, 0);
        String publisher = part(parts, 1);
        String date = part(parts, 2);
        if (date != null && date.length() > MAX_DATE_LENGTH) {
            publisher = publisher == null ? date : publisher + " | " + date;
            date = null;
        }
        return new Evidence(url, title, publisher, date);
    }

    private static String part(String[] parts, int index) {
        return index < parts.length && !parts[index].isBlank() ? parts[index].strip() : null;
    }

    /** True the first time: a harmful rating without a reason is asked for one once. */
    boolean insistOnce() {
        if (insisted) {
            return false;
        }
        insisted = true;
        return true;
    }

    void forgetInsisting() {
        insisted = false;
    }

    /** One line as it is; several lines end with a line break, as a block of text in the file. */
    String text() {
        String text = String.join("\n", lines);
        return lines.size() > 1 ? text + "\n" : text;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The answer being given, completed from the current one where the user kept it. */
    Answer answer(Optional<Answer> current) {
        String chosenConfidence = confidence != null ? confidence : current.map(Answer::confidence).orElse(null);
        String rationale = lines.isEmpty() ? current.map(Answer::rationale).orElse(null) : text();
        List<Evidence> evidence = new ArrayList<>(current.map(Answer::evidence).orElse(List.of()));
        for (Evidence link : links) {
            if (evidence.stream().noneMatch(e -> e.url().equals(link.url()))) {
                evidence.add(link);
            }
        }
        return new Answer(impact, chosenConfidence, rationale, evidence);
    }
}
