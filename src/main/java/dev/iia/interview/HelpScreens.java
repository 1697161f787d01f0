package dev.iia.interview;

import static dev.iia.interview.ScreenText.paragraphs;
import static dev.iia.interview.ScreenText.reflow;

import dev.iia.rubric.Criterion;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@code ?} shows at each prompt: the question restated with its guidance, or what to type and why. */
final class HelpScreens {
    private final Rubric rubric;

    HelpScreens(Rubric rubric) {
        this.rubric = rubric;
    }

    /** Help on the prompt, with the keys it takes. */
    List<Line> help(Prompt about, Set<Key> keys) {
        List<Line> lines = help(about);
        if (!keys.isEmpty() && !(about instanceof Prompt.Review)) {
            lines.add(Line.of("Keys: " + Screens.keys(keys) + ".", Tone.MUTED));
        }
        return lines;
    }

    private List<Line> help(Prompt about) {
        List<Line> lines = new ArrayList<>();
        if (about instanceof Prompt.Rating rating) {
            questionHelp(rating.criterion(), rating.question(), lines);
        } else if (about instanceof Prompt.Confidence confidence) {
            lines.add(Line.of("How sure are you of this rating? Each answer counts in the score with the weight of its confidence: "
                    + rubric.confidence().stream().map(c -> c.key() + " " + Numbers.plain(c.weight())).collect(Collectors.joining(", "))
                    + ". Enter means " + confidence.preset() + "; b goes back to the rating."));
        } else if (about instanceof Prompt.Rationale rationale) {
            questionHelp(rubric.criterionOf(rationale.question().id()).orElseThrow(), rationale.question(), lines);
            lines.add(Line.of("Say why: what in the proposal leads to this rating, and for whom. Write as many lines as you need; "
                    + "an empty line ends. A line that starts with a link (https://...) is kept as evidence, with what follows as its title, "
                    + "publisher and date separated by |: https://example.org/report The gateway report | ISOC | 2022-05-11. "
                    + "b goes back to the confidence.",
                    Tone.MUTED));
        } else if (about instanceof Prompt.Effect effect) {
            lines.add(Line.of("The effect on people of this impact (" + effect.criterion().title()
                    + "): who gains or loses, and how (prices, choice, safety, rights). It goes into the brief. Write as many lines "
                    + "as you need; an empty line ends; Enter alone skips."));
        } else if (about instanceof Prompt.Field field) {
            lines.add(Line.of(field.field().help() + " Write as many lines as you need; an empty line ends; Enter alone "
                    + (field.keepsCurrent() ? "keeps the current one." : "skips.")));
        } else if (about instanceof Prompt.ConfirmFinish) {
            lines.add(Line.of("Questions left open stay unanswered, never a silent zero, and iia assess asks them later."
                    + " y finishes now; n goes to the next open question; Enter returns to the review."));
        } else if (about instanceof Prompt.Detail detail) {
            lines.add(Line.of(detailHelp(detail.field())));
        } else if (about instanceof Prompt.ProvisionName) {
            lines.add(Line.of("The name of an article or section of the proposal, as it calls it (Article 5, Section 12(3)): then"
                    + " what it does, the criteria it touches and why. The name of one given before changes it. Enter or s goes on;"
                    + " b goes back."));
        } else if (about instanceof Prompt.ProvisionSummary provision) {
            lines.add(Line.of("What " + provision.provision() + " does, in a line, such as: routes all international traffic through"
                    + " one gateway. - removes this provision; b goes back."));
        } else if (about instanceof Prompt.ProvisionCriteria) {
            lines.add(Line.of("The critical properties and enablers this provision touches, by id, separated by commas or spaces;"
                    + " the start of an id is enough. Ids: " + rubric.criteria().stream().map(Criterion::id).collect(Collectors.joining(", "))
                    + "."));
        } else if (about instanceof Prompt.ProvisionRationale) {
            lines.add(Line.of("Why this provision matters for those criteria: what in its text leads there, and for whom. Write as many"
                    + " lines as you need; an empty line ends and saves the provision."));
        } else if (about instanceof Prompt.ChangeRecommendation) {
            lines.add(Line.of("A recommendation can say which answers it would change if adopted: iia then scores the assessment with"
                    + " those answers as well, the residual impact, in score --what-if and in the brief. Type a recommendation's"
                    + " number to pick it; Enter when done; b goes back."));
        } else if (about instanceof Prompt.ChangeQuestion change) {
            lines.add(Line.of("Type the id of a question recommendation " + change.number() + " would change (the start of an id is"
                    + " enough); each change is shown with the verdict it leads to before it is kept. Enter when done; b goes back"
                    + " to the recommendations."));
        } else if (about instanceof Prompt.ChangeImpact change) {
            lines.add(Line.of("The rating " + change.question().id() + " would get if recommendation " + change.number()
                    + " were adopted; it keeps the confidence of the answer as written. - removes this change; b goes back to the"
                    + " questions. Type ? again to see what each rating means."));
        } else if (about instanceof Prompt.KeepChange) {
            lines.add(Line.of("The verdict above counts this change. Type why it would change, in a line, or just press Enter to keep"
                    + " it; n drops it; b goes back to the rating."));
        } else {
            lines.add(Screens.reviewKeys());
        }
        return lines;
    }

