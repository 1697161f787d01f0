package dev.iia.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iia.io.Printable;
import dev.iia.yaml.Mappers;
import dev.iia.yaml.YamlReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * The limits of {@link YamlReader}, applied to an assessment before it is saved: whatever iia writes
 * it can read back. The dialogue asks here before it takes a change, so a pasted novel or a stray
 * escape character is refused with a clear line instead of saving a file every later command refuses.
 */
public final class AssessmentLimits {
    private AssessmentLimits() {
    }

    /** Why {@code assessment} could not be read back once saved, in words for the person typing; empty when it can. */
    public static Optional<String> problem(Assessment assessment) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(Mappers.tree(assessment));
        int values = 0;
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            values++;
            if (node.isTextual()) {
                Optional<String> problem = textProblem(node.asText());
                if (problem.isPresent()) {
                    return problem;
                }
            }
            if (node.size() > YamlReader.MAX_ENTRIES) {
                return Optional.of(String.format(Locale.ROOT, "That would make a list of more than %,d entries, more than iia reads back.",
                        YamlReader.MAX_ENTRIES));
            }
            node.forEach(pending::push);
        }
        if (values > YamlReader.MAX_VALUES) {
            return Optional.of(String.format(Locale.ROOT, "The assessment would hold more than %,d values, more than iia reads back.",
                    YamlReader.MAX_VALUES));
        }
        int bytes = AssessmentWriter.bytes(assessment).length;
        if (bytes > YamlReader.MAX_FILE_BYTES) {
            return Optional.of(String.format(Locale.ROOT, "The assessment would be %.1f MB, more than the %d MB iia reads back; "
                    + "shorten the longest texts.", bytes / 1048576.0, YamlReader.MAX_FILE_BYTES >> 20));
        }
        return Optional.empty();
    }

    private static Optional<String> textProblem(String text) {
        if (text.length() > YamlReader.MAX_SCALAR_CHARS) {
            return Optional.of(String.format(Locale.ROOT, "That text has %,d characters; iia reads back at most %,d in one text.",
                    text.length(), YamlReader.MAX_SCALAR_CHARS));
        }
        int control = Printable.firstControl(text, true);
        if (control >= 0) {
            return Optional.of("That text holds the control character " + Printable.name(text.charAt(control))
                    + "; iia keeps printable text only (tabs and line breaks are fine).");
        }
        return Optional.empty();
    }
}
