package dev.iia.brief;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.Team;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Goal;
import dev.iia.rubric.Rubric;
import dev.iia.team.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The team behind a merged assessment (iia merge), for the brief's methodology: who covered which
 * criteria, and how far they agreed before the team's review.
 *
 * @param analysts     each analyst and what they covered
 * @param alpha        Krippendorff's alpha before the review, or null when it could not be computed
 * @param alphaText    alpha as shown ({@code 0.712}), or {@code –}
 * @param reading      {@code good}, {@code tentative}, {@code unreliable} or {@code not computable}
 * @param disputed     how many questions the analysts rated differently
 * @param resolved     how many of those the team has answered
 * @param text         all of it as one paragraph for the methodology
 */
public record TeamView(List<Member> analysts, int count, BigDecimal alpha, String alphaText, String reading, int disputed,
                       int resolved, String text) {

    /** An analyst and the criteria they answered, as titles and as a phrase ({@code the critical properties}). */
    public record Member(String name, List<String> criteria, String coveredText) {
    }

    /** The team of an assessment, or null when it records none. */
    static TeamView of(Rubric rubric, Assessment assessment) {
        Team team = assessment.team();
        if (team == null) {
            return null;
        }
        List<Member> members = team.analysts().stream().map(m -> new Member(Markdown.oneLine(m.name()),
                m.criteria().stream().map(id -> rubric.criterion(id).map(Criterion::title).orElse(id)).toList(),
                covered(rubric, Set.copyOf(m.criteria())))).toList();
        int disputed = assessment.disputed().size();
        int resolved = (int) assessment.disputed().keySet().stream().filter(assessment.answers()::containsKey).count();
        String alphaText = team.alpha() == null ? BriefBuilder.NONE : team.alpha().toPlainString();
        String reading = Reading.of(team.alpha() == null ? null : team.alpha().doubleValue()).words();
        return new TeamView(members, members.size(), team.alpha(), alphaText, reading, disputed, resolved,
                text(members, team.alpha(), alphaText, reading, disputed, resolved));
    }

    /** {@code the critical properties and the Secure goal}, or the titles of what was covered. */
    private static String covered(Rubric rubric, Set<String> ids) {
        if (ids.isEmpty()) {
            return "no criterion";
        }
        List<String> parts = new ArrayList<>();
        List<Criterion> properties = rubric.properties();
        if (!properties.isEmpty() && properties.stream().allMatch(c -> ids.contains(c.id()))) {
            parts.add("the critical properties");
        } else {
            properties.stream().filter(c -> ids.contains(c.id())).forEach(c -> parts.add(Prose.inSentence(c.title())));
        }
        for (Goal goal : rubric.goals()) {
            List<Criterion> enablers = rubric.enablersOf(goal);
            if (!enablers.isEmpty() && enablers.stream().allMatch(c -> ids.contains(c.id()))) {
                parts.add("the " + goal.title() + " goal");
            } else {
                enablers.stream().filter(c -> ids.contains(c.id())).forEach(c -> parts.add(Prose.inSentence(c.title())));
            }
        }
        return Prose.join(parts);
    }

    private static String text(List<Member> members, BigDecimal alpha, String alphaText, String reading, int disputed,
                               int resolved) {
        StringBuilder text = new StringBuilder(capitalised(Prose.count(members.size())) + (members.size() == 1 ? " analyst" : " analysts")
                + " assessed the proposal: " + Prose.join(members.stream().map(m -> m.name() + " (" + m.coveredText() + ")").toList())
                + ".");
        if (alpha != null) {
            text.append(" Where more than one rated the same question, their ratings agreed with a Krippendorff's alpha of ")
                    .append(alphaText).append(" before the team's review (").append(reading)
                    .append(" agreement; 1 is full agreement, 0 no more than chance).");
        }
        if (disputed > 0) {
            text.append(" The team discussed the ").append(Prose.count(disputed)).append(disputed == 1 ? " question" : " questions")
                    .append(" rated differently and ")
                    .append(resolved == disputed ? "agreed on an answer to each."
                            : "has agreed on " + Prose.count(resolved) + " so far; "
                            + (disputed - resolved == 1 ? "the other is" : "the others are") + " left unanswered.");
        }
        return text.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
