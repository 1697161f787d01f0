package dev.iia.interview;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentLimits;
import dev.iia.interview.Event.Changed;
import dev.iia.interview.Event.CriterionDone;
import dev.iia.interview.Event.CriterionIntro;
import dev.iia.interview.Event.Help;
import dev.iia.interview.Event.ProposalIntro;
import dev.iia.interview.Event.QuestionShown;
import dev.iia.interview.Event.ReviewShown;
import dev.iia.interview.Route.DetailStop;
import dev.iia.interview.Route.EffectStop;
import dev.iia.interview.Route.FieldStop;
import dev.iia.interview.Route.ProvisionStop;
import dev.iia.interview.Route.QuestionStop;
import dev.iia.interview.Route.Stop;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.Scorer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The guided assessment as a state machine, without any terminal: it says what it waits for
 * ({@link #prompt()}), takes one line of input at a time ({@link #submit}) and answers with events to
 * show and changes to save. Where it goes is the {@link Route}; what is being typed, the
 * {@link Draft}; the commands, {@link Key}s.
 *
 * <p>An answer is rating, then confidence, then rationale; it is saved when the rationale ends.
 */
public final class Interview {
    /** How an interview ended. */
    public enum Ending { FINISHED, QUIT }

    private enum Phase { RATING, CONFIDENCE, RATIONALE, TEXT }

    /** The review id that attaches changes to the recommendations. */
    static final String CHANGES = "changes";
    /** The review id of the analysis by provision. */
    static final String PROVISIONS = "provisions";

    private final Rubric rubric;
    private final RubricOrder order;
    private final Scope scope;
    private final List<Question> questionsInScope;
    private final Route route;
    private final Draft draft = new Draft();
    private Assessment assessment;
    private boolean reviewing;
    private boolean confirming;
    /** The last line was a first {@code ?}: another one shows more. */
    private boolean helpShown;
    private Ending ending;
    private Criterion introduced;
    private Phase phase;
    /** A part of the dialogue with steps of its own being walked (provisions, what recommendations change), or null. */
    private Aside aside;
    /** Whether the aside was opened from the review, which it returns to. */
    private boolean asideFromReview;

    /**
     * @param assessment what is known so far; without a proposal the interview starts with its details,
     *                   otherwise at the first unanswered question in scope (or the review)
     */
    public Interview(Rubric rubric, Assessment assessment, Scope scope) {
        this.rubric = rubric;
        this.order = new RubricOrder(rubric);
        this.scope = scope;
        this.assessment = assessment;
        List<Criterion> criteria = criteriaInScope();
        this.questionsInScope = criteria.stream().flatMap(c -> c.questions().stream()).filter(scope::includes).toList();
        this.route = new Route(criteria, scope::includes, assessment.proposal() == null);
        if (assessment.proposal() != null) {
            route.moveToFirst(scope.asksAnswered() ? QuestionStop.class::isInstance : this::unansweredQuestion);
        }
    }

    private boolean unansweredQuestion(Stop stop) {
        return stop instanceof QuestionStop question && !assessment.answers().containsKey(question.question().id());
    }

    /** What to show before the first prompt. */
    public List<Event> begin() {
        List<Event> events = new ArrayList<>();
        if (route.atEnd()) {
            openReview(events);
        } else {
            enter(true, events);
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
        if (aside != null) {
            return aside.prompt(assessment);
        }
        if (confirming) {
            return new Prompt.ConfirmFinish(questionsInScope.size() - answeredInScope());
        }
        if (reviewing) {
            return new Prompt.Review();
        }
        boolean continuation = !draft.empty();
        Stop stop = route.current();
        if (stop instanceof DetailStop detail) {
            return new Prompt.Detail(detail.field(), continuation, detail.field().valueIn(assessment.proposal()));
        }
        if (stop instanceof EffectStop effect) {
            return new Prompt.Effect(effect.criterion(), continuation, assessment.effects().containsKey(effect.criterion().id()));
        }
        if (stop instanceof FieldStop field) {
            return new Prompt.Field(field.field(), continuation, !field.field().valueIn(assessment).isEmpty());
        }
        QuestionStop question = (QuestionStop) stop;
        Optional<Answer> current = assessment.answer(question.question().id());
        return switch (phase) {
            case RATING -> new Prompt.Rating(question.criterion(), question.question(), current.isPresent());
            case CONFIDENCE -> new Prompt.Confidence(question.question(), draft.impact(), presetConfidence(current));
            default -> new Prompt.Rationale(question.question(), draft.impact(), continuation,
                    current.map(Answer::rationale).isPresent());
        };
    }

    /** The commands the current prompt takes; none on the second and later lines of a text. */
    public Set<Key> keys() {
        if (aside != null) {
            return aside.keys();
        }
        Prompt prompt = prompt();
        if (prompt instanceof Prompt.ConfirmFinish) {
            return EnumSet.of(Key.HELP, Key.NEXT_OPEN, Key.OPEN_LIST, Key.QUIT);
        }
        if (prompt instanceof Prompt.Review) {
            return EnumSet.of(Key.HELP, Key.BACK, Key.NEXT_OPEN, Key.OPEN_LIST, Key.REVIEW, Key.QUIT, Key.FINISH);
        }
        if (!draft.empty()) {
            return EnumSet.noneOf(Key.class);
        }
        if (prompt instanceof Prompt.Confidence) {
            return EnumSet.of(Key.HELP, Key.BACK, Key.SKIP, Key.QUIT);
        }
        if (prompt instanceof Prompt.Rationale) {
            return EnumSet.of(Key.HELP, Key.BACK, Key.SKIP, Key.CLEAR, Key.QUIT);
        }
        return EnumSet.of(Key.HELP, Key.BACK, Key.SKIP, Key.CLEAR, Key.NEXT_OPEN, Key.OPEN_LIST, Key.REVIEW, Key.QUIT);
    }

    /** Takes one line typed at the current prompt. */
    public List<Event> submit(String line) {
        requireRunning();
        List<Event> events = new ArrayList<>();
        Optional<Key> key = Key.of(line).filter(keys()::contains);
        boolean again = helpShown;
        helpShown = false;
        if (key.isPresent()) {
            if (key.get() == Key.HELP) {
                events.add(new Help(prompt(), keys(), again));
                helpShown = !again;
            } else {
                command(key.get(), events);
            }
            return events;
        }
        String input = line.strip();
        if (aside != null) {
            if (!aside.submit(line, assessment, events, this::update)) {
                leaveAside(events);
            }
            return events;
        }
        if (confirming) {
            confirmFinish(input, events);
            return events;
        }
        if (reviewing) {
            review(input, events);
            return events;
        }
        Stop stop = route.current();
        if (stop instanceof DetailStop detail) {
            detail(detail.field(), line, events);
        } else if (stop instanceof EffectStop effect) {
            effect(effect.criterion(), line, events);
        } else if (stop instanceof FieldStop field) {
            field(field.field(), line, events);
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
        if (aside != null) {
            update(aside.kept(assessment, partialLine), events);
            ending = Ending.QUIT;
            return events;
        }
        if (!reviewing && partialLine != null && !partialLine.isBlank()) {
            if (phase == Phase.RATIONALE) {
                draft.addRationaleLine(partialLine);
            } else if (phase == Phase.TEXT) {
                draft.addLine(partialLine);
            }
        }
        quit(events);
        return events;
    }

    private void requireRunning() {
        if (ended()) {
            throw new IllegalStateException("the interview has ended");
        }
    }

    /** What each command does where it is allowed ({@link #keys()}). */
    private void command(Key key, List<Event> events) {
        switch (key) {
            case HELP -> events.add(new Help(prompt(), keys(), false));
            case QUIT -> quit(events);
            case FINISH -> finish(events);
            case NEXT_OPEN -> nextOpen(events);
            case OPEN_LIST -> events.add(new Event.OpenQuestions(openQuestions()));
            case CLEAR -> {
                if (aside != null) {
                    aside.clear(assessment, events, this::update);
                } else {
                    clear(events);
                }
            }
            case REVIEW -> {
                if (saveable()) {
                    openReview(events);
                } else {
                    events.add(new Event.TitleBeforeReview());
                }
            }
            case SKIP -> skip(events);
            case BACK -> back(events);
        }
    }

    private void back(List<Event> events) {
        boolean detour = route.inDetour();
        if (aside != null) {
            if (!aside.back(assessment, events)) {
                aside = null;
                if (asideFromReview) {
                    openReview(events);
                } else if (route.current() instanceof ProvisionStop) {
                    back(events);
                } else {
                    enter(false, events);
                }
            }
        } else if (reviewing) {
            route.resumeWalk();
            enter(false, events);
        } else if (phase == Phase.CONFIDENCE) {
            enter(false, events);
        } else if (phase == Phase.RATIONALE) {
            phase = Phase.CONFIDENCE;
            draft.forgetInsisting();
        } else if (route.retreat()) {
            enter(false, events);
        } else if (detour) {
            openReview(events);
        } else {
            events.add(new Event.NothingBefore());
        }
    }

    /** Leaves the current stop as it is and goes on; at a rationale, saves the rating without a new reason. */
    private void skip(List<Event> events) {
        Stop stop = route.current();
        if (aside != null) {
            leaveAside(events);
        } else if (stop instanceof DetailStop detail) {
            skipDetail(detail.field(), events);
        } else if (phase == Phase.RATIONALE) {
            QuestionStop question = (QuestionStop) stop;
            saveAnswer(question, draft.answer(assessment.answer(question.question().id())), events);
        } else {
            next(events);
        }
    }

    /** Removes what the current stop holds, saves, and goes on; a rationale is removed from the answer being given. */
    private void clear(List<Event> events) {
        Stop stop = route.current();
        if (stop instanceof QuestionStop question && phase == Phase.RATIONALE) {
            Answer given = draft.answer(assessment.answer(question.question().id()));
            saveAnswer(question, new Answer(given.impact(), given.confidence(), null, given.evidence()), events);
            return;
        }
        Assessment cleared = assessment;
        String what;
        if (stop instanceof QuestionStop question) {
            cleared = assessment.withAnswers(RubricOrder.without(assessment.answers(), question.question().id()));
            what = question.question().id();
        } else if (stop instanceof EffectStop effect) {
            cleared = assessment.withEffects(RubricOrder.without(assessment.effects(), effect.criterion().id()));
            what = "the effect on people of " + effect.criterion().id();
        } else if (stop instanceof FieldStop field) {
            cleared = field.field().set(assessment, List.of());
            what = field.field().key();
        } else {
            ProposalField field = ((DetailStop) stop).field();
            if (field.required()) {
                events.add(new Event.TitleNeeded());
                return;
            }
            if (field.valueIn(assessment.proposal()) != null) {
                cleared = assessment.withProposal(field.with(assessment.proposal(), null));
            }
            what = "the " + field.key();
        }
        if (cleared.equals(assessment)) {
            events.add(new Event.NothingToClear());
            return;
        }
        update(cleared, events);
        events.add(new Event.Cleared(what));
        next(events);
    }

    /** To the next question without an answer, wherever the user is. */
    private void nextOpen(List<Event> events) {
        confirming = false;
        if (route.advanceTo(this::unansweredQuestion, reviewing)) {
            enter(true, events);
        } else {
            events.add(new Event.NoneOpen());
        }
    }

    private List<Question> openQuestions() {
        return questionsInScope.stream().filter(q -> !assessment.answers().containsKey(q.id())).toList();
    }

    /** Finishing with questions open asks first, saying how many remain. */
    private void finish(List<Event> events) {
        if (openQuestions().isEmpty()) {
            ending = Ending.FINISHED;
        } else {
            confirming = true;
        }
    }

    private void confirmFinish(String input, List<Event> events) {
        confirming = false;
        String word = input.toLowerCase(Locale.ROOT);
        if (word.equals("y") || word.equals("yes")) {
            ending = Ending.FINISHED;
        } else {
            openReview(events);
        }
    }

    /** Whether a stop still waits for something: a question without an answer, an empty effect or field. */
    private boolean open(Stop stop) {
        if (stop instanceof QuestionStop) {
            return unansweredQuestion(stop);
        }
        if (stop instanceof EffectStop effect) {
            return !assessment.effects().containsKey(effect.criterion().id());
        }
        if (stop instanceof FieldStop field) {
            return field.field().valueIn(assessment).isEmpty();
        }
        if (stop instanceof ProvisionStop) {
            return assessment.provisions().isEmpty();
        }
        return true;
    }

    private void enter(boolean forward, List<Event> events) {
        reviewing = false;
        draft.clear();
        Stop stop = route.current();
        if (stop instanceof DetailStop detail) {
            phase = Phase.TEXT;
            if (forward && detail.field() == ProposalField.TITLE) {
                events.add(new ProposalIntro());
            }
        } else if (stop instanceof QuestionStop question) {
            phase = Phase.RATING;
            if (forward && !route.inDetour() && !question.criterion().equals(introduced)) {
                events.add(new CriterionIntro(question.criterion()));
            }
            introduced = question.criterion();
            events.add(questionShown(question));
            disputeShown(question.question()).ifPresent(events::add);
        } else if (stop instanceof ProvisionStop) {
            phase = Phase.TEXT;
            startAside(new ProvisionSteps(rubric), ProvisionSteps.begin(assessment), false, events);
        } else if (stop instanceof EffectStop effect) {
            phase = Phase.TEXT;
            Criterion criterion = effect.criterion();
            events.add(new CriterionDone(scoreOf(criterion), assessment.effects().get(criterion.id())));
        } else {
            phase = Phase.TEXT;
            events.add(new Event.FieldShown(((FieldStop) stop).field(), ((FieldStop) stop).field().valueIn(assessment)));
        }
    }

    private QuestionShown questionShown(QuestionStop stop) {
        List<Question> numbered = questionsInScope.contains(stop.question()) ? questionsInScope : rubric.questions();
        return new QuestionShown(stop.criterion(), stop.question(), numbered.indexOf(stop.question()) + 1, numbered.size(),
                assessment.answers().get(stop.question().id()));
    }

    /** The analysts' answers to a disputed question, shown with it until and after the team answers. */
    private Optional<Event> disputeShown(Question question) {
        return Optional.ofNullable(assessment.disputed().get(question.id()))
                .map(answers -> new Event.DisputeShown(question, answers, assessment.answers().containsKey(question.id())));
    }

    private void next(List<Event> events) {
        if (route.advance()) {
            enter(true, events);
        } else {
            openReview(events);
        }
    }

    /** After something was given: on to the next stop still open, past what an earlier session filled. */
    private void nextAfterChange(List<Event> events) {
        if (route.advanceSkipping(this::open)) {
            enter(true, events);
        } else {
            openReview(events);
        }
    }

    private void openReview(List<Event> events) {
        aside = null;
        route.endDetour();
        reviewing = true;
        confirming = false;
        draft.clear();
        events.add(new ReviewShown(Scorer.score(rubric, assessment), assessment, criteriaInScope()));
    }

    private void quit(List<Event> events) {
        if (aside != null) {
            update(aside.kept(assessment, null), events);
        } else if (!reviewing) {
            keepDraft(events);
        }
        ending = Ending.QUIT;
    }

    private void detail(ProposalField field, String line, List<Event> events) {
        String input = line.strip();
        if (draft.empty() && input.isEmpty()) {
            skipDetail(field, events);
            return;
        }
        if (field.multiline() && !input.isEmpty()) {
            draft.addLine(line);
            return;
        }
        String value = field.multiline() ? draft.text() : input;
        if (field == ProposalField.URL && !Draft.LINK.matcher(value).matches()) {
            events.add(new Event.NotAWebAddress(value));
            return;
        }
        update(assessment.withProposal(field.with(assessment.proposal(), value)), events);
        next(events);
    }

    private void skipDetail(ProposalField field, List<Event> events) {
        if (field.required() && field.valueIn(assessment.proposal()) == null) {
            events.add(new Event.TitleNeeded());
        } else {
            next(events);
        }
    }

    private void rating(QuestionStop stop, String input, List<Event> events) {
        if (input.isEmpty()) {
            if (assessment.answers().containsKey(stop.question().id())) {
                next(events);
            } else {
                events.add(new Event.RatingNeeded());
            }
            return;
        }
        Optional<String> impact = Choices.of(input, rubric.scale(), ScaleEntry::key, ScaleEntry::label);
        if (impact.isEmpty()) {
            events.add(new Event.NotAChoice(input, prompt()));
            return;
        }
        draft.impact(impact.get());
        phase = Phase.CONFIDENCE;
    }

    private void confidence(QuestionStop stop, String input, List<Event> events) {
        if (input.isEmpty()) {
            draft.confidence(presetConfidence(assessment.answer(stop.question().id())));
            phase = Phase.RATIONALE;
            return;
        }
        Optional<String> key = Choices.of(input, rubric.confidence(), ConfidenceLevel::key, ConfidenceLevel::label);
        if (key.isEmpty()) {
            events.add(new Event.NotAChoice(input, prompt()));
            return;
        }
        draft.confidence(key.get());
        phase = Phase.RATIONALE;
    }

    private void rationale(QuestionStop stop, String line, List<Event> events) {
        if (!line.isBlank()) {
            draft.addRationaleLine(line);
            return;
        }
        Optional<Answer> current = assessment.answer(stop.question().id());
        boolean nothingGiven = !draft.hasLines() && current.map(Answer::rationale).isEmpty();
        if (nothingGiven && harmful(draft.impact()) && draft.insistOnce()) {
            events.add(new Event.ReasonNeeded(draft.impact()));
            return;
        }
        saveAnswer(stop, draft.answer(current), events);
    }

    private void saveAnswer(QuestionStop stop, Answer answer, List<Event> events) {
        update(assessment.withAnswers(order.withQuestion(assessment.answers(), stop.question().id(), answer)), events);
        nextAfterChange(events);
    }

    private void effect(Criterion criterion, String line, List<Event> events) {
        if (!line.isBlank()) {
            draft.addLine(line);
            return;
        }
        if (draft.hasLines()) {
            update(assessment.withEffects(order.withCriterion(assessment.effects(), criterion.id(), draft.text())), events);
            nextAfterChange(events);
        } else {
            next(events);
        }
    }

    private void field(BriefField field, String line, List<Event> events) {
        if (!line.isBlank()) {
            draft.addLine(line);
            return;
        }
        if (draft.hasLines()) {
            update(field.set(assessment, draft.lines().stream().map(String::strip).toList()), events);
        }
        if (field.key().equals(BriefField.RECOMMENDATIONS) && !assessment.recommendations().isEmpty()) {
            startAside(new ChangeSteps(rubric), ChangeSteps.begin(assessment), false, events);
        } else if (draft.hasLines()) {
            nextAfterChange(events);
        } else {
            next(events);
        }
    }

    private void startAside(Aside steps, Event shown, boolean fromReview, List<Event> events) {
        draft.clear();
        reviewing = false;
        aside = steps;
        asideFromReview = fromReview;
        events.add(shown);
    }

    /** Out of an aside: back to the review it came from, or on to the next stop still open. */
    private void leaveAside(List<Event> events) {
        aside = null;
        if (asideFromReview) {
            openReview(events);
        } else {
            nextAfterChange(events);
        }
    }

    private void review(String input, List<Event> events) {
        if (input.isEmpty()) {
            finish(events);
        } else {
            jump(input.toLowerCase(Locale.ROOT), events);
        }
    }

    /** To the question or criterion named by its id, or by the start of the one id that starts so. */
    private void jump(String typed, List<Event> events) {
        List<String> ids = reviewIds(rubric);
        List<String> matching = Choices.idsNamed(typed, ids);
        if (matching.size() > 1) {
            events.add(new Event.AmbiguousId(typed, matching));
            return;
        }
        if (matching.isEmpty()) {
            events.add(new Event.UnknownId(typed));
            return;
        }
        String id = matching.get(0);
        Optional<Question> question = rubric.question(id);
        if (id.equals(CHANGES)) {
            if (assessment.recommendations().isEmpty()) {
                events.add(new Event.NoRecommendations());
            } else {
                startAside(new ChangeSteps(rubric), ChangeSteps.begin(assessment), true, events);
            }
            return;
        }
        if (question.isPresent()) {
            route.startDetour(List.of(new QuestionStop(rubric.criterionOf(id).orElseThrow(), question.get())));
        } else if (id.equals(PROVISIONS)) {
            route.startDetour(List.of(new ProvisionStop()));
        } else if (id.equals("proposal")) {
            route.startDetour(Route.details());
        } else if (BriefField.ALL.stream().anyMatch(f -> f.key().equals(id))) {
            route.startDetour(List.of(new FieldStop(BriefField.ALL.stream().filter(f -> f.key().equals(id)).findFirst().orElseThrow())));
        } else {
            route.startDetour(List.of(new EffectStop(rubric.criterion(id).orElseThrow())));
        }
        enter(true, events);
    }

    /** Every id the review takes: the questions, the criteria, and {@code proposal}. */
    static List<String> reviewIds(Rubric rubric) {
        List<String> ids = new ArrayList<>(rubric.questions().stream().map(Question::id).toList());
        rubric.criteria().forEach(c -> ids.add(c.id()));
        ids.add("proposal");
        BriefField.ALL.forEach(f -> ids.add(f.key()));
        ids.add(PROVISIONS);
        ids.add(CHANGES);
        return ids;
    }

    /** What was typed for the current stop, saved when input stops or the user quits mid-answer. */
    private void keepDraft(List<Event> events) {
        Stop stop = route.current();
        if (stop instanceof QuestionStop question && draft.impact() != null) {
            Optional<Answer> current = assessment.answer(question.question().id());
            update(assessment.withAnswers(order.withQuestion(assessment.answers(), question.question().id(), draft.answer(current))), events);
        } else if (stop instanceof EffectStop effect && draft.hasLines()) {
            update(assessment.withEffects(order.withCriterion(assessment.effects(), effect.criterion().id(), draft.text())), events);
        } else if (stop instanceof FieldStop field && draft.hasLines()) {
            update(field.field().set(assessment, draft.lines().stream().map(String::strip).toList()), events);
        } else if (stop instanceof DetailStop detail && detail.field().multiline() && draft.hasLines()) {
            update(assessment.withProposal(detail.field().with(assessment.proposal(), draft.text())), events);
        }
    }

    private void update(Assessment next, List<Event> events) {
        if (next.equals(assessment)) {
            return;
        }
        Optional<String> unreadable = AssessmentLimits.problem(next);
        if (unreadable.isPresent()) {
            events.add(new Event.NotKept(unreadable.get()));
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
}
