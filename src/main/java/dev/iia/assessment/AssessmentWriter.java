package dev.iia.assessment;

import dev.iia.io.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an assessment as the YAML people write by hand (docs/files.md, "Assessment"): keys in the
 * documented order, multi-line text as {@code |} blocks, nothing left out, {@code rubric:} exactly
 * as it was. Absent values and empty lists are not written. Text is quoted only when YAML would
 * otherwise read it as something else, so that reading the file back gives the same record.
 */
public final class AssessmentWriter {
    private static final String INDENT = "  ";
    /** Words YAML 1.1 reads as booleans or null; {@code NO} (Norway) must stay text. */
    private static final Set<String> RESERVED = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n", "~");
    /** Starts with a letter, or is a relative or absolute path ({@code ./x}, {@code ../x}, {@code /x}). */
    private static final Pattern PLAIN_SAFE = Pattern.compile("(\\p{L}|\\.{1,2}/|/)[^\\p{Cntrl}]*");

    private AssessmentWriter() {
    }

    /** Saves atomically: the file holds either its previous content or the new one, never a mix. */
    public static void save(Path file, Assessment assessment, boolean overwrite) {
        AtomicFiles.write(file, bytes(assessment), overwrite);
    }

    public static byte[] bytes(Assessment assessment) {
        return toYaml(assessment).getBytes(StandardCharsets.UTF_8);
    }

    public static String toYaml(Assessment assessment) {
        StringBuilder yaml = new StringBuilder();
        text(yaml, "", "$schema", assessment.schema());
        text(yaml, "", "rubric", assessment.rubric());
        proposal(yaml, assessment.proposal());
        people(yaml, "authors", assessment.authors());
        people(yaml, "contributors", assessment.contributors());
        text(yaml, "", "version", assessment.version());
        text(yaml, "", "date", assessment.date());
        text(yaml, "", "context", assessment.context());
        list(yaml, "", "assumptions", assessment.assumptions());
        answers(yaml, assessment.answers());
        if (!assessment.effects().isEmpty()) {
            yaml.append("effects:\n");
            assessment.effects().forEach((criterion, effect) -> text(yaml, INDENT, criterion, effect));
        }
        provisions(yaml, assessment.provisions());
        list(yaml, "", "key-findings", assessment.keyFindings());
        text(yaml, "", "call-to-action", assessment.callToAction());
        text(yaml, "", "conclusions", assessment.conclusions());
        list(yaml, "", "recommendations", assessment.recommendations());
        disputed(yaml, assessment.disputed());
        team(yaml, assessment.team());
        return yaml.toString();
    }

    private static void disputed(StringBuilder yaml, Map<String, List<DisputedAnswer>> disputed) {
        if (disputed.isEmpty()) {
            return;
        }
        yaml.append("disputed:\n");
        String item = INDENT + INDENT;
        String inItem = item + INDENT;
        disputed.forEach((question, answers) -> {
            yaml.append(INDENT).append(scalar(question)).append(":\n");
            for (DisputedAnswer answer : answers) {
                itemStart(yaml, item, "analyst", answer.analyst());
                text(yaml, inItem, "impact", answer.impact());
                text(yaml, inItem, "confidence", answer.confidence());
                text(yaml, inItem, "rationale", answer.rationale());
                if (!answer.evidence().isEmpty()) {
                    yaml.append(inItem).append("evidence:\n");
                    answer.evidence().forEach(evidence -> evidence(yaml, inItem + INDENT, evidence));
                }
            }
        });
    }

    private static void team(StringBuilder yaml, Team team) {
        if (team == null) {
            return;
        }
        yaml.append("team:\n");
        yaml.append(INDENT).append("analysts:\n");
        for (Team.Member member : team.analysts()) {
            itemStart(yaml, INDENT + INDENT, "name", member.name());
            list(yaml, INDENT + INDENT + INDENT, "criteria", member.criteria());
        }
        if (team.alpha() != null) {
            yaml.append(INDENT).append("alpha: ").append(team.alpha().toPlainString()).append('\n');
        }
    }

    /** The first key of a mapping in a list: {@code - key: value}, a block indented past the dash. */
    private static void itemStart(StringBuilder yaml, String indent, String key, String value) {
        yaml.append(indent).append("- ").append(scalar(key)).append(':');
        value(yaml, indent + INDENT + INDENT, value);
    }

    private static void proposal(StringBuilder yaml, Proposal proposal) {
        if (proposal == null) {
            return;
        }
        yaml.append("proposal:\n");
        text(yaml, INDENT, "title", proposal.title());
        text(yaml, INDENT, "jurisdiction", proposal.jurisdiction());
        text(yaml, INDENT, "sponsor", proposal.sponsor());
        text(yaml, INDENT, "status", proposal.status());
        text(yaml, INDENT, "date", proposal.date());
        text(yaml, INDENT, "url", proposal.url());
        text(yaml, INDENT, "summary", proposal.summary());
    }

