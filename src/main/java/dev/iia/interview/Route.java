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

    record FieldStop(BriefField field) implements Stop {
    }

    /** The analysis by provision, after the opening fields of the brief. */
    record ProvisionStop() implements Stop {
    }

    private final List<Stop> stops;
    private int position;
    private List<Stop> detour = List.of();
    private int detourPosition;

    /**
     * @param asked       the questions of those criteria to visit
     * @param withDetails whether the proposal details and the opening fields of the brief come first (a
     *                    new assessment); the closing fields always come after the last criterion
     */
    Route(List<Criterion> criteria, Predicate<Question> asked, boolean withDetails) {
        List<Stop> all = new ArrayList<>();
        if (withDetails) {
            all.addAll(details());
            BriefField.opening().forEach(field -> all.add(new FieldStop(field)));
            all.add(new ProvisionStop());
        }
        for (Criterion criterion : criteria) {
            criterion.questions().stream().filter(asked).forEach(question -> all.add(new QuestionStop(criterion, question)));
            all.add(new EffectStop(criterion));
        }
        BriefField.closingFields().forEach(field -> all.add(new FieldStop(field)));
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

    /**
     * Out of a detour, on to the first stop after the current one (or from the first, with
     * {@code fromStart}) that {@code wanted} accepts, coming round to the start; false when none is.
     */
    boolean advanceTo(Predicate<Stop> wanted, boolean fromStart) {
        int from = fromStart || inDetour() ? -1 : position;
        for (int step = 1; step <= stops.size(); step++) {
            int candidate = (from + step) % stops.size();
            if (wanted.test(stops.get(candidate))) {
                detour = List.of();
                position = candidate;
                return true;
            }
        }
        return false;
    }

    /** On to the next stop that {@code wanted} accepts, or past the end; a detour is simply advanced. */
    boolean advanceSkipping(Predicate<Stop> wanted) {
        if (inDetour()) {
            return advance();
        }
        do {
            position++;
        } while (position < stops.size() && !wanted.test(stops.get(position)));
        return position < stops.size();
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
