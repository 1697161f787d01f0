package dev.iia.brief;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.DisputedAnswer;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.assessment.Person;
import dev.iia.assessment.Proposal;
import dev.iia.assessment.Team;
import dev.iia.brief.AssessmentDiff.AnswerChange;
import dev.iia.brief.AssessmentDiff.LevelChange;
import dev.iia.brief.AssessmentDiff.Side;
import dev.iia.brief.AssessmentDiff.TextChange;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.GoalScore;
import dev.iia.scoring.Levels;
import dev.iia.scoring.ScoreReport;
import dev.iia.scoring.WhatIf;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Compares two loaded and scored assessments of the same rubric. */
final class DiffBuilder {
    private final LoadedAssessment beforeFile;
    private final LoadedAssessment afterFile;
    private final Assessment before;
    private final Assessment after;
    private final AssessmentScore beforeScore;
    private final AssessmentScore afterScore;
    private final Rubric rubric;

    DiffBuilder(LoadedAssessment before, AssessmentScore beforeScore, LoadedAssessment after, AssessmentScore afterScore) {
        this.beforeFile = before;
        this.afterFile = after;
        this.before = before.assessment();
        this.after = after.assessment();
        this.beforeScore = beforeScore;
        this.afterScore = afterScore;
        this.rubric = after.rubric();
    }

    AssessmentDiff build() {
        List<LevelChange> levels = levels();
        List<AnswerChange> answers = answers();
        List<TextChange> effects = effects();
        List<String> added = missingFrom(after.recommendationTexts(), before.recommendationTexts());
        List<String> removed = missingFrom(before.recommendationTexts(), after.recommendationTexts());
        List<String> changed = recommendationsChanged();
        List<String> other = other(added.isEmpty() && removed.isEmpty());
        boolean equal = answers.isEmpty() && effects.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty()
                && other.isEmpty();
        AssessmentDiff.Residual residual = residual();
        return new AssessmentDiff(rubric.reference(), side(beforeFile, beforeScore), side(afterFile, afterScore), equal,
                summary(equal, answers), levels, !levels.isEmpty(), answers, !answers.isEmpty(), effects, !effects.isEmpty(),
                added, removed, changed, !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty(), residual, residual != null,
                other, !other.isEmpty());
    }

    /** Recommendations both sides make, by text, that would change other answers. */
    private List<String> recommendationsChanged() {
        return after.recommendations().stream()
                .filter(is -> before.recommendations().stream()
                        .anyMatch(was -> sameText(was.text(), is.text()) && !was.changes().equals(is.changes())))
                .map(is -> is.text().strip()).distinct().toList();
    }

    private AssessmentDiff.Residual residual() {
        if (!before.hasRecommendedChanges() && !after.hasRecommendedChanges()) {
            return null;
        }
        AssessmentScore was = WhatIf.ofAll(beforeFile.rubric(), before).residual();
        AssessmentScore is = WhatIf.ofAll(rubric, after).residual();
        String labelBefore = Levels.label(rubric, was.level());
        String labelAfter = Levels.label(rubric, is.level());
        boolean moved = !was.level().equals(is.level()) || !was.verdict().text().equals(is.verdict().text());
        String level = was.level().equals(is.level())
                ? "the residual level stays " + Prose.lower(labelAfter)
                : "the residual level moved from " + Prose.lower(labelBefore) + " to " + Prose.lower(labelAfter);
        String verdict = was.verdict().text().equals(is.verdict().text()) ? ", with the same verdict." : ", and the verdict now reads: "
                + is.verdict().text();
        String text = "With every recommendation adopted, " + level + verdict;
        return new AssessmentDiff.Residual(was.level(), labelBefore, was.verdict().text(), is.level(), labelAfter, is.verdict().text(),
                moved, text);
    }

    private Side side(LoadedAssessment loaded, AssessmentScore score) {
        Assessment assessment = loaded.assessment();
        return new Side(loaded.source(), Markdown.oneLine(assessment.proposal().title()), Markdown.oneLine(assessment.version()),
                Markdown.oneLine(assessment.date()), score.level(), Levels.label(rubric, score.level()),
                ScoreReport.round(score.score()), BriefBuilder.signed(score.score()), score.verdict().text(), score.answered(), score.total());
    }

