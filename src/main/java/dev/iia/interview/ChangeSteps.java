package dev.iia.interview;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.Recommendation;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.scoring.Scorer;
import dev.iia.scoring.WhatIf;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Attaching to a recommendation the answers it would change if adopted: pick a recommendation by
 * number, then a question by id, then the answer it would get; the residual verdict with that change
 * is shown before it is kept. Each change kept is saved at once. The answer keeps the confidence of
 * the one written, so the residual differs from the assessment only in what the recommendation does.
 */
final class ChangeSteps implements Aside {
    private enum Step { RECOMMENDATION, QUESTION, IMPACT, KEEP }

    private final Rubric rubric;
    private Step step = Step.RECOMMENDATION;
    private int number;
    private Question question;
    private String impact;

    ChangeSteps(Rubric rubric) {
        this.rubric = rubric;
    }

    /** What is shown when attaching begins. */
    static Event begin(Assessment assessment) {
        return new Event.RecommendationsShown(assessment.recommendations());
    }

    @Override
    public Prompt prompt(Assessment assessment) {
        return switch (step) {
            case RECOMMENDATION -> new Prompt.ChangeRecommendation(assessment.recommendations().size());
            case QUESTION -> new Prompt.ChangeQuestion(number);
            case IMPACT -> new Prompt.ChangeImpact(number, question, change(assessment).orElse(null));
            case KEEP -> new Prompt.KeepChange(number, question, impact);
        };
    }

    @Override
    public Set<Key> keys() {
        return step == Step.IMPACT ? EnumSet.of(Key.HELP, Key.BACK, Key.CLEAR, Key.QUIT) : EnumSet.of(Key.HELP, Key.BACK, Key.QUIT);
    }

    @Override
    public boolean submit(String line, Assessment assessment, List<Event> events, BiConsumer<Assessment, List<Event>> save) {
        String input = line.strip();
        switch (step) {
            case RECOMMENDATION -> {
                if (input.isEmpty()) {
                    return false;
                }
                pickRecommendation(input, assessment, events);
            }
            case QUESTION -> pickQuestion(input, assessment, events);
            case IMPACT -> pickImpact(input, assessment, events);
            case KEEP -> keep(input, assessment, events, save);
        }
        return true;
    }

    @Override
    public boolean back(Assessment assessment, List<Event> events) {
        switch (step) {
            case RECOMMENDATION -> {
                return false;
            }
            case QUESTION -> {
                step = Step.RECOMMENDATION;
                events.add(begin(assessment));
            }
            case IMPACT -> step = Step.QUESTION;
            case KEEP -> step = Step.IMPACT;
        }
        return true;
    }

    /** At the answer a question would get: removes the change the recommendation makes to it. */
    @Override
    public void clear(Assessment assessment, List<Event> events, BiConsumer<Assessment, List<Event>> save) {
        if (change(assessment).isEmpty()) {
            events.add(new Event.NothingToClear());
            return;
        }
        save.accept(withChanges(assessment, RubricOrder.without(recommendation(assessment).changes(), question.id())), events);
        events.add(new Event.Cleared("what recommendation " + number + " changes in " + question.id()));
        step = Step.QUESTION;
    }

    /** A change is kept only once confirmed: nothing half-made is saved. */
    @Override
    public Assessment kept(Assessment assessment, String partialLine) {
        return assessment;
    }

    private void pickRecommendation(String input, Assessment assessment, List<Event> events) {
        int count = assessment.recommendations().size();
        if (!input.matches("\\d{1,4}") || Integer.parseInt(input) < 1 || Integer.parseInt(input) > count) {
            events.add(new Event.NotARecommendation(input, count));
            return;
        }
        number = Integer.parseInt(input);
        step = Step.QUESTION;
        events.add(new Event.RecommendationPicked(number, recommendation(assessment), assessment.answers()));
    }

    private void pickQuestion(String input, Assessment assessment, List<Event> events) {
        if (input.isEmpty()) {
            step = Step.RECOMMENDATION;
            events.add(begin(assessment));
            return;
        }
        String typed = input.toLowerCase(Locale.ROOT);
        List<String> ids = rubric.questions().stream().map(Question::id).toList();
        List<String> matching = Choices.idsNamed(typed, ids);
        if (matching.size() != 1) {
            events.add(matching.isEmpty() ? new Event.NotAQuestion(typed) : new Event.AmbiguousId(typed, matching));
            return;
        }
        question = rubric.question(matching.get(0)).orElseThrow();
        step = Step.IMPACT;
        events.add(new Event.ChangeAsked(number, question, assessment.answers().get(question.id()), change(assessment).orElse(null)));
    }

    private void pickImpact(String input, Assessment assessment, List<Event> events) {
        if (input.isEmpty()) {
            if (change(assessment).isPresent()) {
                step = Step.QUESTION;
            } else {
                events.add(new Event.RatingNeeded());
            }
            return;
        }
        Optional<String> chosen = Choices.of(input, rubric.scale(), ScaleEntry::key, ScaleEntry::label);
        if (chosen.isEmpty()) {
            events.add(new Event.NotAChoice(input, prompt(assessment)));
            return;
        }
        impact = chosen.get();
        step = Step.KEEP;
        Assessment tentative = withChange(assessment, null);
        events.add(new Event.ResidualPreview(number, Scorer.score(rubric, assessment, Scorer.Traces.SKIPPED),
                Scorer.score(rubric, WhatIf.adopting(tentative, List.of(number)), Scorer.Traces.SKIPPED)));
    }

    private void keep(String input, Assessment assessment, List<Event> events, BiConsumer<Assessment, List<Event>> save) {
        step = Step.QUESTION;
        String word = input.toLowerCase(Locale.ROOT);
        if (word.equals("n") || word.equals("no")) {
            events.add(new Event.ChangeDropped(number, question.id()));
            return;
        }
        save.accept(withChange(assessment, input.isEmpty() ? null : input), events);
        events.add(new Event.ChangeKept(number, question.id(), impact));
    }

    private Assessment withChange(Assessment assessment, String rationale) {
        String confidence = Optional.ofNullable(assessment.answers().get(question.id())).map(Answer::confidence).orElse(null);
        return withChanges(assessment, new RubricOrder(rubric).withQuestion(recommendation(assessment).changes(), question.id(),
                new Answer(impact, confidence, rationale, List.of())));
    }

    private Assessment withChanges(Assessment assessment, Map<String, Answer> changes) {
        List<Recommendation> recommendations = new ArrayList<>(assessment.recommendations());
        recommendations.set(number - 1, recommendation(assessment).withChanges(changes));
        return assessment.withRecommendations(recommendations);
    }

    private Recommendation recommendation(Assessment assessment) {
        return assessment.recommendations().get(number - 1);
    }

    private Optional<Answer> change(Assessment assessment) {
        return Optional.ofNullable(recommendation(assessment).changes().get(question.id()));
    }
}
