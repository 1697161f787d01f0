package dev.iia.interview;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentLimits;
import dev.iia.assessment.Evidence;
import dev.iia.interview.Event.Changed;
import dev.iia.interview.Event.CriterionDone;
import dev.iia.interview.Event.CriterionIntro;
import dev.iia.interview.Event.Help;
import dev.iia.interview.Event.Hint;
import dev.iia.interview.Event.ProposalIntro;
import dev.iia.interview.Event.QuestionShown;
import dev.iia.interview.Event.ReviewShown;
import dev.iia.problem.Suggestions;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The guided assessment as a state machine, without any terminal: it says what it waits for
 * ({@link #prompt()}), takes one line of input at a time ({@link #submit}) and answers with events to
 * show and changes to save. The route is the proposal details (for a new assessment), then for each
 * criterion in scope its questions and the effect on people; after the last comes the review, from
 * which any answer can be changed before finishing.
 *
 * <p>Commands: {@code ?} help, {@code b} back, {@code s} skip, {@code r} review, {@code q} save and
 * quit. An answer is rating, then confidence, then rationale; it is saved when the rationale ends.
 */
public final class Interview {
    /** How an interview ended. */
    public enum Ending { FINISHED, QUIT }

    private enum Phase { RATING, CONFIDENCE, RATIONALE, TEXT }

    private sealed interface Stop {
    }

    private record DetailStop(ProposalField field) implements Stop {
    }

    private record QuestionStop(Criterion criterion, Question question) implements Stop {
    }

    private record EffectStop(Criterion criterion) implements Stop {
    }

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final Rubric rubric;
    private final Scope scope;
    private final List<Question> questionsInScope;
    private final List<Stop> route;
    private Assessment assessment;
    private int position;
    /** Stops visited from the review to change them; empty otherwise. After the last, the review returns. */
    private List<Stop> detour = List.of();
    private int detourPosition;
    private boolean reviewing;
    private Ending ending;
    private Criterion introduced;

    private Phase phase;
    private String draftImpact;
    private String draftConfidence;
    private final List<String> draftLines = new ArrayList<>();
    private final List<Evidence> draftLinks = new ArrayList<>();
    private boolean insisted;

    /**
     * @param assessment what is known so far; without a proposal the interview starts with its details,
     *                   otherwise at the first unanswered question in scope (or the review)
     */
    public Interview(Rubric rubric, Assessment assessment, Scope scope) {
        this.rubric = rubric;
        this.scope = scope;
        this.assessment = assessment;
        List<Criterion> criteria = criteriaInScope();
        this.questionsInScope = criteria.stream().flatMap(c -> c.questions().stream()).toList();
        List<Stop> stops = new ArrayList<>();
        if (assessment.proposal() == null) {
            Stream.of(ProposalField.values()).map(DetailStop::new).forEach(stops::add);
        }
        for (Criterion criterion : criteria) {
            criterion.questions().forEach(question -> stops.add(new QuestionStop(criterion, question)));
            stops.add(new EffectStop(criterion));
        }
        this.route = List.copyOf(stops);
        this.position = assessment.proposal() == null ? 0 : firstUnanswered();
    }

    private int firstUnanswered() {
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i) instanceof QuestionStop stop && !assessment.answers().containsKey(stop.question().id())) {
                return i;
            }
        }
        return route.size();
    }

    /** What to show before the first prompt. */
    public List<Event> begin() {
        List<Event> events = new ArrayList<>();
        if (position < route.size()) {
            enter(true, events);
        } else {
            openReview(events);
        }
        return events;
    }

    public Assessment assessment() {
        return assessment;
    }

    public Rubric rubric() {
        return rubric;
    }

    public Scope scope() {
        return scope;
    }

    public List<Criterion> criteriaInScope() {
        return rubric.criteria().stream().filter(scope::includes).toList();
    }

    public List<Question> questionsInScope() {
        return questionsInScope;
    }

    /** Questions in scope with an answer. */
    public int answeredInScope() {
        return (int) questionsInScope.stream().filter(q -> assessment.answers().containsKey(q.id())).count();
    }

    public boolean ended() {
        return ending != null;
    }

    public Optional<Ending> ending() {
        return Optional.ofNullable(ending);
    }

    /** True when the assessment has what a file needs: a proposal title. */
    public boolean saveable() {
        return assessment.proposal() != null && assessment.proposal().title() != null;
    }

    public Prompt prompt() {
        requireRunning();
        if (reviewing) {
            return new Prompt.Review();
        }
        boolean continuation = !draftLines.isEmpty() || !draftLinks.isEmpty();
        Stop stop = current();
        if (stop instanceof DetailStop detail) {
            return new Prompt.Detail(detail.field(), continuation, detail.field().valueIn(assessment.proposal()));
        }
        if (stop instanceof EffectStop effect) {
            return new Prompt.Effect(effect.criterion(), continuation, assessment.effects().containsKey(effect.criterion().id()));
        }
        QuestionStop question = (QuestionStop) stop;
        Optional<Answer> current = assessment.answer(question.question().id());
        return switch (phase) {
            case RATING -> new Prompt.Rating(question.criterion(), question.question(), current.isPresent());
            case CONFIDENCE -> new Prompt.Confidence(question.question(), draftImpact, presetConfidence(current));
            default -> new Prompt.Rationale(question.question(), draftImpact, continuation,
                    current.map(Answer::rationale).isPresent());
        };
    }

    /** Takes one line typed at the current prompt. */
    public List<Event> submit(String line) {
        requireRunning();
        List<Event> events = new ArrayList<>();
        String input = line.strip();
        if (reviewing) {
            review(input, events);
            return events;
        }
        Stop stop = current();
        if (stop instanceof DetailStop detail) {
            detail(detail.field(), line, events);
        } else if (stop instanceof EffectStop effect) {
            effect(effect.criterion(), line, events);
        } else {
            QuestionStop question = (QuestionStop) stop;
            switch (phase) {
                case RATING -> rating(question, input, events);
                case CONFIDENCE -> confidence(question, input, events);
                default -> rationale(question, line, events);
            }
        }
        return events;
    }

    /**
     * Ends the interview because input stopped (end of input, Ctrl-C, a closed terminal). What was
     * typed for the current answer is kept, with {@code partialLine}, the line being typed, if any.
     */
    public List<Event> stop(String partialLine) {
        List<Event> events = new ArrayList<>();
        if (ended()) {
            return events;
        }
        if (!reviewing && (phase == Phase.RATIONALE || phase == Phase.TEXT) && partialLine != null && !partialLine.isBlank()) {
            collect(partialLine);
        }
        quit(events);
        return events;
    }

    private void requireRunning() {
        if (ended()) {
            throw new IllegalStateException("the interview has ended");
        }
    }

    private Stop current() {
        return detour.isEmpty() ? route.get(position) : detour.get(detourPosition);
    }

    private void enter(boolean forward, List<Event> events) {
        reviewing = false;
        clearDraft();
        Stop stop = current();
        if (stop instanceof DetailStop detail) {
            phase = Phase.TEXT;
            if (forward && detail.field() == ProposalField.TITLE) {
                events.add(new ProposalIntro());
            }
        } else if (stop instanceof QuestionStop question) {
            phase = Phase.RATING;
            if (forward && detour.isEmpty() && !question.criterion().equals(introduced)) {
                events.add(new CriterionIntro(question.criterion()));
            }
            introduced = question.criterion();
            events.add(questionShown(question));
        } else {
            phase = Phase.TEXT;
            Criterion criterion = ((EffectStop) stop).criterion();
            events.add(new CriterionDone(scoreOf(criterion), assessment.effects().get(criterion.id())));
        }
    }

    private QuestionShown questionShown(QuestionStop stop) {
        List<Question> numbered = questionsInScope.contains(stop.question()) ? questionsInScope : rubric.questions();
        return new QuestionShown(stop.criterion(), stop.question(), numbered.indexOf(stop.question()) + 1, numbered.size(),
                assessment.answers().get(stop.question().id()));
    }

    private void next(List<Event> events) {
        if (!detour.isEmpty()) {
            if (++detourPosition < detour.size()) {
                enter(true, events);
            } else {
                openReview(events);
            }
        } else if (++position < route.size()) {
            enter(true, events);
        } else {
            openReview(events);
        }
    }

    private void back(List<Event> events) {
        if (!detour.isEmpty()) {
            if (detourPosition == 0) {
                openReview(events);
            } else {
                detourPosition--;
                enter(false, events);
            }
        } else if (position == 0) {
            events.add(new Hint("This is the first question: there is nothing before it."));
        } else {
            position--;
            enter(false, events);
        }
    }

    private void openReview(List<Event> events) {
        detour = List.of();
        reviewing = true;
        clearDraft();
        events.add(new ReviewShown(Scorer.score(rubric, assessment), assessment, criteriaInScope()));
    }

    private void quit(List<Event> events) {
        if (!reviewing) {
            keepDraft(events);
        }
        ending = Ending.QUIT;
    }

    private void clearDraft() {
        draftImpact = null;
        draftConfidence = null;
        draftLines.clear();
        draftLinks.clear();
        insisted = false;
    }

    private void detail(ProposalField field, String line, List<Event> events) {
        String input = line.strip();
        boolean firstLine = draftLines.isEmpty();
        if (firstLine && command(input, events, false)) {
            return;
        }
        boolean skip = firstLine && (input.isEmpty() || input.equalsIgnoreCase("s"));
        if (field.multiline() && !skip && !input.isEmpty()) {
            draftLines.add(line.stripTrailing());
            return;
        }
        if (skip) {
            if (field.required() && field.valueIn(assessment.proposal()) == null) {
                events.add(new Hint("A title is needed: the name of the law, regulation, decision or technology you assess."));
            } else {
                next(events);
            }
            return;
        }
        String value = field.multiline() ? joined(draftLines) : input;
        if (field == ProposalField.URL && !LINK.matcher(value).matches()) {
            events.add(new Hint("'" + value + "' is not a web address: it starts with http:// or https://. Enter skips it."));
            return;
        }
        update(assessment.withProposal(field.with(assessment.proposal(), value)), events);
        next(events);
    }

    private void rating(QuestionStop stop, String input, List<Event> events) {
        if (command(input, events, true)) {
            return;
        }
        if (input.isEmpty()) {
            if (assessment.answers().containsKey(stop.question().id())) {
                next(events);
            } else {
                events.add(new Hint("Type a number from 1 to " + rubric.scale().size() + " or a key such as "
                        + exampleKey() + "; ? shows help, s skips the question."));
            }
            return;
        }
        Optional<String> impact = choice(input, rubric.scale(), ScaleEntry::key, ScaleEntry::label);
        if (impact.isEmpty()) {
            events.add(new Hint(notAChoice(input, rubric.scale().stream().map(ScaleEntry::key).toList(),
                    "Choose 1–" + rubric.scale().size() + " or a key such as " + exampleKey() + "; ? shows help")));
            return;
        }
        draftImpact = impact.get();
        phase = Phase.CONFIDENCE;
    }

    private void confidence(QuestionStop stop, String input, List<Event> events) {
        switch (input.toLowerCase(Locale.ROOT)) {
            case "?" -> events.add(new Help(prompt()));
            case "b" -> enter(false, events);
            case "q" -> quit(events);
            case "" -> {
                draftConfidence = presetConfidence(assessment.answer(stop.question().id()));
                phase = Phase.RATIONALE;
            }
            default -> {
                Optional<String> key = choice(input, rubric.confidence(), ConfidenceLevel::key, ConfidenceLevel::label);
                if (key.isEmpty()) {
                    events.add(new Hint(notAChoice(input, rubric.confidence().stream().map(ConfidenceLevel::key).toList(),
                            "Choose 1–" + rubric.confidence().size() + " or a key such as " + rubric.confidence().get(0).key()
                                    + "; Enter means " + presetConfidence(assessment.answer(stop.question().id())))));
                    return;
                }
                draftConfidence = key.get();
                phase = Phase.RATIONALE;
            }
        }
    }

    private void rationale(QuestionStop stop, String line, List<Event> events) {
        String input = line.strip();
        if (draftLines.isEmpty() && draftLinks.isEmpty()) {
            switch (input.toLowerCase(Locale.ROOT)) {
                case "?" -> {
                    events.add(new Help(prompt()));
                    return;
                }
                case "b" -> {
                    phase = Phase.CONFIDENCE;
                    insisted = false;
                    return;
                }
                case "q" -> {
                    quit(events);
                    return;
                }
                default -> {
                }
            }
        }
        if (!input.isEmpty()) {
            collect(line);
            return;
        }
        Optional<Answer> current = assessment.answer(stop.question().id());
        boolean nothingGiven = draftLines.isEmpty() && current.map(Answer::rationale).isEmpty();
        if (nothingGiven && harmful(draftImpact) && !insisted) {
            insisted = true;
            events.add(new Hint("A " + rubric.levelLabel(draftImpact).toLowerCase(Locale.ROOT)
                    + " rating needs a reason: what in the proposal causes the harm? Type it, or press Enter again to leave it empty."));
            return;
        }
        update(assessment.withAnswers(withEntry(assessment.answers(), stop.question().id(), draftAnswer(current), questionOrder())), events);
        next(events);
    }

    private void effect(Criterion criterion, String line, List<Event> events) {
        String input = line.strip();
        if (draftLines.isEmpty() && command(input, events, false)) {
            return;
        }
        if (!input.isEmpty()) {
            draftLines.add(line.stripTrailing());
            return;
        }
        if (!draftLines.isEmpty()) {
            update(assessment.withEffects(withEntry(assessment.effects(), criterion.id(), joined(draftLines), criterionOrder())), events);
        }
        next(events);
    }

    private void review(String input, List<Event> events) {
        String id = input.toLowerCase(Locale.ROOT);
        switch (id) {
            case "", "f" -> ending = Ending.FINISHED;
            case "q" -> ending = Ending.QUIT;
            case "?" -> events.add(new Help(new Prompt.Review()));
            case "r" -> openReview(events);
            case "b" -> {
                position = Math.min(position, route.size() - 1);
                enter(false, events);
            }
            default -> jump(id, events);
        }
    }

    /** To the question or criterion named by its id, or by the start of the one id that starts so. */
    private void jump(String typed, List<Event> events) {
        List<String> ids = new ArrayList<>(rubric.questions().stream().map(Question::id).toList());
        rubric.criteria().forEach(c -> ids.add(c.id()));
        ids.add("proposal");
        List<String> matching = ids.contains(typed) ? List.of(typed) : ids.stream().filter(id -> id.startsWith(typed)).toList();
        if (matching.size() > 1) {
            events.add(new Hint("'" + typed + "' starts several ids: " + String.join(", ", matching) + ". Type more of one."));
            return;
        }
        if (matching.isEmpty()) {
            String suggestion = Suggestions.didYouMean(typed, ids);
            events.add(new Hint("'" + typed + "' is not a question or criterion id" + (suggestion.isEmpty() ? "." : suggestion)
                    + " Type an id from the list to change it, Enter to finish, q to save and quit."));
            return;
        }
        String id = matching.get(0);
        Optional<Question> question = rubric.question(id);
        if (question.isPresent()) {
            startDetour(List.of(new QuestionStop(rubric.criterionOf(id).orElseThrow(), question.get())), events);
        } else if (id.equals("proposal")) {
            startDetour(Stream.of(ProposalField.values()).<Stop>map(DetailStop::new).toList(), events);
        } else {
            startDetour(List.of(new EffectStop(rubric.criterion(id).orElseThrow())), events);
        }
    }

    private void startDetour(List<Stop> stops, List<Event> events) {
        detour = stops;
        detourPosition = 0;
        enter(true, events);
    }

    /**
     * The commands of the prompts that move between stops; true when {@code input} was one. On a
     * proposal detail, {@code s} is not a command: it skips like Enter, and the title cannot be skipped.
     */
    private boolean command(String input, List<Event> events, boolean skips) {
        switch (input.toLowerCase(Locale.ROOT)) {
            case "?" -> events.add(new Help(prompt()));
            case "b" -> back(events);
            case "q" -> quit(events);
            case "r" -> {
                if (saveable()) {
                    openReview(events);
                } else {
                    events.add(new Hint("Give the proposal a title first; then r shows the review."));
                }
            }
            case "s" -> {
                if (!skips) {
                    return false;
                }
                next(events);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void collect(String line) {
        String text = line.strip();
        if (phase == Phase.RATIONALE && LINK.matcher(text).matches()) {
            draftLinks.add(new Evidence(text, null));
        } else {
            draftLines.add(line.stripTrailing());
        }
    }

    /** What was typed for the current stop, saved when input stops or the user quits mid-answer. */
    private void keepDraft(List<Event> events) {
        Stop stop = current();
        if (stop instanceof QuestionStop question && draftImpact != null) {
            Optional<Answer> current = assessment.answer(question.question().id());
            update(assessment.withAnswers(withEntry(assessment.answers(), question.question().id(), draftAnswer(current),
                    questionOrder())), events);
        } else if (stop instanceof EffectStop effect && !draftLines.isEmpty()) {
            update(assessment.withEffects(withEntry(assessment.effects(), effect.criterion().id(), joined(draftLines),
                    criterionOrder())), events);
        } else if (stop instanceof DetailStop detail && detail.field().multiline() && !draftLines.isEmpty()) {
            update(assessment.withProposal(detail.field().with(assessment.proposal(), joined(draftLines))), events);
        }
    }

    /** The answer being given, completed from the current one where the user kept it. */
    private Answer draftAnswer(Optional<Answer> current) {
        String confidence = draftConfidence != null ? draftConfidence : current.map(Answer::confidence).orElse(null);
        String rationale = draftLines.isEmpty() ? current.map(Answer::rationale).orElse(null) : joined(draftLines);
        List<Evidence> evidence = new ArrayList<>(current.map(Answer::evidence).orElse(List.of()));
        for (Evidence link : draftLinks) {
            if (evidence.stream().noneMatch(e -> e.url().equals(link.url()))) {
                evidence.add(link);
            }
        }
        return new Answer(draftImpact, confidence, rationale, evidence);
    }

    private void update(Assessment next, List<Event> events) {
        if (next.equals(assessment)) {
            return;
        }
        Optional<String> unreadable = AssessmentLimits.problem(next);
        if (unreadable.isPresent()) {
            events.add(new Hint(unreadable.get() + " This change was not kept."));
            return;
        }
        assessment = next;
        if (saveable()) {
            events.add(new Changed(assessment));
        }
    }

    private String presetConfidence(Optional<Answer> current) {
        return current.map(Answer::confidence).orElse(rubric.defaultConfidence());
    }

    private boolean harmful(String impact) {
        return rubric.scaleEntry(impact).filter(ScaleEntry::valued).map(e -> e.value() < 0).orElse(false);
    }

    private CriterionScore scoreOf(Criterion criterion) {
        AssessmentScore score = Scorer.score(rubric, assessment);
        return score.criteria().stream().filter(c -> c.criterion().id().equals(criterion.id())).findFirst().orElseThrow();
    }

    private String exampleKey() {
        return rubric.scale().get(Math.min(1, rubric.scale().size() - 1)).key();
    }

    private List<String> questionOrder() {
        return rubric.questions().stream().map(Question::id).toList();
    }

    private List<String> criterionOrder() {
        return rubric.criteria().stream().map(Criterion::id).toList();
    }

    /** One line as it is; several lines end with a line break, as a block of text in the file. */
    private static String joined(List<String> lines) {
        String text = String.join("\n", lines);
        return lines.size() > 1 ? text + "\n" : text;
    }

    /** A copy of {@code map} with {@code key} set, in rubric order, so the file reads like the rubric. */
    private static <V> Map<String, V> withEntry(Map<String, V> map, String key, V value, List<String> order) {
        Map<String, V> updated = new LinkedHashMap<>(map);
        updated.put(key, value);
        Map<String, V> ordered = new LinkedHashMap<>();
        order.stream().filter(updated::containsKey).forEach(id -> ordered.put(id, updated.get(id)));
        updated.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** A scale or confidence entry by its number (from 1), key or label, ignoring case. */
    private static <T> Optional<String> choice(String input, List<T> entries, Function<T, String> key, Function<T, String> label) {
        String typed = input.toLowerCase(Locale.ROOT).replace(' ', '-');
        if (typed.matches("\\d{1,3}")) {
            int number = Integer.parseInt(typed);
            return number >= 1 && number <= entries.size() ? Optional.of(key.apply(entries.get(number - 1))) : Optional.empty();
        }
        return entries.stream()
                .filter(e -> key.apply(e).equalsIgnoreCase(typed) || label.apply(e).toLowerCase(Locale.ROOT).replace(' ', '-').equals(typed))
                .map(key).findFirst();
    }

    private static String notAChoice(String input, List<String> keys, String advice) {
        String suggestion = Suggestions.didYouMean(input, keys);
        return "'" + input + "' is not a choice" + (suggestion.isEmpty() ? "." : suggestion) + " " + advice + ".";
    }
}
