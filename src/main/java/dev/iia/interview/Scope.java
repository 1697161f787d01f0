package dev.iia.interview;

import dev.iia.problem.Suggestions;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Goal;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.Section;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which criteria an interview walks through: all of them, only the critical properties
 * ({@code --quick}), or the ones named with {@code --only}, so that a team can split the work; or
 * which questions: after a migration to a newer rubric version, only the new and reworded ones,
 * each asked even when it carries an answer.
 */
public final class Scope {
    public static final Scope ALL = new Scope(null, null);
    public static final Scope CRITICAL_PROPERTIES = new Scope(null, null);

    /** The criterion ids asked, for a scope made with {@link #only}; null otherwise. */
    private final Set<String> criteria;
    /** The question ids asked, for a scope made with {@link #questions}; null otherwise. */
    private final Set<String> questions;

    private Scope(Set<String> criteria, Set<String> questions) {
        this.criteria = criteria;
        this.questions = questions;
    }

    /** Only these questions, each asked even if answered: the new and reworded ones after a migration. */
    public static Scope questions(Collection<String> ids) {
        return new Scope(null, Set.copyOf(ids));
    }

    public boolean includes(Criterion criterion) {
        if (questions != null) {
            return criterion.questions().stream().anyMatch(this::includes);
        }
        if (criteria != null) {
            return criteria.contains(criterion.id());
        }
        return this == ALL || criterion.isProperty();
    }

    public boolean includes(Question question) {
        return questions == null || questions.contains(question.id());
    }

    /** True when the interview asks its questions again even if they have an answer. */
    public boolean asksAnswered() {
        return questions != null;
    }

    /**
     * Only the criteria {@code names} name: each a criterion id, a goal (its id or title, for all its
     * enablers) or a section id (for all its criteria), ignoring case.
     *
     * @throws IllegalArgumentException when a name is none of these; use {@link #unknown} first
     */
    public static Scope only(Rubric rubric, List<String> names) {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : names) {
            List<Criterion> named = named(rubric, name);
            if (named.isEmpty()) {
                throw new IllegalArgumentException(unknown(rubric, List.of(name)).orElseThrow());
            }
            named.forEach(c -> ids.add(c.id()));
        }
        return new Scope(Set.copyOf(ids), null);
    }

    /** Why the first name that names no criterion, goal or section is unknown, with a suggestion. */
    public static Optional<String> unknown(Rubric rubric, List<String> names) {
        for (String name : names) {
            if (named(rubric, name).isEmpty()) {
                String suggestion = Suggestions.didYouMean(name.strip(), candidates(rubric));
                return Optional.of("'" + name.strip() + "' is not a criterion, goal or section of " + rubric.reference()
                        + (suggestion.isEmpty() ? "; 'iia rubric show " + rubric.id() + "' lists them" : suggestion));
            }
        }
        return Optional.empty();
    }

    private static List<Criterion> named(Rubric rubric, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        Optional<Criterion> criterion = rubric.criteria().stream().filter(c -> c.id().equalsIgnoreCase(wanted)).findFirst();
        if (criterion.isPresent()) {
            return List.of(criterion.get());
        }
        Optional<Goal> goal = rubric.goals().stream()
                .filter(g -> g.id().equalsIgnoreCase(wanted) || g.title().equalsIgnoreCase(wanted)).findFirst();
        if (goal.isPresent()) {
            return rubric.enablersOf(goal.get());
        }
        return rubric.sections().stream().filter(s -> s.id().equalsIgnoreCase(wanted)).findFirst()
                .map(Section::criteria).orElse(List.of());
    }

    private static List<String> candidates(Rubric rubric) {
        List<String> candidates = new ArrayList<>();
        rubric.criteria().forEach(c -> candidates.add(c.id()));
        rubric.goals().forEach(g -> candidates.add(g.id()));
        rubric.sections().forEach(s -> candidates.add(s.id()));
        return candidates;
    }
}
