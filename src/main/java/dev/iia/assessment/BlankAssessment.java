package dev.iia.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Goal;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.rubric.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a blank assessment to fill in with a text editor: every question of the rubric as YAML
 * comments. Lines starting with {@code ##} explain; lines starting with a single {@code #} are keys
 * to fill in, written so that removing the {@code "# "} (as an editor's "toggle comment" does) leaves
 * valid YAML at the right indentation. The file is a valid assessment once the title is filled in,
 * and stays valid as answers are filled in.
 */
public final class BlankAssessment {
    private static final int WIDTH = 100;
    private static final int KEY_COLUMN = 32;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param rubricReference what the file's {@code rubric:} says: {@code iwn@1.0} or a path from the file's folder
     * @param schemaFile      the JSON Schema named on the first line for editors, relative to the file
     * @param title           the proposal's title, or null to leave it for the user (the file is then
     *                        invalid until it is filled in, with one problem at that line)
     * @param quick           only the critical properties
     * @param today           the date shown in the example for {@code date:}
     */
    public record Options(String rubricReference, String schemaFile, String title, boolean quick, String today) {
    }

    private final Rubric rubric;
    private final Options options;
    private final List<String> lines = new ArrayList<>();

    private BlankAssessment(Rubric rubric, Options options) {
        this.rubric = rubric;
        this.options = options;
    }

    public static String text(Rubric rubric, Options options) {
        BlankAssessment blank = new BlankAssessment(rubric, options);
        blank.header();
        blank.proposal();
        blank.answers();
        blank.effects();
        blank.closing();
        return String.join("\n", blank.lines) + "\n";
    }

    private List<Criterion> criteria() {
        return options.quick() ? rubric.properties() : rubric.criteria();
    }

    private void header() {
        lines.add("# yaml-language-server: $schema=" + options.schemaFile());
        explain("", "An assessment of a proposal against the rubric \"" + rubric.title() + "\" (" + rubric.reference() + ")"
                + (options.quick() ? ", with the questions on the critical properties only." : "."));
        lines.add("##");
        lines.add("## How to fill it in:");
        wrap("## - ", "##   ", "Lines starting with ## explain. Lines starting with one # are keys to fill in: to use one, "
                + "delete the \"# \" in front of it and keep the indentation (an editor's \"toggle comment\" does this "
                + "for a whole selection). A key you uncomment must be filled in, or deleted again.");
        wrap("## - ", "##   ", "For text of several lines or paragraphs, write | after the colon and indent the text on "
                + "the lines below it.");
        wrap("## - ", "##   ", "Answer the questions in any order. An unanswered question is left out of the score, never "
                + "counted as zero: a partial assessment is fine.");
        wrap("## - ", "##   ", "Check the file with: iia validate FILE. Write its brief with: iia brief FILE.");
        lines.add("##");
        wrap("## impact:      ", "##              ", rubric.scale().stream().map(BlankAssessment::scaleEntry)
                .collect(Collectors.joining(", ")));
        wrap("## confidence:  ", "##              ", rubric.confidence().stream()
                .map(c -> c.key() + " (" + Numbers.plain(c.weight()) + ")").collect(Collectors.joining(", "))
                + "; " + rubric.defaultConfidence() + " when left out");
        lines.add("rubric: " + options.rubricReference());
    }

    private static String scaleEntry(ScaleEntry entry) {
        if (!entry.valued()) {
            return entry.key() + " (not scored)";
        }
        String value = Numbers.plain(entry.value());
        return entry.key() + " (" + (entry.value() > 0 ? "+" + value : value) + ")";
    }

    private void proposal() {
        lines.add("proposal:");
        if (options.title() != null) {
            lines.add("  title: " + quoted(options.title()));
        } else {
            lines.add(pad("  title:") + "# required: the name of the law, regulation, business decision or technology");
        }
        lines.add(pad("  # jurisdiction:") + "# where it applies, e.g. European Union");
        lines.add(pad("  # sponsor:") + "# who proposes it");
        lines.add(pad("  # status:") + "# e.g. Draft bill, adopted 2024");
        lines.add(pad("  # date:") + "# of the proposal, e.g. \"" + options.today() + "\"");
        lines.add(pad("  # url:") + "# a web page about it, such as its official text: https://...");
        lines.add(pad("  # summary:") + "# what it does, in a few sentences");
        lines.add(pad("# authors:") + "# a list of names or {name, affiliation}, e.g. [{name: Jane Analyst, affiliation: ISOC Chapter}]");
        lines.add(pad("# contributors:") + "# who helped, the same way, e.g. [Sam Reviewer]");
        lines.add(pad("# version:") + "# of this assessment, e.g. \"1.0\"");
        lines.add(pad("# date:") + "# of this version, e.g. \"" + options.today() + "\"");
        lines.add(pad("# context:") + "# the background: what led to the proposal, who it affects");
        lines.add(pad("# assumptions:") + "# what you assume about how it will be carried out, e.g. [Fines are enforced.]");
    }

    private void answers() {
        lines.add("");
        lines.add("answers:");
        for (Section section : rubric.sections()) {
            List<Criterion> criteria = section.criteria().stream().filter(criteria()::contains).toList();
            if (criteria.isEmpty()) {
                continue;
            }
            lines.add("");
            lines.add("  ## " + "=".repeat(WIDTH - 5));
            explain("  ", section.title().toUpperCase(java.util.Locale.ROOT));
            lines.add("  ## " + "=".repeat(WIDTH - 5));
            criteria.forEach(this::criterion);
        }
    }

    private void criterion(Criterion criterion) {
        lines.add("");
        String kind = criterion.goal() == null ? "a critical property"
                : "an enabler of the goal " + rubric.goal(criterion.goal()).map(Goal::title).orElse(criterion.goal());
        explain("  ", criterion.title());
        explain("  ", criterion.id() + ": " + kind);
        lines.add("  ## " + "-".repeat(WIDTH - 5));
        if (criterion.summary() != null) {
            explain("  ", criterion.summary());
        }
        for (Question question : criterion.questions()) {
            lines.add("");
            String weight = question.effectiveWeight() == 1 ? "" : " (weight " + Numbers.plain(question.effectiveWeight()) + ")";
            explain("  ", question.text() + weight);
            if (question.help() != null) {
                explain("  ", question.help());
            }
            if (question.examples() != null && question.examples().negative() != null) {
                explain("  ", "Negative example: " + question.examples().negative());
            }
            if (question.examples() != null && question.examples().positive() != null) {
                explain("  ", "Positive example: " + question.examples().positive());
            }
            answer(question);
        }
    }

    private void answer(Question question) {
        String impacts = rubric.scale().stream().map(ScaleEntry::key).collect(Collectors.joining(" | "));
        String confidences = rubric.confidence().stream().map(ConfidenceLevel::key).collect(Collectors.joining(" | "));
        lines.add("  # " + question.id() + ":");
        lines.add(pad("  #   impact:") + "# " + impacts);
        lines.add(pad("  #   confidence: " + rubric.defaultConfidence()) + "# " + confidences);
        lines.add(pad("  #   rationale:") + "# why: the facts and reasoning behind the rating");
        lines.add(pad("  #   evidence: []") + "# sources, a URL or {url, title, publisher, date}, e.g. [https://example.org/report]");
    }

    private void effects() {
        lines.add("");
        lines.add("effects:");
        explain("  ", "The effect on people of the impact on each property and enabler: who is affected, and how.");
        for (Criterion criterion : criteria()) {
            lines.add(pad("  # " + criterion.id() + ":") + "# " + criterion.title());
        }
    }

    private void closing() {
        lines.add("");
        explain("", "An analysis by provision (optional): for a law, one entry per article or section, with what it does, "
                + "the ids of the properties and enablers it touches, and why.");
        lines.add("# provisions:");
        lines.add(pad("#   - provision: Article 1") + "# the article or section");
        lines.add(pad("#     summary:") + "# what it does");
        lines.add(pad("#     criteria: []") + "# ids as under effects, e.g. [" + firstCriterionId() + "]");
        lines.add(pad("#     rationale:") + "# how it affects them");
        lines.add("");
        explain("", "Author text below, and every rationale, context and assumption, is Markdown: emphasis, links, lists, "
                + "inline code, quotes and footnotes show as such in the brief; anything else shows as written.");
        lines.add(pad("# key-findings:") + "# the main findings, a list; the brief's Abstract gives them after the verdict");
        lines.add(pad("# call-to-action:") + "# what the brief asks for, e.g. Withdraw the gateway mandate.");
        lines.add(pad("# conclusions:") + "# what the assessment concludes, in a paragraph or two");
        lines.add(pad("# recommendations:") + "# a list of what should change, e.g. [Drop the licensing requirement.]");
    }

    private String firstCriterionId() {
        return criteria().isEmpty() ? "criterion-id" : criteria().get(0).id();
    }

    /** Text as {@code ##} comment lines at {@code indent}, each paragraph's lines rewrapped to the width. */
    private void explain(String indent, String text) {
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            wrap(indent + "## ", indent + "## ", paragraph);
        }
    }

    /** One paragraph wrapped to the width: the first line starts with {@code first}, the others with {@code next}. */
    private void wrap(String first, String next, String paragraph) {
        StringBuilder line = new StringBuilder(first);
        int empty = first.length();
        for (String word : paragraph.strip().split("\\s+")) {
            if (line.length() > empty && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(next);
                empty = next.length();
            }
            line.append(line.length() > empty ? " " : "").append(word);
        }
        lines.add(line.toString());
    }

    /** A key padded so that the comments after the keys line up. */
    private static String pad(String key) {
        return key.length() >= KEY_COLUMN ? key + " " : key + " ".repeat(KEY_COLUMN - key.length());
    }

    /** A YAML double-quoted scalar: JSON's string syntax is valid YAML. */
    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
