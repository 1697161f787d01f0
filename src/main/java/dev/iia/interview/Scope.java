package dev.iia.interview;

import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import java.util.Collection;
import java.util.Set;

/**
 * Which questions an interview walks through: all of them, only the critical properties
 * ({@code --quick}), or a given set asked even when answered (the new and reworded questions after a
 * migration to a newer rubric version).
 *
 * @param questionIds null for every question of the criteria in scope
 */
public record Scope(boolean propertiesOnly, Set<String> questionIds) {
    public static final Scope ALL = new Scope(false, null);
    public static final Scope CRITICAL_PROPERTIES = new Scope(true, null);

    public static Scope questions(Collection<String> ids) {
        return new Scope(false, Set.copyOf(ids));
    }

    public boolean includes(Criterion criterion) {
        return (!propertiesOnly || criterion.isProperty())
                && (questionIds == null || criterion.questions().stream().anyMatch(this::includes));
    }

    public boolean includes(Question question) {
        return questionIds == null || questionIds.contains(question.id());
    }

    /** True when the interview asks its questions again even if they have an answer. */
    public boolean asksAnswered() {
        return questionIds != null;
    }
}