    private void questionHelp(Criterion criterion, Question question, List<Line> lines) {
        lines.add(Line.empty());
        lines.add(Line.of(question.text(), Tone.HEADING).plus(" (" + question.id() + ")", Tone.MUTED));
        if (question.help() != null) {
            lines.addAll(paragraphs(question.help(), ""));
        }
        if (question.examples() != null) {
            if (question.examples().negative() != null) {
                lines.add(Line.of("Negative example: ", Tone.HARM).plus(reflow(question.examples().negative())));
            }
            if (question.examples().positive() != null) {
                lines.add(Line.of("Positive example: ", Tone.BENEFIT).plus(reflow(question.examples().positive())));
            }
        }
        if (criterion.guidance() != null) {
            String guidance = reflow(criterion.guidance());
            lines.add(guidance.regionMatches(true, 0, "Look for", 0, 8) ? Line.of(guidance)
                    : Line.of("What to look for: ", Tone.MUTED).plus(guidance));
        }
        lines.add(Line.of("Type ? again to see what each rating means.", Tone.MUTED));
    }

    /** The second {@code ?} in a row: what each choice means. */
    List<Line> choices(Prompt about) {
        if (!(about instanceof Prompt.Rating) && !(about instanceof Prompt.Rationale) && !(about instanceof Prompt.ChangeImpact)) {
            return help(about);
        }
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        for (int i = 0; i < rubric.scale().size(); i++) {
            ScaleEntry entry = rubric.scale().get(i);
            Line line = Line.of("  " + (i + 1) + " ").plus(entry.key(), Tone.of(rubric, entry.key()));
            lines.add(entry.description() == null ? line : line.plus(": " + entry.description()));
        }
        return lines;
    }

    private static String detailHelp(ProposalField field) {
        return switch (field) {
            case TITLE -> "The name of the law, regulation, business decision or technology you assess, as it is officially called.";
            case JURISDICTION -> "Where it applies: a country, a region, or an organisation. Enter skips.";
            case SPONSOR -> "Who proposes or adopted it: a ministry, a regulator, a company. Enter skips.";
            case STATUS -> "How far it has gone: draft, in consultation, adopted, in force, withdrawn. Enter skips.";
            case DATE -> "When it was proposed or adopted, such as 2022-05-11, 2022-05 or 2022. Enter skips.";
            case URL -> "A web address where its text can be read, starting with https:// or http://. Enter skips.";
            case SUMMARY -> "What it does, in a few sentences. Write as many lines as you need; an empty line ends; Enter alone skips.";
        };
    }
}