    private String summary(boolean equal, List<AnswerChange> answers) {
        if (equal) {
            return "No differences: both assessments say the same.";
        }
        String overall = beforeScore.level().equals(afterScore.level())
                ? "The overall level is unchanged: " + Prose.lower(Levels.label(rubric, afterScore.level())) + "."
                : "The overall level changed from " + Prose.lower(Levels.label(rubric, beforeScore.level())) + " to "
                        + Prose.lower(Levels.label(rubric, afterScore.level())) + ".";
        List<String> counts = new ArrayList<>();
        for (String change : List.of("changed", "added", "removed")) {
            long count = answers.stream().filter(a -> a.change().equals(change)).count();
            if (count > 0) {
                counts.add(count + (counts.isEmpty() ? count == 1 ? " answer " : " answers " : " ") + change);
            }
        }
        return counts.isEmpty() ? overall + " No answer changed." : overall + " " + capitalized(Prose.join(counts)) + ".";
    }

    private List<LevelChange> levels() {
        List<LevelChange> changes = new ArrayList<>();
        for (int i = 0; i < afterScore.properties().size(); i++) {
            criterion(beforeScore.properties().get(i), afterScore.properties().get(i), "critical property", changes);
        }
        for (int g = 0; g < afterScore.goals().size(); g++) {
            GoalScore was = beforeScore.goals().get(g);
            GoalScore is = afterScore.goals().get(g);
            change(is.goal().id(), is.goal().title(), "goal", was.level(), was.score(), is.level(), is.score(), changes);
            for (int e = 0; e < is.enablers().size(); e++) {
                criterion(was.enablers().get(e), is.enablers().get(e), "enabler", changes);
            }
        }
        return changes;
    }

    private void criterion(CriterionScore was, CriterionScore is, String kind, List<LevelChange> changes) {
        change(is.criterion().id(), is.criterion().title(), kind, was.level(), was.score(), is.level(), is.score(), changes);
    }

    private void change(String id, String title, String kind, String levelBefore, Double scoreBefore, String levelAfter,
                        Double scoreAfter, List<LevelChange> changes) {
        Double roundedBefore = ScoreReport.round(scoreBefore);
        Double roundedAfter = ScoreReport.round(scoreAfter);
        boolean levelChanged = !levelBefore.equals(levelAfter);
        if (!levelChanged && Objects.equals(roundedBefore, roundedAfter)) {
            return;
        }
        String delta = roundedBefore == null || roundedAfter == null ? BriefBuilder.NONE : Numbers.signed(roundedAfter - roundedBefore);
        changes.add(new LevelChange(id, Markdown.oneLine(title), kind, levelBefore, Levels.label(rubric, levelBefore), levelAfter,
                Levels.label(rubric, levelAfter), roundedBefore, BriefBuilder.signed(scoreBefore), roundedAfter, BriefBuilder.signed(scoreAfter), delta,
                levelChanged));
    }

