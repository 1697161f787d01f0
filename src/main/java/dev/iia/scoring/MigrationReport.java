package dev.iia.scoring;

import dev.iia.assessment.Answer;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;

/** The Markdown report of a {@link Migration}. */
final class MigrationReport {
    private MigrationReport() {
    }

    static String markdown(Migration migration, String source) {
        Rubric from = migration.from();
        Rubric to = migration.to();
        StringBuilder md = new StringBuilder("# Migration of " + source + ": " + from.reference() + " → " + to.reference() + "\n\n");
        md.append("Scored by ").append(from.aggregation().key()).append(" before and by ").append(to.aggregation().key())
                .append(" after (docs/scoring.md).\n\n");
        md.append("## Carried over (").append(migration.carried().size()).append(")\n\n")
                .append(migration.carried().isEmpty() ? "None." : String.join(", ", migration.carried()) + ".").append("\n\n");
        list(md, "Renamed, split or merged", migration.moved().entrySet().stream().map(e -> e.getKey() + " → " + e.getValue()).toList());
        List<String> dropped = new ArrayList<>();
        migration.dropped().forEach((id, answer) -> dropped.add(dropped(from, id, answer)));
        migration.droppedOther().forEach((what, text) -> dropped.add(what + ": " + oneLine(text)));
        list(md, "Dropped (kept in the original file)", dropped);
        list(md, "Now unanswered", migration.unanswered().stream().map(id -> id + ": " + text(to, id)).toList());
        list(md, "To answer again (iia assess asks only these)", migration.askAgain());
        AssessmentScore before = Scorer.score(from, migration.before());
        AssessmentScore after = Scorer.score(to, migration.after());
        md.append("## Levels\n\n| | Before | After |\n|---|---|---|\n");
        for (CriterionScore was : before.properties()) {
            row(md, was.criterion().title(), from, was.level(), to, find(after.properties(), was.criterion().id()));
        }
        for (GoalScore was : before.goals()) {
            String now = after.goals().stream().filter(g -> g.goal().id().equals(was.goal().id())).map(GoalScore::level)
                    .findFirst().orElse(Levels.NOT_ASSESSED);
            row(md, "Goal: " + was.goal().title(), from, was.level(), to, now);
        }
        row(md, "Overall", from, before.level(), to, after.level());
        md.append("\nVerdict before: ").append(before.verdict().text()).append('\n');
        md.append("Verdict after: ").append(after.verdict().text()).append('\n');
        return md.toString();
    }

    private static String find(List<CriterionScore> scores, String id) {
        return scores.stream().filter(s -> s.criterion().id().equals(id)).map(CriterionScore::level).findFirst()
                .orElse(Levels.NOT_ASSESSED);
    }

    private static void row(StringBuilder md, String name, Rubric from, String before, Rubric to, String after) {
        md.append("| ").append(name).append(" | ").append(Levels.label(from, before)).append(" | ")
                .append(Levels.label(to, after)).append(before.equals(after) ? "" : " (changed)").append(" |\n");
    }

    private static String dropped(Rubric from, String id, Answer answer) {
        StringBuilder text = new StringBuilder(id + " (" + answer.impact());
        if (answer.confidence() != null) {
            text.append(", ").append(answer.confidence()).append(" confidence");
        }
        text.append(")");
        from.question(id).map(Question::text).ifPresent(q -> text.append(": ").append(q));
        if (answer.rationale() != null) {
            text.append(" Rationale: ").append(oneLine(answer.rationale()));
        }
        return text.toString();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String text(Rubric rubric, String id) {
        return rubric.question(id).map(Question::text).orElse("");
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        md.append("## ").append(title).append(" (").append(items.size()).append(")\n\n");
        if (items.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        items.forEach(item -> md.append("- ").append(item).append('\n'));
        md.append('\n');
    }
}
