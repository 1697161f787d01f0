package dev.iia.scoring;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.DisputedAnswer;
import dev.iia.assessment.Recommendation;
import dev.iia.rubric.Change;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An assessment moved to another version of its rubric: every answer that still applies is kept,
 * following what the newer rubric declares in {@code changes} (renamed, split, merged, removed,
 * reworded) and otherwise matching question ids. Nothing is lost silently: answers and effects with
 * no place in the new version are listed as dropped, with their text. Pure.
 *
 * @param carried    answers kept under the same id
 * @param moved      answers kept under another id: old id → new id (renamed, split or merged)
 * @param dropped    answers with no place in the new version, by old id
 * @param droppedOther effects on people and team disputes with no place in the new version: what, then its text
 * @param unanswered questions of the new version without an answer
 * @param askAgain   questions to put to the analyst: new ones, reworded ones, and split or merged ones
 */
public record Migration(Rubric from, Rubric to, Assessment before, Assessment after, List<String> carried,
                        Map<String, String> moved, Map<String, Answer> dropped, Map<String, String> droppedOther,
                        List<String> unanswered, List<String> askAgain) {

    /** @param reference how the migrated assessment names {@code to}, e.g. {@code iwn@2.0} or {@code ./custom-2.yaml} */
    public static Migration of(Rubric from, Rubric to, Assessment assessment, String reference) {
        Change change = from.id().equals(to.id()) ? to.changesFrom(from.version()).orElse(null) : null;
        Change declared = change != null ? change : new Change(from.version(), null, null, null, null, null);
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<String> carried = new ArrayList<>();
        Map<String, String> moved = new LinkedHashMap<>();
        Map<String, Answer> dropped = new LinkedHashMap<>();
        Set<String> askAgain = new LinkedHashSet<>();
        Map<String, String> mergedInto = new LinkedHashMap<>();
        declared.merged().forEach((target, sources) -> sources.forEach(source -> mergedInto.put(source, target)));
        assessment.answers().forEach((id, answer) -> {
            if (declared.renamed().containsKey(id)) {
                String target = declared.renamed().get(id);
                answers.put(target, answer);
                moved.put(id, target);
            } else if (declared.split().containsKey(id)) {
                declared.split().get(id).forEach(target -> answers.put(target, answer));
                moved.put(id, String.join(", ", declared.split().get(id)));
                askAgain.addAll(declared.split().get(id));
            } else if (mergedInto.containsKey(id)) {
                merge(from, answers, dropped, moved, id, answer, mergedInto.get(id));
                askAgain.add(mergedInto.get(id));
            } else if (!declared.removed().contains(id) && to.question(id).isPresent()) {
                answers.put(id, answer);
                carried.add(id);
            } else {
                dropped.put(id, answer);
            }
        });
        for (Question question : to.questions()) {
            boolean isNew = from.question(question.id()).isEmpty() && !moved.containsValue(question.id())
                    && !declared.split().values().stream().anyMatch(ids -> ids.contains(question.id()))
                    && !declared.merged().containsKey(question.id());
            boolean reworded = declared.reworded().contains(question.id()) || change == null
                    && from.question(question.id()).map(q -> !q.text().equals(question.text())).orElse(false);
            if (isNew || reworded) {
                askAgain.add(question.id());
            }
        }
        Map<String, Answer> ordered = new LinkedHashMap<>();
        to.questions().stream().filter(q -> answers.containsKey(q.id())).forEach(q -> ordered.put(q.id(), answers.get(q.id())));
        Map<String, String> effects = new LinkedHashMap<>();
        Map<String, String> droppedOther = new LinkedHashMap<>();
        assessment.effects().forEach((criterion, effect) -> {
            if (to.criterion(criterion).isPresent()) {
                effects.put(criterion, effect);
            } else {
                droppedOther.put("effect on " + criterion, effect);
            }
        });
        Map<String, List<DisputedAnswer>> disputed = new LinkedHashMap<>();
        assessment.disputed().forEach((id, disputes) -> {
            String target = declared.renamed().getOrDefault(id, id);
            if (to.question(target).isPresent()) {
                disputed.put(target, disputes);
            } else {
                droppedOther.put("dispute on " + id, disputes.size() + " analysts' answers");
            }
        });
        List<Recommendation> recommendations = new ArrayList<>();
        for (int i = 0; i < assessment.recommendations().size(); i++) {
            recommendations.add(migrated(assessment.recommendations().get(i), i + 1, declared, mergedInto, to, droppedOther));
        }
        Assessment after = assessment.withRubric(reference).withAnswers(ordered).withEffects(effects).withDisputed(disputed)
                .withRecommendations(recommendations);
        List<String> unanswered = to.questions().stream().map(Question::id).filter(id -> !ordered.containsKey(id)).toList();
        List<String> ask = to.questions().stream().map(Question::id).filter(askAgain::contains).toList();
        return new Migration(from, to, assessment, after, carried, moved, dropped, droppedOther, unanswered, ask);
    }

    /** A recommendation's changes follow their questions as the answers do; a change to a removed question is reported. */
    private static Recommendation migrated(Recommendation recommendation, int number, Change declared,
                                           Map<String, String> mergedInto, Rubric to, Map<String, String> droppedOther) {
        Map<String, Answer> changes = new LinkedHashMap<>();
        recommendation.changes().forEach((id, answer) -> {
            List<String> targets = declared.renamed().containsKey(id) ? List.of(declared.renamed().get(id))
                    : declared.split().containsKey(id) ? declared.split().get(id)
                    : mergedInto.containsKey(id) ? List.of(mergedInto.get(id))
                    : !declared.removed().contains(id) && to.question(id).isPresent() ? List.of(id) : List.of();
            if (targets.isEmpty()) {
                droppedOther.put("recommendation " + number + "'s change to " + id, answer.impact());
            }
            targets.forEach(target -> changes.putIfAbsent(target, answer));
        });
        return recommendation.changesAnswers() ? recommendation.withChanges(changes) : recommendation;
    }

    /** Merged questions keep the most harmful valued answer (harm first); the others are dropped. */
    private static void merge(Rubric from, Map<String, Answer> answers, Map<String, Answer> dropped, Map<String, String> moved,
                              String id, Answer answer, String target) {
        Answer kept = answers.get(target);
        Comparator<Answer> harm = Comparator.comparing(a -> from.scaleEntry(a.impact()).map(e -> e.exactValue())
                .orElse(BigDecimal.valueOf(Long.MAX_VALUE)));
        if (kept == null || harm.compare(answer, kept) < 0) {
            if (kept != null) {
                String previous = moved.entrySet().stream().filter(e -> e.getValue().equals(target)).map(Map.Entry::getKey)
                        .findFirst().orElseThrow();
                moved.remove(previous);
                dropped.put(previous, kept);
            }
            answers.put(target, answer);
            moved.put(id, target);
        } else {
            dropped.put(id, answer);
        }
    }

    /** The report people read: what happened to every answer, and each level and the verdict before and after. */
    public String report(String source) {
        return MigrationReport.markdown(this, source);
    }
}
