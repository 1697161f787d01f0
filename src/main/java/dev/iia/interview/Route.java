package dev.iia.interview;

import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The way through an interview: its stops in order and where the user is. A detour is a short list
 * of stops visited from the review to change them; after its last stop the review returns.
 */
final class Route {
    sealed interface Stop {
    }

    record DetailStop(ProposalField field) implements Stop {
    }

    record QuestionStop(Criterion criterion, Question question) implements Stop {
    }

    record EffectStop(Criterion criterion) implements Stop {
    }

    private final List<Stop> stops;
    private int position;
    private List<Stop> detour = List.of();
    private int detourPosition;

    /** @param withDetails whether the proposal details come first (a new assessment) */
    Route(List<Criterion> criteria, boolean withDetails) {
        List<Stop> all = new ArrayList<>();
        if (withDetails) {
            all.addAll(details());
        }
        for (Criterion criterion : criteria) {
            criterion.questions().forEach(question -> all.add(new QuestionStop(criterion, question)));
            all.add(new EffectStop(criterion));
        }
        this.stops = List.copyOf(all);
    }

    static List<Stop> details() {
        return Stream.of(ProposalField.values()).<Stop>map(DetailStop::new).toList();
    }

    Stop current() {
        return inDetour() ? detour.get(detourPosition) : stops.get(position);
    }

    boolean inDetour() {
        return !detour.isEmpty();
    }

    boolean atEnd() {
        return position >= stops.size();
    }

    /** Moves to the first stop that {@code wanted} accepts, or past the end. */
    void moveToFirst(Predicate<Stop> wanted) {
        position = 0;
        while (position < stops.size() && !wanted.test(stops.get(position))) {
            position++;
        }
    }

    /** One stop on; false when there is none left (the review comes next; a detour is over). */
    boolean advance() {
        if (inDetour()) {
            if (++detourPosition < detour.size()) {
                return true;
            }
            detour = List.of();
            return false;
        }
        return ++position < stops.size();
    }

    /** One stop back; false when this is the first stop (or the first of a detour, which ends it). */
    boolean retreat() {
        if (inDetour()) {
            if (detourPosition == 0) {
                detour = List.of();
                return false;
            }
            detourPosition--;
            return true;
        }
        if (position == 0) {
            return false;
        }
        position--;
        return true;
    }

    /** From the review back into the walk: the last stop when the walk was over. */
    void resumeWalk() {
        detour = List.of();
        position = Math.min(position, stops.size() - 1);
    }

    void startDetour(List<Stop> visit) {
        detour = List.copyOf(visit);
        detourPosition = 0;
    }

    void endDetour() {
        detour = List.of();
    }
}
