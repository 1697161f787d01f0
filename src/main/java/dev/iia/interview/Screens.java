package dev.iia.interview;

import static dev.iia.interview.ScreenText.endsASentence;
import static dev.iia.interview.ScreenText.excerpt;
import static dev.iia.interview.ScreenText.firstLine;
import static dev.iia.interview.ScreenText.paragraphs;
import static dev.iia.interview.ScreenText.reflow;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentFile;
import dev.iia.assessment.DisputedAnswer;
import dev.iia.assessment.Provision;
import dev.iia.assessment.Recommendation;
import dev.iia.interview.Console.Ask;
import dev.iia.problem.Suggestions;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.Levels;
import dev.iia.scoring.ScoreRow;
import dev.iia.scoring.WhatIf;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the interview looks like, the same for every front end: events and prompts as lines of
 * styled text. Paragraphs come as one line each; a front end wraps them to its width or leaves
 * them whole (screen readers and logs).
 */
public final class Screens {
    private static final java.util.Set<Key> WALKING = java.util.EnumSet.of(Key.HELP, Key.BACK, Key.SKIP, Key.CLEAR, Key.NEXT_OPEN,
            Key.OPEN_LIST, Key.REVIEW, Key.QUIT);

    private final Rubric rubric;
    private final HelpScreens helpScreens;

    public Screens(Rubric rubric) {
        this.rubric = rubric;
        this.helpScreens = new HelpScreens(rubric);
    }

    /** The first lines of a session: what is assessed, where it is saved, how much is done. */
    public List<Line> welcome(Interview interview, String file, boolean created) {
        List<Line> lines = new ArrayList<>();
        int questions = interview.questionsInScope().size();
        long properties = interview.criteriaInScope().stream().filter(Criterion::isProperty).count();
        long enablers = interview.criteriaInScope().size() - properties;
        String what = interview.scope() == Scope.CRITICAL_PROPERTIES
                ? "a quick assessment: the " + questions + " questions on the " + count(properties, "critical property", "critical properties")
                : questions + " questions on " + count(properties, "critical property", "critical properties") + " and "
                        + count(enablers, "enabler", "enablers");
        if (created) {
            lines.add(Line.of("New assessment " + file + " with rubric " + rubric.reference() + " (" + rubric.title() + "): " + what + ".",
                    Tone.HEADING));
        } else {
            lines.add(Line.of("Resuming " + file + ": " + interview.answeredInScope() + " of " + questions + " answered; " + what + ".",
                    Tone.HEADING));
        }
        lines.add(Line.of("Each answer is saved as soon as it is given. Keys: number or key to answer, " + keys(WALKING) + ".", Tone.MUTED));
        return lines;
    }

    public List<Line> render(Event event) {
        List<Line> lines;
        if (event instanceof Event.ProposalIntro) {
            lines = List.of(Line.empty(), Line.of("About the proposal", Tone.HEADING),
                    Line.of("What do you assess? Only the title is required; Enter skips the other details.", Tone.MUTED));
        } else if (event instanceof Event.CriterionIntro intro) {
            lines = criterionIntro(intro.criterion());
        } else if (event instanceof Event.QuestionShown shown) {
            lines = question(shown);
        } else if (event instanceof Event.DisputeShown dispute) {
            lines = dispute(dispute);
        } else if (event instanceof Event.Help help) {
            lines = help.again() ? helpScreens.choices(help.about()) : helpScreens.help(help.about(), help.keys());
        } else if (event instanceof Event.FieldShown field) {
            lines = fieldShown(field);
        } else if (event instanceof Event.OpenQuestions open) {
            lines = openQuestions(open.questions());
        } else if (event instanceof Event.Cleared cleared) {
            lines = List.of(Line.of("Cleared " + cleared.what() + ".", Tone.MUTED));
        } else if (event instanceof Event.CriterionDone done) {
            lines = criterionDone(done.score(), done.effect());
        } else if (event instanceof Event.ReviewShown review) {
            lines = review(review.score(), review.assessment(), review.criteria());
        } else if (event instanceof Event.Hint hint) {
            lines = List.of(Line.of(hint(hint), Tone.HINT));
        } else if (event instanceof Event.ProvisionsShown shown) {
            lines = provisions(shown.provisions());
        } else if (event instanceof Event.ProvisionSaved saved) {
            lines = List.of(Line.of("Saved the provision " + saved.provision() + ". Type another, or press Enter when done.", Tone.MUTED));
        } else if (event instanceof Event.RecommendationsShown shown) {
            lines = recommendations(shown.recommendations());
        } else if (event instanceof Event.RecommendationPicked picked) {
            lines = recommendationPicked(picked);
        } else if (event instanceof Event.ChangeAsked asked) {
            lines = changeAsked(asked);
        } else if (event instanceof Event.ResidualPreview preview) {
            lines = residualPreview(preview);
        } else if (event instanceof Event.ChangeKept kept) {
            lines = List.of(Line.of("Kept: with recommendation " + kept.number() + " adopted, " + kept.question() + " would be ", Tone.MUTED)
                    .plus(kept.impact(), Tone.of(rubric, kept.impact())).plus(".", Tone.MUTED));
        } else if (event instanceof Event.ChangeDropped dropped) {
            lines = List.of(Line.of("Not kept: what recommendation " + dropped.number() + " changes in " + dropped.question()
                    + " stays as it was.", Tone.MUTED));
        } else {
            lines = List.of();
        }
        return lines;
    }