    private List<AnswerChange> answers() {
        List<AnswerChange> changes = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            for (Question question : criterion.questions()) {
                Answer was = before.answers().get(question.id());
                Answer is = after.answers().get(question.id());
                if (was == null && is == null) {
                    continue;
                }
                List<String> what = was == null || is == null ? List.of() : differences(was, is);
                String change = was == null ? "added" : is == null ? "removed" : what.isEmpty() ? null : "changed";
                if (change != null) {
                    changes.add(new AnswerChange(question.id(), Markdown.oneLine(question.text()), Markdown.oneLine(criterion.title()),
                            change, rating(was), rating(is), what, what.isEmpty() ? change : String.join(", ", what)));
                }
            }
        }
        return changes;
    }

    private List<String> differences(Answer was, Answer is) {
        List<String> what = new ArrayList<>();
        if (!was.impact().equals(is.impact())) {
            what.add("rating");
        }
        if (!confidence(was).equals(confidence(is))) {
            what.add("confidence");
        }
        if (!sameText(was.rationale(), is.rationale())) {
            what.add("rationale");
        }
        if (!was.evidence().equals(is.evidence())) {
            what.add("evidence");
        }
        return what;
    }

    private String confidence(Answer answer) {
        return answer.confidence() != null ? answer.confidence() : rubric.defaultConfidence();
    }

    private String rating(Answer answer) {
        if (answer == null) {
            return BriefBuilder.NONE;
        }
        String confidence = rubric.confidenceLevel(confidence(answer)).map(ConfidenceLevel::label).orElse(confidence(answer));
        return rubric.levelLabel(answer.impact()) + ", " + Prose.lower(confidence) + " confidence";
    }

    private List<TextChange> effects() {
        List<TextChange> changes = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            String change = change(before.effects().get(criterion.id()), after.effects().get(criterion.id()));
            if (change != null) {
                changes.add(new TextChange(criterion.id(), Markdown.oneLine(criterion.title()), change));
            }
        }
        return changes;
    }

    /** {@code added}, {@code removed}, {@code changed}, or null when both say the same. */
    private static String change(String was, String is) {
        if (sameText(was, is)) {
            return null;
        }
        return blank(was) ? "added" : blank(is) ? "removed" : "changed";
    }

    private List<String> other(boolean sameRecommendations) {
        List<String> other = new ArrayList<>();
        Proposal was = before.proposal();
        Proposal is = after.proposal();
        line("proposal title", was.title(), is.title(), other);
        line("jurisdiction", was.jurisdiction(), is.jurisdiction(), other);
        line("sponsor", was.sponsor(), is.sponsor(), other);
        line("status", was.status(), is.status(), other);
        line("date of the proposal", was.date(), is.date(), other);
        line("proposal link", was.url(), is.url(), other);
        text("proposal summary", was.summary(), is.summary(), other);
        line("authors", credits(before.authors()), credits(after.authors()), other);
        line("contributors", credits(before.contributors()), credits(after.contributors()), other);
        line("version", before.version(), after.version(), other);
        line("date", before.date(), after.date(), other);
        text("context", before.context(), after.context(), other);
        missingFrom(after.assumptions(), before.assumptions()).forEach(a -> other.add("assumption added: " + Markdown.oneLine(a)));
        missingFrom(before.assumptions(), after.assumptions()).forEach(a -> other.add("assumption removed: " + Markdown.oneLine(a)));
        reordered("assumptions", before.assumptions(), after.assumptions(), other);
        if (!before.provisions().equals(after.provisions())) {
            other.add("analysis by provision changed");
        }
        missingFrom(after.keyFindings(), before.keyFindings()).forEach(f -> other.add("key finding added: " + Markdown.oneLine(f)));
        missingFrom(before.keyFindings(), after.keyFindings()).forEach(f -> other.add("key finding removed: " + Markdown.oneLine(f)));
        text("call to action", before.callToAction(), after.callToAction(), other);
        text("conclusions", before.conclusions(), after.conclusions(), other);
        if (sameRecommendations) {
            reordered("recommendations", before.recommendationTexts(), after.recommendationTexts(), other);
        }
        disputes(other);
        line("team", team(before.team()), team(after.team()), other);
        return other;
    }

    /** A merged team's open disagreements: which appeared, which the team settled, which changed. */
    private void disputes(List<String> other) {
        Set<String> ids = new TreeSet<>(before.disputed().keySet());
        ids.addAll(after.disputed().keySet());
        for (String id : ids) {
            List<DisputedAnswer> was = before.disputed().get(id);
            List<DisputedAnswer> is = after.disputed().get(id);
            if (was == null) {
                other.add("disputed: " + id);
            } else if (is == null) {
                other.add("dispute settled: " + id);
            } else if (!was.equals(is)) {
                other.add("dispute changed: " + id);
            }
        }
    }

    /** {@code Ana (access, open), Ben (secure), agreement 0.81}, or null without a team. */
    private static String team(Team team) {
        if (team == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        team.analysts().forEach(member -> parts.add(member.name() + " (" + String.join(", ", member.criteria()) + ")"));
        if (team.alpha() != null) {
            parts.add("agreement " + team.alpha().toPlainString());
        }
        return String.join(", ", parts);
    }

    private static String credits(List<Person> people) {
        return people.stream().map(Person::credit).collect(java.util.stream.Collectors.joining(", "));
    }

    private static void line(String name, String was, String is, List<String> other) {
        if (!sameText(was, is)) {
            other.add(name + ": " + shown(was) + " → " + shown(is));
        }
    }

    private static void text(String name, String was, String is, List<String> other) {
        String change = change(was, is);
        if (change != null) {
            other.add(name + " " + change);
        }
    }

    private static void reordered(String name, List<String> was, List<String> is, List<String> other) {
        List<String> wasTexts = was.stream().map(String::strip).toList();
        List<String> isTexts = is.stream().map(String::strip).toList();
        if (!wasTexts.equals(isTexts) && Set.copyOf(wasTexts).equals(Set.copyOf(isTexts)) && wasTexts.size() == isTexts.size()) {
            other.add(name + " reordered");
        }
    }

    /** The items of {@code items} (as written, stripped) that {@code others} does not have. */
    private static List<String> missingFrom(List<String> items, List<String> others) {
        Set<String> known = new LinkedHashSet<>(others.stream().map(String::strip).toList());
        return items.stream().map(String::strip).filter(item -> !known.contains(item)).distinct().toList();
    }

    private static boolean sameText(String was, String is) {
        return Objects.equals(normal(was), normal(is));
    }

    /** Text as it reads: whitespace runs, line breaks included, count as one space; blank is absent. */
    private static String normal(String text) {
        return blank(text) ? null : text.strip().replaceAll("\\s+", " ");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String shown(String text) {
        return blank(text) ? "(none)" : Markdown.oneLine(text);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
