package dev.iia.brief;

import dev.iia.rubric.Aggregation;
import dev.iia.rubric.Rubric;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.GoalScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The Methodology section in words, about as long as ISOC's (some hundred words): the toolkit, its
 * two lenses, the rubric answered and how a finding is reached, without a formula.
 */
final class MethodologyText {
    private MethodologyText() {
    }

    static List<String> paragraphs(Rubric rubric, AssessmentScore score) {
        int properties = score.properties().size();
        int goals = score.goals().size();
        String first = "This brief follows the Internet Society's Internet Impact Assessment Toolkit. It looks at the "
                + "proposal through two lenses: what the Internet needs to exist, the " + Prose.count(properties)
                + " critical properties of the Internet Way of Networking, and what it needs to thrive, the enablers of "
                + (goals == 0 ? "a healthy Internet." : "the " + Prose.count(goals) + " goals of an Internet that is "
                + Prose.join(goalTitles(score)) + ".");
        String second = "For each property and enabler, the authors answered the questions of the rubric \""
                + Markdown.oneLine(rubric.title()) + "\" (" + rubric.reference() + "): whether the proposal has an impact, "
                + "how strong it is, how sure they are, and what it would mean for people. " + rule(rubric.aggregation());
        return List.of(first, second);
    }

    private static List<String> goalTitles(AssessmentScore score) {
        List<String> titles = new ArrayList<>();
        for (GoalScore goal : score.goals()) {
            titles.add(Prose.lower(Markdown.oneLine(goal.goal().title())));
        }
        return titles;
    }

    /** How a finding is reached, in the words of the rubric's aggregation rule. */
    private static String rule(Aggregation aggregation) {
        return switch (aggregation) {
            case WORST_HARM -> "A property or goal counts as undermined when the proposal harms it in any credible way; "
                    + "where it also helps, the trade-off is named rather than netted.";
            case MEAN -> "Each property and goal takes the level of the weighted average of its answers, so one harm can "
                    + "be outweighed by other answers, although a strongly negative answer given with confidence always "
                    + "marks it as harmed; where it also helps, the trade-off is named.";
        };
    }
}