    public Ask ask(Prompt prompt) {
        return ask(prompt, java.util.Set.of());
    }

    /** The prompt for what is asked; at a choice, the single keys a terminal may take without Enter among {@code keys}. */
    public Ask ask(Prompt prompt, java.util.Set<Key> keys) {
        if (prompt instanceof Prompt.Detail detail) {
            return new Ask(detailPrompt(detail), List.of());
        }
        if (prompt instanceof Prompt.Rating rating) {
            List<String> choices = rubric.scale().stream().map(ScaleEntry::key).toList();
            List<String> labels = rubric.scale().stream().map(ScaleEntry::label).toList();
            return new Ask("Rating (1–" + rubric.scale().size() + (rating.answered() ? ", Enter keeps it" : ", ? for help") + "): ",
                    choices, singleKeys(choices, labels, keys));
        }
        if (prompt instanceof Prompt.Confidence confidence) {
            List<String> choices = rubric.confidence().stream().map(ConfidenceLevel::key).toList();
            List<String> labels = rubric.confidence().stream().map(ConfidenceLevel::label).toList();
            return new Ask("How sure are you? " + numbered(choices) + " [Enter: " + confidence.preset() + "]: ", choices,
                    singleKeys(choices, labels, keys));
        }
        if (prompt instanceof Prompt.Rationale rationale) {
            return new Ask(rationale.continuation() ? "  > "
                    : "Why? Lines of text, an empty line ends" + (rationale.keepsCurrent() ? " (Enter keeps the current one)" : "") + ": ",
                    List.of());
        }
        if (prompt instanceof Prompt.Field field) {
            return new Ask(field.continuation() ? "  > "
                    : field.field().label() + ", an empty line ends (Enter " + (field.keepsCurrent() ? "keeps the current one" : "skips")
                            + "): ", List.of());
        }
        if (prompt instanceof Prompt.ConfirmFinish confirm) {
            return new Ask(count(confirm.open(), "question is", "questions are") + " still open. Finish anyway? "
                    + "y finishes, n goes to the next open one, Enter returns to the review: ", List.of("y", "n"));
        }
        if (prompt instanceof Prompt.Effect effect) {
            return new Ask(effect.continuation() ? "  > "
                    : "Effect on people, an empty line ends (Enter " + (effect.keepsCurrent() ? "keeps the current one" : "skips") + "): ",
                    List.of());
        }
        if (prompt instanceof Prompt.ProvisionName) {
            return new Ask("Article or section (Enter when done): ", List.of());
        }
        if (prompt instanceof Prompt.ProvisionSummary provision) {
            return new Ask("What does it do? A line (Enter " + (provision.current() != null ? "keeps: " + excerpt(provision.current())
                    : "skips") + "): ", List.of());
        }
        if (prompt instanceof Prompt.ProvisionCriteria provision) {
            return new Ask("Criteria it touches, ids such as " + exampleCriteria() + " (Enter " + (provision.current().isEmpty() ? "skips"
                    : "keeps: " + String.join(", ", provision.current())) + "): ", rubric.criteria().stream().map(Criterion::id).toList());
        }
        if (prompt instanceof Prompt.ProvisionRationale provision) {
            return new Ask(provision.continuation() ? "  > "
                    : "Why? Lines of text, an empty line ends" + (provision.keepsCurrent() ? " (Enter keeps the current one)" : "") + ": ",
                    List.of());
        }
        if (prompt instanceof Prompt.ChangeRecommendation change) {
            return new Ask("Number of a recommendation (" + (change.count() == 1 ? "1" : "1–" + change.count()) + "), Enter when done: ",
                    List.of());
        }
        if (prompt instanceof Prompt.ChangeQuestion change) {
            return new Ask("Question recommendation " + change.number() + " would change (its id), Enter when done: ",
                    rubric.questions().stream().map(Question::id).toList());
        }
        if (prompt instanceof Prompt.ChangeImpact change) {
            List<String> choices = rubric.scale().stream().map(ScaleEntry::key).toList();
            List<String> labels = rubric.scale().stream().map(ScaleEntry::label).toList();
            return new Ask("Rating with recommendation " + change.number() + " adopted (1–" + rubric.scale().size()
                    + (change.current() != null ? ", Enter keeps it" : "") + "): ", choices, singleKeys(choices, labels, keys));
        }
        if (prompt instanceof Prompt.KeepChange) {
            return new Ask("Why would it change? A line if you like; Enter keeps the change, n drops it: ", List.of());
        }
        return new Ask("Id to change, or Enter to finish: ", reviewIds());
    }

