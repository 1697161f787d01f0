package dev.iia.interview;

import dev.iia.assessment.Assessment;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

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

    public static final List<BriefField> ALL = List.of(
            list("authors", "Authors, one per line", false,
                    "Who wrote this assessment: one name per line, with an affiliation if you like (Ana Lim, Internet Society).",
                    Assessment::authors, (a, v) -> copy(a, v, a.context(), a.assumptions(), a.conclusions(), a.recommendations())),
            text("context", "Context: the background a reader needs", false,
                    "The background a reader needs to follow the brief: why the proposal came about, what it answers,"
                            + " what surrounds it.",
                    Assessment::context, (a, v) -> copy(a, a.authors(), v, a.assumptions(), a.conclusions(), a.recommendations())),
            list("assumptions", "Assumptions, one per line", false,
                    "What you took for granted where the proposal is unclear, one per line, such as: the gateway is run by one"
                            + " operator.",
                    Assessment::assumptions, (a, v) -> copy(a, a.authors(), a.context(), v, a.conclusions(), a.recommendations())),
            text("conclusions", "Conclusions: what it means for the Internet", true,
                    "What the assessment shows as a whole: the main harms and benefits and what they mean for the Internet and"
                            + " its users.",
                    Assessment::conclusions, (a, v) -> copy(a, a.authors(), a.context(), a.assumptions(), v, a.recommendations())),
            list("recommendations", "Recommendations, one per line", true,
                    "What should be done: one recommendation per line, each an action for someone, such as: publish the"
                            + " gateway's routing rules.",
                    Assessment::recommendations, (a, v) -> copy(a, a.authors(), a.context(), a.assumptions(), a.conclusions(), v)));

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

    private static Assessment copy(Assessment a, List<String> authors, String context, List<String> assumptions, String conclusions,
                                   List<String> recommendations) {
        return new Assessment(a.schema(), a.rubric(), a.proposal(), authors, a.version(), a.date(), context, assumptions, a.answers(),
                a.effects(), conclusions, recommendations);
    }
}