    private static void people(StringBuilder yaml, String key, List<Person> people) {
        if (people.isEmpty()) {
            return;
        }
        yaml.append(key).append(":\n");
        for (Person person : people) {
            if (person.affiliation() == null) {
                yaml.append(INDENT).append("- ").append(scalar(person.name())).append('\n');
            } else {
                yaml.append(INDENT).append("- name: ").append(scalar(person.name())).append('\n');
                text(yaml, INDENT + INDENT, "affiliation", person.affiliation());
            }
        }
    }

    private static void provisions(StringBuilder yaml, List<Provision> provisions) {
        if (provisions.isEmpty()) {
            return;
        }
        yaml.append("provisions:\n");
        String indent = INDENT + INDENT;
        for (Provision provision : provisions) {
            yaml.append(INDENT).append("- provision:");
            value(yaml, indent + INDENT, provision.provision());
            text(yaml, indent, "summary", provision.summary());
            list(yaml, indent, "criteria", provision.criteria());
            text(yaml, indent, "rationale", provision.rationale());
        }
    }

    private static void answers(StringBuilder yaml, Map<String, Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        yaml.append("answers:\n");
        String indent = INDENT + INDENT;
        answers.forEach((question, answer) -> {
            yaml.append(INDENT).append(scalar(question)).append(":\n");
            text(yaml, indent, "impact", answer.impact());
            text(yaml, indent, "confidence", answer.confidence());
            text(yaml, indent, "rationale", answer.rationale());
            if (!answer.evidence().isEmpty()) {
                yaml.append(indent).append("evidence:\n");
                answer.evidence().forEach(evidence -> evidence(yaml, indent + INDENT, evidence));
            }
        });
    }

    private static void evidence(StringBuilder yaml, String indent, Evidence evidence) {
        if (evidence.bare()) {
            yaml.append(indent).append("- ").append(scalar(evidence.url())).append('\n');
            return;
        }
        yaml.append(indent).append("- url: ").append(scalar(evidence.url())).append('\n');
        text(yaml, indent + INDENT, "title", evidence.title());
        text(yaml, indent + INDENT, "publisher", evidence.publisher());
        text(yaml, indent + INDENT, "date", evidence.date());
    }

    private static void list(StringBuilder yaml, String indent, String key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        yaml.append(indent).append(key).append(":\n");
        for (String item : items) {
            yaml.append(indent).append(INDENT).append('-');
            value(yaml, indent + INDENT + INDENT, item);
        }
    }

    private static void text(StringBuilder yaml, String indent, String key, String value) {
        if (value == null) {
            return;
        }
        yaml.append(indent).append(scalar(key)).append(':');
        value(yaml, indent + INDENT, value);
    }

    /** Writes " value\n" after a key or dash: a block for multi-line text, else one scalar. */
    private static void value(StringBuilder yaml, String blockIndent, String value) {
        if (blockable(value)) {
            block(yaml, blockIndent, value);
        } else {
            yaml.append(' ').append(scalar(value)).append('\n');
        }
    }

    /**
     * A literal block keeps every character of text that has line breaks, as long as no line is
     * blank but for spaces (a block cannot tell those from its indentation) and nothing needs escaping.
     */
    private static boolean blockable(String value) {
        if (!value.contains("\n") || value.contains("\r") || value.isBlank()) {
            return false;
        }
        for (String line : value.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank() || hasControl(line)) {
                return false;
            }
        }
        return true;
    }

    private static void block(StringBuilder yaml, String indent, String value) {
        yaml.append(" |");
        if (value.startsWith(" ") || value.startsWith("\n")) {
            yaml.append(INDENT.length());
        }
        yaml.append(chomping(value)).append('\n');
        String body = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
        for (String line : body.split("\n", -1)) {
            yaml.append(line.isEmpty() ? "" : indent + line).append('\n');
        }
    }

    /** Clip for one final line break, strip for none, keep for several. */
    private static String chomping(String value) {
        if (!value.endsWith("\n")) {
            return "-";
        }
        return value.endsWith("\n\n") ? "+" : "";
    }

    /** A scalar on one line: plain when YAML reads it back as the same text, double-quoted otherwise. */
    static String scalar(String value) {
        return plainSafe(value) ? value : quoted(value);
    }

    private static boolean plainSafe(String value) {
        return PLAIN_SAFE.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && value.equals(value.strip())
                && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":");
    }

    private static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean hasControl(String line) {
        return line.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF');
    }
}
