package dev.iia.team;

import dev.iia.rubric.Rubric;
import java.math.BigDecimal;
import java.util.List;

/**
 * How far independent assessments of one proposal agree, as a view model for {@code iia agree}
 * (Markdown through the built-in template {@code agree.mustache}, or JSON; docs/team.md).
 *
 * @param analysts          the analysts' names, in the order of the files
 * @param alpha             Krippendorff's alpha for ordinal data over every question, to three
 *                          decimals, or null when it cannot be computed
 * @param alphaText         alpha as shown: {@code 0.712}, or {@code –}
 * @param reading           {@code good}, {@code tentative}, {@code unreliable}, {@code all alike} (every
 *                          pairable rating the same: alpha is undefined) or {@code not computable}
 *                          (no question rated by two analysts)
 * @param pairable          how many ratings count: those on questions rated by at least two analysts
 * @param pairableQuestions how many questions at least two analysts rated
 * @param levels            the overall level each analyst's answers give
 * @param criteria          per critical property and enabler at least one analyst answered: the
 *                          level each analyst's answers give, and alpha
 * @param toDiscuss         the questions rated two or more steps apart, or as harm by one and support by another
 * @param questions         every question at least one analyst answered, in rubric order
 */
public record Agreement(String proposal, String rubric, List<String> analysts, BigDecimal alpha, String alphaText,
                        String reading, int pairable, int pairableQuestions, List<AnalystLevel> levels,
                        List<CriterionAgreement> criteria, List<QuestionAgreement> toDiscuss, boolean hasToDiscuss,
                        List<QuestionAgreement> questions) {

    /** Compares the analysts' assessments, all answering {@code rubric}. */
    public static Agreement of(Rubric rubric, List<Analyst> analysts) {
        return new AgreementBuilder(rubric, analysts).build();
    }

    /** One analyst's level, by key ({@code negative}) and in words ({@code Negative}). */
    public record AnalystLevel(String analyst, String level, String label) {
    }

    /** A critical property or an enabler ({@code kind}) and how far its answers agree. */
    public record CriterionAgreement(String id, String title, String kind, List<AnalystLevel> levels, BigDecimal alpha,
                                     String alphaText, String reading, int pairable, int pairableQuestions) {
    }

    /**
     * One question and each analyst's rating, in the order of the analysts.
     *
     * @param why why it is to be discussed ({@code harm and support}, {@code 2 steps apart}), or null
     */
    public record QuestionAgreement(String id, String text, String criterion, List<Rating> ratings, boolean toDiscuss,
                                    String why) {
    }

    /**
     * An analyst's answer to a question; everything but {@code analyst} is null when unanswered.
     *
     * @param summary the rating and confidence in words ({@code Negative, high}), or {@code –}
     */
    public record Rating(String analyst, boolean answered, String impact, String label, String confidence,
                         String rationale, String summary) {
    }
}
