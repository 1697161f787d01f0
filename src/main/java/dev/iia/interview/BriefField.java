package dev.iia.interview;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.Person;
import dev.iia.assessment.Recommendation;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of the brief the dialogue asks for besides the questions: the authors, context and
 * assumptions after the proposal's details, the conclusions and recommendations before the review.
 * Each is optional, typed as lines ended by an empty one, and saved as soon as it ends. A list takes
 * one item per line. Adding a field to the dialogue is one entry in {@link #ALL}.
 *
 * @param key     the key in assessment files, also the id that changes it from the review
 * @param label   the prompt
 * @param help    what {@code ?} says about it
 * @param closing asked after the last criterion instead of after the details
 */
public record BriefField(String key, String label, String help, boolean closing,
                         Function<Assessment, List<String>> lines, BiFunction<Assessment, List<String>, Assessment> with) {

    /** The key of the recommendations, after which the dialogue offers to attach what each would change. */
    static final String RECOMMENDATIONS = "recommendations";

    private static final Pattern AFFILIATED = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

    public static final List<BriefField> ALL = List.of(
            people("authors", "Authors, one per line", false,
                    "Who wrote this assessment: one person per line, with an affiliation in brackets if you like: Ana Lim"
                            + " (Internet Society).",
                    Assessment::authors, (a, v) -> copy(a, v, a.contributors(), a.context(), a.assumptions(), a.keyFindings(),
                            a.conclusions(), a.recommendations(), a.callToAction())),
            people("contributors", "Contributors, one per line", false,
                    "Who else helped, credited in the brief: one person per line, with an affiliation in brackets if you like.",
                    Assessment::contributors, (a, v) -> copy(a, a.authors(), v, a.context(), a.assumptions(), a.keyFindings(),
                            a.conclusions(), a.recommendations(), a.callToAction())),
            text("context", "Context: the background a reader needs", false,
                    "The background a reader needs to follow the brief: why the proposal came about, what it answers,"
                            + " what surrounds it.",
                    Assessment::context, (a, v) -> copy(a, a.authors(), a.contributors(), v, a.assumptions(), a.keyFindings(),
                            a.conclusions(), a.recommendations(), a.callToAction())),
            list("assumptions", "Assumptions, one per line", false,
                    "What you took for granted where the proposal is unclear, one per line, such as: the gateway is run by one"
                            + " operator.",
                    Assessment::assumptions, (a, v) -> copy(a, a.authors(), a.contributors(), a.context(), v, a.keyFindings(),
                            a.conclusions(), a.recommendations(), a.callToAction())),
            list("key-findings", "Key findings, one per line", true,
                    "The few findings a reader must take away, one per line, such as: all traffic passes one state-run gateway.",
                    Assessment::keyFindings, (a, v) -> copy(a, a.authors(), a.contributors(), a.context(), a.assumptions(), v,
                            a.conclusions(), a.recommendations(), a.callToAction())),
            text("conclusions", "Conclusions: what it means for the Internet", true,
                    "What the assessment shows as a whole: the main harms and benefits and what they mean for the Internet and"
                            + " its users.",
                    Assessment::conclusions, (a, v) -> copy(a, a.authors(), a.contributors(), a.context(), a.assumptions(),
                            a.keyFindings(), v, a.recommendations(), a.callToAction())),
            list(RECOMMENDATIONS, "Recommendations, one per line", true,
                    "What should be done: one recommendation per line, each an action for someone, such as: publish the"
                            + " gateway's routing rules.",
                    Assessment::recommendationTexts, Assessment::withRecommendationTexts),
            text("call-to-action", "Call to action: what readers should do", true,
                    "What you ask of the brief's readers, in a sentence or two, such as: write to the ministry before the"
                            + " consultation closes.",
                    Assessment::callToAction, (a, v) -> copy(a, a.authors(), a.contributors(), a.context(), a.assumptions(),
                            a.keyFindings(), a.conclusions(), a.recommendations(), v)));

    /** The value as the lines Enter keeps and the review shows; empty when not given. */
    public List<String> valueIn(Assessment assessment) {
        return lines.apply(assessment);
    }

    Assessment set(Assessment assessment, List<String> value) {
        return with.apply(assessment, value);
    }

    static List<BriefField> opening() {
        return ALL.stream().filter(f -> !f.closing()).toList();
    }

    static List<BriefField> closingFields() {
        return ALL.stream().filter(BriefField::closing).toList();
    }

    /** People, one per line: {@code Ana Lim (Internet Society)} gives a name and an affiliation. */
    private static BriefField people(String key, String label, boolean closing, String help,
                                     Function<Assessment, List<Person>> get, BiFunction<Assessment, List<Person>, Assessment> set) {
        return new BriefField(key, label, help, closing,
                a -> get.apply(a).stream().map(Person::credit).toList(),
                (a, lines) -> set.apply(a, lines.stream().map(BriefField::person).toList()));
    }

    static Person person(String line) {
        Matcher withAffiliation = AFFILIATED.matcher(line.strip());
        return withAffiliation.matches() ? new Person(withAffiliation.group(1).strip(), withAffiliation.group(2).strip())
                : Person.named(line.strip());
    }

    private static BriefField list(String key, String label, boolean closing, String help,
                                   Function<Assessment, List<String>> get, BiFunction<Assessment, List<String>, Assessment> set) {
        return new BriefField(key, label, help, closing, get, set);
    }

    /** A text field: its lines are one text, several lines a block ending with a line break. */
    private static BriefField text(String key, String label, boolean closing, String help,
                                   Function<Assessment, String> get, BiFunction<Assessment, String, Assessment> set) {
        return new BriefField(key, label, help, closing,
                a -> get.apply(a) == null ? List.of() : get.apply(a).lines().toList(),
                (a, lines) -> set.apply(a, lines.isEmpty() ? null : lines.size() == 1 ? lines.get(0) : String.join("\n", lines) + "\n"));
    }

    private static Assessment copy(Assessment a, List<Person> authors, List<Person> contributors, String context,
                                   List<String> assumptions, List<String> keyFindings, String conclusions,
                                   List<Recommendation> recommendations, String callToAction) {
        return new Assessment(a.schema(), a.rubric(), a.proposal(), authors, contributors, a.version(), a.date(), context, assumptions,
                a.answers(), a.effects(), a.provisions(), keyFindings, callToAction, conclusions, recommendations, a.disputed(),
                a.team());
    }
}
