package dev.iia.interview;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.Provision;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Rubric;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The analysis by provision, as ISOC's guide advises splitting the work: one article or section at a
 * time, what it does, the criteria it touches and why. Typing the name of a provision given before
 * changes it, each step keeping what it had on Enter; each provision is saved when its reason ends.
 */
final class ProvisionSteps implements Aside {
    private enum Step { NAME, SUMMARY, CRITERIA, RATIONALE }

    private final Rubric rubric;
    private Step step = Step.NAME;
    /** The provision being written: its place in the list, or -1 for a new one. */
    private int index;
    private String name;
    private String summary;
    private List<String> criteria;
    private final List<String> lines = new ArrayList<>();

    ProvisionSteps(Rubric rubric) {
        this.rubric = rubric;
    }

    /** What is shown when the provisions begin. */
    static Event begin(Assessment assessment) {
        return new Event.ProvisionsShown(assessment.provisions());
    }

    @Override
    public Prompt prompt(Assessment assessment) {
        Provision current = index >= 0 && step != Step.NAME ? assessment.provisions().get(index) : null;
        return switch (step) {
            case NAME -> new Prompt.ProvisionName(assessment.provisions().size());
            case SUMMARY -> new Prompt.ProvisionSummary(name, current == null ? null : current.summary());
            case CRITERIA -> new Prompt.ProvisionCriteria(name, current == null ? List.of() : current.criteria());
            case RATIONALE -> new Prompt.ProvisionRationale(name, !lines.isEmpty(), current != null && current.rationale() != null);
        };
    }

    @Override
    public Set<Key> keys() {
        return switch (step) {
            case NAME -> EnumSet.of(Key.HELP, Key.BACK, Key.SKIP, Key.QUIT);
            case SUMMARY -> EnumSet.of(Key.HELP, Key.BACK, Key.CLEAR, Key.QUIT);
            case CRITERIA -> EnumSet.of(Key.HELP, Key.BACK, Key.QUIT);
            case RATIONALE -> lines.isEmpty() ? EnumSet.of(Key.HELP, Key.BACK, Key.QUIT) : EnumSet.noneOf(Key.class);
        };
    }

    @Override
    public boolean submit(String line, Assessment assessment, List<Event> events, BiConsumer<Assessment, List<Event>> save) {
        String input = line.strip();
        switch (step) {
            case NAME -> {
                if (input.isEmpty()) {
                    return false;
                }
                start(input, assessment);
            }
            case SUMMARY -> {
                summary = input.isEmpty() ? current(assessment, Provision::summary) : input;
                step = Step.CRITERIA;
            }
            case CRITERIA -> criteria(input, assessment, events);
            case RATIONALE -> {
                if (!line.isBlank()) {
                    lines.add(line.stripTrailing());
                } else {
                    save.accept(with(assessment), events);
                    events.add(new Event.ProvisionSaved(name));
                    step = Step.NAME;
                }
            }
        }
        return true;
    }

    @Override
    public boolean back(Assessment assessment, List<Event> events) {
        switch (step) {
            case NAME -> {
                return false;
            }
            case SUMMARY -> step = Step.NAME;
            case CRITERIA -> step = Step.SUMMARY;
            case RATIONALE -> step = Step.CRITERIA;
        }
        return true;
    }

    /** At what a provision does: removes the provision. */
    @Override
    public void clear(Assessment assessment, List<Event> events, BiConsumer<Assessment, List<Event>> save) {
        if (index < 0) {
            events.add(new Event.NothingToClear());
            return;
        }
        List<Provision> provisions = new ArrayList<>(assessment.provisions());
        provisions.remove(index);
        save.accept(assessment.withProvisions(provisions), events);
        events.add(new Event.Cleared("the provision " + name));
        step = Step.NAME;
    }

    /** A provision with a name is kept with what was typed for it so far. */
    @Override
    public Assessment kept(Assessment assessment, String partialLine) {
        if (step == Step.NAME) {
            return assessment;
        }
        if (partialLine != null && !partialLine.isBlank()) {
            switch (step) {
                case SUMMARY -> summary = partialLine.strip();
                case RATIONALE -> lines.add(partialLine.stripTrailing());
                default -> {
                }
            }
        }
        return with(assessment);
    }

    private void start(String typed, Assessment assessment) {
        index = -1;
        for (int i = 0; i < assessment.provisions().size(); i++) {
            if (assessment.provisions().get(i).provision().equalsIgnoreCase(typed)) {
                index = i;
            }
        }
        name = index >= 0 ? assessment.provisions().get(index).provision() : typed;
        summary = current(assessment, Provision::summary);
        criteria = index >= 0 ? assessment.provisions().get(index).criteria() : List.of();
        lines.clear();
        step = Step.SUMMARY;
    }

    /** Criterion ids separated by commas or spaces, each whole or the start of one id. */
    private void criteria(String input, Assessment assessment, List<Event> events) {
        if (input.isEmpty()) {
            step = Step.RATIONALE;
            return;
        }
        List<String> ids = rubric.criteria().stream().map(Criterion::id).toList();
        Set<String> chosen = new LinkedHashSet<>();
        for (String word : input.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            List<String> matching = Choices.idsNamed(word, ids);
            if (matching.size() != 1) {
                events.add(matching.isEmpty() ? new Event.NotACriterion(word) : new Event.AmbiguousId(word, matching));
                return;
            }
            chosen.add(matching.get(0));
        }
        criteria = ids.stream().filter(chosen::contains).toList();
        step = Step.RATIONALE;
    }

    private Assessment with(Assessment assessment) {
        String rationale = lines.isEmpty() ? current(assessment, Provision::rationale)
                : lines.size() == 1 ? lines.get(0) : String.join("\n", lines) + "\n";
        Provision provision = new Provision(name, summary, criteria, rationale);
        List<Provision> provisions = new ArrayList<>(assessment.provisions());
        if (index >= 0) {
            provisions.set(index, provision);
        } else {
            provisions.add(provision);
            index = provisions.size() - 1;
        }
        lines.clear();
        return assessment.withProvisions(provisions);
    }

    private String current(Assessment assessment, Function<Provision, String> part) {
        return index >= 0 ? part.apply(assessment.provisions().get(index)) : null;
    }
}
