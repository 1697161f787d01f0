package dev.iia.brief;

import dev.iia.assessment.LoadedAssessment;
import dev.iia.scoring.AssessmentScore;
import java.util.List;

/**
 * What changed between two assessments of the same rubric, as a view model for {@code iia diff}
 * (Markdown through the built-in template {@code diff.mustache}, or JSON). Only meaning counts:
 * comments, key order, line wrapping and spelling out the default confidence are no change.
 *
 * @param equal   true when nothing below changed
 * @param summary the change in one or two sentences
 * @param levels  every critical property, goal and enabler whose level or score changed
 * @param answers every answer changed, added or removed, in rubric order
 * @param effects the effects on people changed, added or removed
 * @param recommendationsChanged recommendations on both sides whose changes (the answers they would
 *                change if adopted) differ
 * @param residual the residual impact of each side, every recommendation adopted, when either side's
 *                recommendations say what they would change; else null
 * @param other   every other change in words: proposal, authors, version, date, context,
 *                assumptions, conclusions, the order of recommendations
 */
public record AssessmentDiff(String rubric, Side before, Side after, boolean equal, String summary,
                             List<LevelChange> levels, boolean hasLevels, List<AnswerChange> answers, boolean hasAnswers,
                             List<TextChange> effects, boolean hasEffects, List<String> recommendationsAdded,
                             List<String> recommendationsRemoved, List<String> recommendationsChanged,
                             boolean hasRecommendations, Residual residual, boolean hasResidual, List<String> other,
                             boolean hasOther) {

    public static AssessmentDiff of(LoadedAssessment before, AssessmentScore beforeScore, LoadedAssessment after,
                                    AssessmentScore afterScore) {
        return new DiffBuilder(before, beforeScore, after, afterScore).build();
    }

    /** One of the two assessments: where it is, what it is about, and its overall result. */
    public record Side(String file, String title, String version, String date, String level, String label, Double score,
                       String scoreText, String verdict, int answered, int questions) {
    }

    /**
     * A level or score that moved.
     *
     * @param kind       {@code critical property}, {@code goal} or {@code enabler}
     * @param changeText the score's change, {@code +0.25}, or {@code –} when either side has no score
     */
    public record LevelChange(String id, String title, String kind, String levelBefore, String labelBefore,
                              String levelAfter, String labelAfter, Double scoreBefore, String scoreBeforeText,
                              Double scoreAfter, String scoreAfterText, String changeText, boolean levelChanged) {
    }

    /**
     * An answer that changed, was added or was removed.
     *
     * @param change   {@code changed}, {@code added} or {@code removed}
     * @param before   the rating and confidence in words ({@code Negative, high confidence}), or {@code –}
     * @param what     what changed: {@code rating}, {@code confidence}, {@code rationale}, {@code evidence};
     *                 {@code whatText} joins them, or says {@code added} or {@code removed}
     */
    public record AnswerChange(String questionId, String question, String criterion, String change, String before,
                               String after, List<String> what, String whatText) {
    }

    /**
     * The residual impact before and after: the level and verdict of each side with all its
     * recommendations adopted.
     *
     * @param moved true when the residual level or verdict changed
     * @param text  how it moved, in a sentence
     */
    public record Residual(String levelBefore, String labelBefore, String verdictBefore, String levelAfter, String labelAfter,
                           String verdictAfter, boolean moved, String text) {
    }

    /** An effect on people that changed, was added or was removed ({@code change}). */
    public record TextChange(String criterionId, String title, String change) {
    }
}