    private List<Line> provisions(List<Provision> provisions) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        lines.add(Line.of("Analysis by provision", Tone.HEADING));
        lines.add(Line.of("Take the proposal article by article, as ISOC's guide advises: for each, what it does, the criteria it"
                + " touches and why. The brief has a section for them. Optional: Enter or s goes on.", Tone.MUTED));
        for (Provision provision : provisions) {
            lines.add(Line.of("  " + provision.provision() + (provision.summary() == null ? "" : ": " + excerpt(provision.summary())))
                    .plus(provision.criteria().isEmpty() ? "" : " (" + String.join(", ", provision.criteria()) + ")", Tone.MUTED).hanging(4));
        }
        if (!provisions.isEmpty()) {
            lines.add(Line.of("Type the name of one to change it (- at its first question removes it), or a new one.", Tone.MUTED));
        }
        return lines;
    }

    private String exampleCriteria() {
        return rubric.criteria().stream().limit(2).map(Criterion::id).collect(Collectors.joining(", "));
    }

    private List<Line> recommendations(List<Recommendation> recommendations) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        lines.add(Line.of("What would each recommendation change?", Tone.HEADING));
        lines.add(Line.of("A recommendation can say which answers it would change if adopted; score --what-if and the brief then"
                + " show the residual impact beside the assessment's. Optional.", Tone.MUTED));
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation recommendation = recommendations.get(i);
            String lead = "  " + (i + 1) + ". ";
            lines.add(Line.of(lead + excerpt(recommendation.text())).plus(" (" + (recommendation.changesAnswers()
                    ? "changes " + String.join(", ", recommendation.changes().keySet()) : "changes nothing yet") + ")", Tone.MUTED)
                    .hanging(lead.length()));
        }
        return lines;
    }

    private List<Line> recommendationPicked(Event.RecommendationPicked picked) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        lines.add(Line.of("Recommendation " + picked.number() + ": " + excerpt(picked.recommendation().text()), Tone.HEADING));
        Line changes = Line.of("  Changes so far: ", Tone.MUTED);
        if (!picked.recommendation().changesAnswers()) {
            changes = changes.plus("none", Tone.MUTED);
        }
        boolean first = true;
        for (var change : picked.recommendation().changes().entrySet()) {
            changes = changes.plus((first ? "" : ", ") + change.getKey() + " ").plus(change.getValue().impact(),
                    Tone.of(rubric, change.getValue().impact()));
            first = false;
        }
        lines.add(changes.hanging(4));
        Line answered = Line.of("  Answered: ", Tone.MUTED);
        if (picked.answers().isEmpty()) {
            answered = answered.plus("none yet", Tone.MUTED);
        }
        first = true;
        for (var answer : picked.answers().entrySet()) {
            answered = answered.plus((first ? "" : ", ") + answer.getKey() + " ").plus(answer.getValue().impact(),
                    Tone.of(rubric, answer.getValue().impact()));
            first = false;
        }
        lines.add(answered.hanging(4));
        return lines;
    }

    private List<Line> changeAsked(Event.ChangeAsked asked) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        lines.add(Line.of(asked.question().text(), Tone.HEADING).plus(" (" + asked.question().id() + ")", Tone.MUTED));
        lines.add(asked.written() == null ? Line.of("  As written: not answered", Tone.MUTED)
                : Line.of("  As written: ").plus(answer(asked.written())).hanging(4));
        if (asked.change() != null) {
            Line change = Line.of("  With recommendation " + asked.number() + " adopted: ").plus(answer(asked.change()));
            lines.add(change.plus((endsASentence(change.text()) ? "" : ".") + " Enter keeps it; - removes it.", Tone.MUTED).hanging(4));
        }
        Line choices = Line.of(" ");
        for (int i = 0; i < rubric.scale().size(); i++) {
            String key = rubric.scale().get(i).key();
            choices = choices.plus((i == 0 ? " " : "   ") + (i + 1) + " ").plus(key, Tone.of(rubric, key));
        }
        lines.add(choices);
        return lines;
    }

    private List<Line> residualPreview(Event.ResidualPreview preview) {
        String adopted = "  With recommendation " + preview.number() + " adopted: ";
        String written = "  As written: ";
        String pad = " ".repeat(adopted.length() - written.length());
        return List.of(
                Line.of(written + pad).plus(Levels.label(rubric, preview.inherent().level()), Tone.of(rubric, preview.inherent().level()))
                        .plus(". " + preview.inherent().verdict().text()).hanging(adopted.length()),
                Line.of(adopted).plus(Levels.label(rubric, preview.residual().level()), Tone.of(rubric, preview.residual().level()))
                        .plus(". " + preview.residual().verdict().text()).hanging(adopted.length()));
    }

    /** The end of a finished interview: every property and goal with its level, and the verdict. */
    public List<Line> summary(AssessmentScore score, String file) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        lines.add(Line.of("Finished: " + score.answered() + " of " + score.total() + " questions answered, saved in " + file + ".",
                Tone.HEADING));
        List<ScoreRow> rows = ScoreRow.of(score);
        Table table = new Table().headings("CRITICAL PROPERTY", "LEVEL", "SCORE", "ANSWERED");
        rows.stream().filter(row -> row.kind() == ScoreRow.Kind.PROPERTY).forEach(row -> table.row(summaryRow(row)));
        table.headings("GOAL", "LEVEL", "SCORE", "ANSWERED");
        rows.stream().filter(row -> row.kind() == ScoreRow.Kind.GOAL).forEach(row -> table.row(summaryRow(row)));
        lines.addAll(table.lines("  "));
        lines.add(Line.of("Overall: ").plus(Levels.label(rubric, score.level()), Tone.of(rubric, score.level()))
                .plus(". " + score.verdict().text()));
        return lines;
    }

    /** The one line after a session stopped before finishing: what is saved and how to go on. */
    public Line stopped(Session.Result how, Interview interview, String file, String resumeCommand) {
        String why = switch (how) {
            case INTERRUPTED -> "Interrupted. ";
            case END_OF_INPUT -> "End of input. ";
            default -> "";
        };
        if (!interview.saveable()) {
            return Line.of(why + "Nothing saved: " + file + " is written once the proposal has a title.");
        }
        return Line.of(why + "Saved " + interview.answeredInScope() + " of " + interview.questionsInScope().size() + " answers in " + file
                + ". Resume with: " + resumeCommand);
    }

    public Line backup(AssessmentFile.Backup backup, String file) {
        String copy = backup.path().getFileName().toString();
        return Line.of(backup.reason() == AssessmentFile.BackupReason.LAYOUT
                ? "Kept the original " + file + " as " + copy + ": saving rewrites the file in iia's layout, without its comments."
                : file + " was changed outside this session: kept that version as " + copy + ".", Tone.HINT);
    }

    private List<Line> criterionIntro(Criterion criterion) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        if (criterion.isProperty()) {
            lines.add(Line.of("Critical property " + (rubric.properties().indexOf(criterion) + 1) + " of " + rubric.properties().size()
                    + ": " + criterion.title(), Tone.HEADING));
        } else {
            lines.add(Line.of("Enabler " + (rubric.enablers().indexOf(criterion) + 1) + " of " + rubric.enablers().size()
                    + " (goal: " + goalTitle(criterion) + "): " + criterion.title(), Tone.HEADING));
        }
        lines.addAll(paragraphs(criterion.summary(), ""));
        return lines;
    }

    private List<Line> question(Event.QuestionShown shown) {
        List<Line> lines = new ArrayList<>();
        Criterion criterion = shown.criterion();
        String context = criterion.isProperty() ? "Critical property" : goalTitle(criterion);
        lines.add(Line.empty());
        lines.add(Line.of("[" + shown.number() + "/" + shown.count() + "] " + context + " › " + criterion.title(), Tone.MUTED));
        lines.add(Line.of(shown.question().text(), Tone.HEADING).plus(" (" + shown.question().id() + ")", Tone.MUTED));
        Line choices = Line.of(" ");
        for (int i = 0; i < rubric.scale().size(); i++) {
            String key = rubric.scale().get(i).key();
            choices = choices.plus((i == 0 ? " " : "   ") + (i + 1) + " ").plus(key, Tone.of(rubric, key));
        }
        lines.add(choices);
        if (shown.current() != null) {
            Line current = Line.of("  Current answer: ").plus(answer(shown.current()));
            lines.add(current.plus((endsASentence(current.text()) ? "" : ".") + " Enter keeps it.", Tone.MUTED));
        }
        return lines;
    }

    /** The analysts' answers to a disputed question, each whole, before the team's own. */
    private List<Line> dispute(Event.DisputeShown dispute) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(dispute.resolved() ? "  The analysts answered differently; the answer above is the team's."
                : "  Disputed: the analysts answered differently. Give the team's answer.", Tone.HINT));
        for (DisputedAnswer answer : dispute.answers()) {
            String lead = "    " + answer.analyst() + ": ";
            Line line = Line.of(lead).plus(answer.impact(), Tone.of(rubric, answer.impact()))
                    .plus(", " + (answer.confidence() != null ? answer.confidence() : rubric.defaultConfidence()) + " confidence");
            line = answer.rationale() == null ? line.plus(", no rationale", Tone.MUTED) : line.plus(". " + reflow(answer.rationale()));
            lines.add(line.hanging(lead.length()));
            answer.evidence().forEach(link -> lines.add(Line.of(" ".repeat(lead.length()) + link.url(), Tone.MUTED)));
        }
        return lines;
    }

    private List<Line> criterionDone(CriterionScore score, String effect) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        lines.add(Line.of(score.criterion().title() + " so far: ").plus(Levels.label(rubric, score.level()), Tone.of(rubric, score.level()))
                .plus(" (" + details(score) + ")"));
        lines.add(Line.of("Who is affected by this impact, and how? For example: prices rise for users, small providers close.",
                Tone.MUTED));
        if (effect != null) {
            lines.add(Line.of("  Current effect on people: " + firstLine(effect), Tone.MUTED));
        }
        return lines;
    }

    private List<Line> review(AssessmentScore score, Assessment assessment, List<Criterion> criteria) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        long answered = criteria.stream().flatMap(c -> c.questions().stream()).filter(q -> assessment.answers().containsKey(q.id())).count();
        long questions = criteria.stream().mapToLong(c -> c.questions().size()).sum();
        lines.add(Line.of("Review: " + assessment.proposal().title() + " (" + answered + " of " + questions + " answered)", Tone.HEADING));
        lines.add(Line.of("Overall so far: ").plus(Levels.label(rubric, score.level()), Tone.of(rubric, score.level()))
                .plus(". " + score.verdict().text()));
        String group = null;
        for (Criterion criterion : criteria) {
            String criterionGroup = criterion.isProperty() ? "Critical properties" : "Goal: " + goalTitle(criterion);
            if (!criterionGroup.equals(group)) {
                group = criterionGroup;
                lines.add(Line.empty());
                lines.add(Line.of(group, Tone.HEADING));
            }
            CriterionScore criterionScore = score.criteria().stream().filter(c -> c.criterion().equals(criterion)).findFirst().orElseThrow();
            lines.add(Line.of("  " + criterion.id() + ": ").plus(Levels.label(rubric, criterionScore.level()), Tone.of(rubric, criterionScore.level()))
                    .plus(" (" + details(criterionScore) + ")"));
            int idWidth = criterion.questions().stream().mapToInt(q -> q.id().length()).max().orElse(0);
            for (Question question : criterion.questions()) {
                String id = "    " + question.id() + " ".repeat(idWidth - question.id().length()) + "  ";
                lines.add(assessment.answer(question.id()).map(a -> Line.of(id).plus(answer(a)))
                        .orElse(Line.of(id).plus(assessment.disputed().containsKey(question.id()) ? "disputed, not answered"
                                : "not answered", Tone.MUTED)).hanging(id.length()));
            }
            String effect = assessment.effects().get(criterion.id());
            lines.add(Line.of("    effect on people: ", Tone.MUTED).plus(effect == null ? "none given" : excerpt(effect),
                    effect == null ? Tone.MUTED : Tone.PLAIN));
        }
        lines.add(Line.empty());
        lines.add(Line.of("The brief", Tone.HEADING));
        for (BriefField field : BriefField.ALL) {
            List<String> value = field.valueIn(assessment);
            String pad = " ".repeat(Math.max(1, 16 - field.key().length()));
            lines.add(Line.of("  " + field.key() + pad, Tone.PLAIN)
                    .plus(value.isEmpty() ? "none given" : excerpt(String.join("\n", value)), value.isEmpty() ? Tone.MUTED : Tone.PLAIN));
        }
        lines.add(Line.of("  " + Interview.PROVISIONS + " ".repeat(16 - Interview.PROVISIONS.length()))
                .plus(assessment.provisions().isEmpty() ? "none given" : excerpt(assessment.provisions().stream().map(Provision::provision)
                        .collect(Collectors.joining(", "))), assessment.provisions().isEmpty() ? Tone.MUTED : Tone.PLAIN));
        long changing = assessment.recommendations().stream().filter(Recommendation::changesAnswers).count();
        lines.add(Line.of("  " + Interview.CHANGES + " ".repeat(16 - Interview.CHANGES.length()))
                .plus(changing == 0 ? "none given" : (changing == 1 ? "recommendation " : "recommendations ")
                        + String.join(", ", WhatIf.changing(assessment).stream().map(String::valueOf).toList()) + " of "
                        + assessment.recommendations().size() + (changing == 1 ? " says what it" : " say what they") + " would change", changing == 0 ? Tone.MUTED : Tone.PLAIN));
        lines.add(Line.empty());
        lines.add(reviewKeys());
        return lines;
    }

    static Line reviewKeys() {
        return Line.of("Type a question id to change its answer, a criterion id to change its effect on people, proposal,"
                + " or a part of the brief (" + BriefField.ALL.stream().map(BriefField::key).collect(Collectors.joining(", "))
                + "), provisions, or changes to say what a recommendation would change; Enter or f finishes; n goes to the next open question, o lists them; b goes back; q saves and quits.", Tone.MUTED);
    }

    /**
     * What one keystroke may answer, as {@code git add -p} takes it: the numbers of the choices (up to
     * 9), and the one-letter commands no choice begins with (so typing a word still works). Clearing
     * always needs Enter.
     */
    private static java.util.Set<String> singleKeys(List<String> choices, List<String> labels, java.util.Set<Key> keys) {
        java.util.Set<String> single = new java.util.LinkedHashSet<>();
        if (choices.size() <= 9) {
            for (int i = 1; i <= choices.size(); i++) {
                single.add(String.valueOf(i));
            }
        }
        keys.stream().filter(key -> key != Key.CLEAR).map(Key::word)
                .filter(word -> java.util.stream.Stream.concat(choices.stream(), labels.stream())
                        .noneMatch(choice -> choice.toLowerCase(java.util.Locale.ROOT).startsWith(word)))
                .forEach(single::add);
        return single;
    }

    /** The keys a prompt takes, in the words of the key table: {@code ? help, b back, s skip}. */
    static String keys(java.util.Set<Key> keys) {
        return keys.stream().map(key -> key.word() + " " + switch (key) {
            case HELP -> "help";
            case BACK -> "back";
            case SKIP -> "skip";
            case CLEAR -> "clear";
            case NEXT_OPEN -> "next open question";
            case OPEN_LIST -> "open questions";
            case REVIEW -> "review";
            case QUIT -> "save and quit";
            case FINISH -> "finish";
        }).collect(Collectors.joining(", "));
    }

    private List<Line> fieldShown(Event.FieldShown shown) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.empty());
        lines.add(Line.of(shown.field().help(), Tone.MUTED));
        if (!shown.current().isEmpty()) {
            lines.add(Line.of("  Current " + shown.field().key() + ": " + excerpt(String.join("\n", shown.current())), Tone.MUTED));
        }
        return lines;
    }

    private List<Line> openQuestions(List<Question> open) {
        if (open.isEmpty()) {
            return List.of(Line.of("Every question is answered."));
        }
        return List.of(Line.of(count(open.size(), "question is", "questions are") + " open: "
                + open.stream().map(Question::id).collect(Collectors.joining(", ")) + ". n goes to the next one.").hanging(2));
    }

    private static String detailPrompt(Prompt.Detail detail) {
        if (detail.continuation()) {
            return "  > ";
        }
        String label = switch (detail.field()) {
            case TITLE -> "Title of the proposal";
            case JURISDICTION -> "Jurisdiction (country, region or organisation)";
            case SPONSOR -> "Sponsor (who proposes it)";
            case STATUS -> "Status (draft, adopted, in force...)";
            case DATE -> "Date (such as 2022-05-11)";
            case URL -> "Web address of its text";
            case SUMMARY -> "Summary, an empty line ends";
        };
        if (detail.current() != null) {
            return label + " [Enter keeps: " + excerpt(detail.current()) + "]: ";
        }
        return label + (detail.field().required() ? "" : " (Enter skips)") + ": ";
    }

    private List<String> reviewIds() {
        return Interview.reviewIds(rubric);
    }

    /** One line that says why the same prompt comes again and what to type. */
    String hint(Event.Hint hint) {
        if (hint instanceof Event.NothingBefore) {
            return "This is the first question: there is nothing before it.";
        }
        if (hint instanceof Event.TitleNeeded) {
            return "A title is needed: the name of the law, regulation, decision or technology you assess.";
        }
        if (hint instanceof Event.TitleBeforeReview) {
            return "Give the proposal a title first; then r shows the review.";
        }
        if (hint instanceof Event.NotAWebAddress address) {
            return "'" + address.typed() + "' is not a web address: it starts with http:// or https://. Enter skips it.";
        }
        if (hint instanceof Event.RatingNeeded) {
            return "Type a number from 1 to " + rubric.scale().size() + " or a key such as " + exampleKey()
                    + "; ? shows help, s skips the question.";
        }
        if (hint instanceof Event.NotAChoice notAChoice) {
            return notAChoice(notAChoice);
        }
        if (hint instanceof Event.ReasonNeeded reason) {
            return "A " + rubric.levelLabel(reason.impact()).toLowerCase(java.util.Locale.ROOT)
                    + " rating needs a reason: what in the proposal causes the harm? Type it, or press Enter again to leave it empty.";
        }
        if (hint instanceof Event.AmbiguousId ambiguous) {
            return "'" + ambiguous.typed() + "' starts several ids: " + String.join(", ", ambiguous.matching()) + ". Type more of one.";
        }
        if (hint instanceof Event.NoneOpen) {
            return "Every question is answered; r shows the review.";
        }
        if (hint instanceof Event.NothingToClear) {
            return "There is nothing to clear here.";
        }
        if (hint instanceof Event.NotARecommendation not) {
            return "'" + not.typed() + "' is not a recommendation's number: type 1" + (not.count() > 1 ? " to " + not.count() : "")
                    + ", or press Enter when done.";
        }
        if (hint instanceof Event.NotACriterion not) {
            String suggestion = Suggestions.didYouMean(not.typed(), rubric.criteria().stream().map(Criterion::id).toList());
            return "'" + not.typed() + "' is not a criterion id" + (suggestion.isEmpty() ? "." : suggestion)
                    + " Type ids such as " + exampleCriteria() + ", or press Enter for none.";
        }
        if (hint instanceof Event.NotAQuestion not) {
            String suggestion = Suggestions.didYouMean(not.typed(), rubric.questions().stream().map(Question::id).toList());
            return "'" + not.typed() + "' is not a question id" + (suggestion.isEmpty() ? "." : suggestion)
                    + " Type the id of a question the recommendation would change, or press Enter when done.";
        }
        if (hint instanceof Event.NoRecommendations) {
            return "There are no recommendations yet: type recommendations to write them first.";
        }
        if (hint instanceof Event.NotKept notKept) {
            return notKept.reason() + " This change was not kept.";
        }
        Event.UnknownId unknown = (Event.UnknownId) hint;
        String suggestion = Suggestions.didYouMean(unknown.typed(), reviewIds());
        return "'" + unknown.typed() + "' is not a question or criterion id" + (suggestion.isEmpty() ? "." : suggestion)
                + " Type an id from the list to change it, Enter to finish, q to save and quit.";
    }

    private String notAChoice(Event.NotAChoice hint) {
        List<String> keys;
        String advice;
        if (hint.at() instanceof Prompt.Confidence confidence) {
            keys = rubric.confidence().stream().map(ConfidenceLevel::key).toList();
            advice = "Choose 1–" + keys.size() + " or a key such as " + keys.get(0) + "; Enter means " + confidence.preset();
        } else {
            keys = rubric.scale().stream().map(ScaleEntry::key).toList();
            advice = "Choose 1–" + keys.size() + " or a key such as " + exampleKey() + "; ? shows help";
        }
        String suggestion = Suggestions.didYouMean(hint.typed(), keys);
        return "'" + hint.typed() + "' is not a choice" + (suggestion.isEmpty() ? "." : suggestion) + " " + advice + ".";
    }

    private String exampleKey() {
        return rubric.scale().get(Math.min(1, rubric.scale().size() - 1)).key();
    }

    /** {@code negative, high confidence: first words of the rationale}. */
    private Line answer(Answer answer) {
        Line line = Line.of(answer.impact(), Tone.of(rubric, answer.impact()))
                .plus(", " + (answer.confidence() != null ? answer.confidence() : rubric.defaultConfidence()) + " confidence");
        return answer.rationale() == null ? line.plus(", no rationale", Tone.MUTED) : line.plus(": " + excerpt(answer.rationale()));
    }

    private String details(CriterionScore score) {
        List<String> parts = new ArrayList<>();
        if (score.score() != null) {
            parts.add("score " + Numbers.signed(score.score()));
        }
        parts.add(score.answered() + " of " + score.total() + " answered");
        parts.addAll(ScoreRow.notes(score.tradeOff(), score.capped(), score.possibleHarm()));
        return String.join(", ", parts);
    }

    private String goalTitle(Criterion criterion) {
        return rubric.goal(criterion.goal()).map(g -> g.title()).orElse(criterion.goal());
    }

    private List<Line.Span> summaryRow(ScoreRow row) {
        return List.of(new Line.Span(row.id(), Tone.PLAIN), new Line.Span(Levels.label(rubric, row.level()), Tone.of(rubric, row.level())),
                new Line.Span(signed(row.score()), Tone.PLAIN), new Line.Span(row.coverage(), Tone.PLAIN));
    }

    private static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String signed(Double score) {
        return score == null ? "-" : Numbers.signed(score);
    }

    private static String numbered(List<String> keys) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parts.add((i + 1) + " " + keys.get(i));
        }
        return String.join(", ", parts);
    }
}
