package dev.iia.interview;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.DisputedAnswer;
import dev.iia.assessment.Provision;
import dev.iia.assessment.Recommendation;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import java.util.List;
import java.util.Map;

/** Something the interview reports in reply to input: front ends show it; {@link Changed} is saved. */
public sealed interface Event {
    /** The proposal details begin. */
    record ProposalIntro() implements Event {
    }

    /** A criterion begins: its title, goal and summary. */
    record CriterionIntro(Criterion criterion) implements Event {
    }

    /** A question is asked: question {@code number} of {@code count} in scope, with its current answer or null. */
    record QuestionShown(Criterion criterion, Question question, int number, int count, Answer current) implements Event {
    }

    /** The question shown is disputed (iia merge): each analyst's answer, for the team to decide on. */
    record DisputeShown(Question question, List<DisputedAnswer> answers, boolean resolved) implements Event {
    }

    /**
     * {@code ?} was typed: help for what the prompt asks, and the keys it takes. {@code again} is true
     * for a second {@code ?} in a row, which adds what each choice means (kept apart so help fits a screen).
     */
    record Help(Prompt about, java.util.Set<Key> keys, boolean again) implements Event {
    }

    /** {@code o}: the questions in scope without an answer. */
    record OpenQuestions(List<Question> questions) implements Event {
    }

    /** {@code -}: an answer, detail, effect or field was removed; {@code what} names it. */
    record Cleared(String what) implements Event {
    }

    /** The questions of a criterion are done: its level so far, and its current effect on people or null. */
    record CriterionDone(CriterionScore score, String effect) implements Event {
    }

    /** A field of the brief is asked: its current lines, empty when not given. */
    record FieldShown(BriefField field, List<String> current) implements Event {
    }

    /** The review screen: every criterion in scope with its level and answers. */
    record ReviewShown(AssessmentScore score, Assessment assessment, List<Criterion> criteria) implements Event {
    }

    /** The analysis by provision begins: the provisions given so far. */
    record ProvisionsShown(List<Provision> provisions) implements Event {
    }

    /** A provision was saved. */
    record ProvisionSaved(String provision) implements Event {
    }

    /** Attaching changes begins: the recommendations, numbered from 1, each with the answers it changes. */
    record RecommendationsShown(List<Recommendation> recommendations) implements Event {
    }

    /** Recommendation {@code number} is picked: what it changes so far, and the answers as written to pick from. */
    record RecommendationPicked(int number, Recommendation recommendation, Map<String, Answer> answers) implements Event {
    }

    /** A question is picked: its answer as written and what the recommendation changes it to so far (each may be null). */
    record ChangeAsked(int number, Question question, Answer written, Answer change) implements Event {
    }

    /** The verdict as written and with recommendation {@code number} adopted, the change being made included. */
    record ResidualPreview(int number, AssessmentScore inherent, AssessmentScore residual) implements Event {
    }

    /** A change was kept: with recommendation {@code number} adopted, {@code question} would be {@code impact}. */
    record ChangeKept(int number, String question, String impact) implements Event {
    }

    /** A change was dropped before it was kept. */
    record ChangeDropped(int number, String question) implements Event {
    }

    /** The input was not understood or not enough; the same prompt follows. {@link Screens} words each kind. */
    sealed interface Hint extends Event {
    }

    /** {@code b} at the first stop. */
    record NothingBefore() implements Hint {
    }

    /** The title was skipped. */
    record TitleNeeded() implements Hint {
    }

    /** {@code r} before the proposal has a title. */
    record TitleBeforeReview() implements Hint {
    }

    /** A web address that does not start with http:// or https://. */
    record NotAWebAddress(String typed) implements Hint {
    }

    /** Enter at a rating not given yet. */
    record RatingNeeded() implements Hint {
    }

    /** Something that is neither a choice nor a command at a rating or confidence prompt. */
    record NotAChoice(String typed, Prompt at) implements Hint {
    }

    /** A harmful rating without a reason: asked once more. */
    record ReasonNeeded(String impact) implements Hint {
    }

    /** At the review: the start of several ids. */
    record AmbiguousId(String typed, List<String> matching) implements Hint {
    }

    /** {@code n} with every question answered. */
    record NoneOpen() implements Hint {
    }

    /** {@code -} at a prompt with nothing to clear. */
    record NothingToClear() implements Hint {
    }

    /** Not the number of a recommendation. */
    record NotARecommendation(String typed, int count) implements Hint {
    }

    /** At the review: changes, with no recommendation written yet. */
    record NoRecommendations() implements Hint {
    }

    /** No criterion id starts so. */
    record NotACriterion(String typed) implements Hint {
    }

    /** No question id starts so. */
    record NotAQuestion(String typed) implements Hint {
    }

    /** At the review: no id starts so. */
    record UnknownId(String typed) implements Hint {
    }

    /** A change iia could not read back once saved (a text too long, a control character): not kept. */
    record NotKept(String reason) implements Hint {
    }

    /** The assessment changed and can be saved (it has a proposal title). */
    record Changed(Assessment assessment) implements Event {
    }
}
