package dev.iia.interview;

import dev.iia.problem.Suggestions;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Goal;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which criteria an interview walks through: all of them, only the critical properties
 * ({@code --quick}), or the ones named with {@code --only}, so that a team can split the work.
 */
public final class Scope {
    public static final Scope ALL = new Scope(null);
    public static final Scope CRITICAL_PROPERTIES = new Scope(null);

    /** The criterion ids asked, for a scope made with {@link #only}; null otherwise. */
    private final Set<String> criteria;

    private Scope(Set<String> criteria) {
        this.criteria = criteria;
    }

    public boolean includes(Criterion criterion) {
        if (criteria != null) {
            return criteria.contains(criterion.id());
        }
        return this == ALL || criterion.isProperty();
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
        return new Scope(Set.copyOf(ids));
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
