package dev.iia.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two rubrics, usually two versions of one: questions added, removed, renamed
 * (as the newer one declares in {@code changes}), reworded (declared, or text changed), weights,
 * thresholds, confidence weights and the aggregation rule. Pure; {@link #markdown()} is the report.
 */
public record RubricDiff(Rubric before, Rubric after, List<String> added, List<String> removed,
                         Map<String, String> renamed, List<String> reworded, List<String> settings) {

    public static RubricDiff of(Rubric before, Rubric after) {
        Change declared = after.id().equals(before.id()) ? after.changesFrom(before.version()).orElse(null) : null;
        Set<String> old = before.questions().stream().map(Question::id).collect(Collectors.toSet());
        Set<String> successors = new java.util.HashSet<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        if (declared != null) {
            renamed.putAll(declared.renamed());
            declared.split().forEach((from, to) -> renamed.put(from + " (split)", String.join(", ", to)));
            declared.merged().forEach((to, from) -> renamed.put(String.join(", ", from) + " (merged)", to));
            successors.addAll(declared.renamed().keySet());
            successors.addAll(declared.split().keySet());
            declared.merged().values().forEach(successors::addAll);
        }
        Set<String> targets = new java.util.HashSet<>();
        if (declared != null) {
            targets.addAll(declared.renamed().values());
            declared.split().values().forEach(targets::addAll);
            targets.addAll(declared.merged().keySet());
        }
        List<String> added = after.questions().stream().map(Question::id).filter(id -> !old.contains(id) && !targets.contains(id)).toList();
        List<String> removed = before.questions().stream().map(Question::id)
                .filter(id -> after.question(id).isEmpty() && !successors.contains(id)).toList();
        List<String> reworded = new ArrayList<>();
        for (Question question : after.questions()) {
            boolean declaredReworded = declared != null && declared.reworded().contains(question.id());
            boolean textChanged = before.question(question.id()).map(q -> !q.text().equals(question.text())).orElse(false);
            if (declaredReworded || textChanged) {
                reworded.add(question.id());
            }
        }
        return new RubricDiff(before, after, added, removed, renamed, reworded, settings(before, after));
    }

    private static List<String> settings(Rubric before, Rubric after) {
        List<String> changes = new ArrayList<>();
        if (before.aggregation() != after.aggregation()) {
            changes.add("aggregation: " + before.aggregation().key() + " → " + after.aggregation().key());
        }
        if (!Objects.equals(before.credibleConfidence(), after.credibleConfidence()) && after.aggregation() == Aggregation.WORST_HARM) {
            changes.add("credible confidence: " + before.credibleConfidence() + " → " + after.credibleConfidence());
        }
        if (!Objects.equals(before.severeHarm(), after.severeHarm())) {
            changes.add("severe-harm cap: " + severe(before.severeHarm()) + " → " + severe(after.severeHarm()));
        }
        if (!before.levels().equals(after.levels())) {
            changes.add("thresholds: " + thresholds(before) + " → " + thresholds(after));
        }
        for (ConfidenceLevel level : after.confidence()) {
            before.confidenceLevel(level.key()).filter(was -> was.exactWeight().compareTo(level.exactWeight()) != 0)
                    .ifPresent(was -> changes.add("confidence " + level.key() + ": " + Numbers.plain(was.exactWeight()) + " → "
                            + Numbers.plain(level.exactWeight())));
        }
        for (Question question : after.questions()) {
            before.question(question.id()).filter(was -> was.exactEffectiveWeight().compareTo(question.exactEffectiveWeight()) != 0)
                    .ifPresent(was -> changes.add("weight of " + question.id() + ": " + Numbers.plain(was.exactEffectiveWeight())
                            + " → " + Numbers.plain(question.exactEffectiveWeight())));
        }
        return changes;
    }

    private static String severe(SevereHarmRule rule) {
        return rule == null ? "none" : rule.impact() + " with " + rule.minConfidence() + " confidence caps at " + rule.cap();
    }

    private static String thresholds(Rubric rubric) {
        return rubric.levels().stream().map(l -> l.level() + " " + l.rule()).collect(Collectors.joining("; "));
    }

    public boolean same() {
        return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && reworded.isEmpty() && settings.isEmpty();
    }

    /** The report: a heading and one list per kind of change, each question with its text. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# " + before.reference() + " → " + after.reference() + "\n\n");
        if (same()) {
            return md.append("The rubrics ask the same questions and score them the same way.\n").toString();
        }
        section(md, "Added questions", added.stream().map(id -> id + ": " + text(after, id)).toList());
        section(md, "Removed questions", removed.stream().map(id -> id + ": " + text(before, id)).toList());
        section(md, "Renamed questions", renamed.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue()).toList());
        section(md, "Reworded questions (answers carry over, to be given again)",
                reworded.stream().map(id -> id + ": " + text(after, id)).toList());
        section(md, "Scoring", settings);
        return md.toString();
    }

    private static String text(Rubric rubric, String id) {
        return rubric.question(id).map(Question::text).orElse("");
    }

    private static void section(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append(" (").append(items.size()).append(")\n\n");
        items.forEach(item -> md.append("- ").append(item).append('\n'));
        md.append('\n');
    }
}
