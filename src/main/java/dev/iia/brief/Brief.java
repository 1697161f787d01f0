package dev.iia.brief;

import dev.iia.assessment.LoadedAssessment;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.Scorer;
import java.util.List;

/**
 * The view model of an Internet Impact Brief: everything a template may show, as plain data. The
 * same model is printed by {@code iia brief --format json} and fed to the Markdown templates, so its
 * record components are the keys templates use (docs/templates.md).
 *
 * <p>Conventions: a key holding a title, label or other short text is always one line; a key holding
 * a paragraph text ({@code summary}, {@code context}, {@code rationale}, {@code effect},
 * {@code conclusions}, {@code description}) keeps its paragraphs. Optional text is {@code null} when
 * absent, never missing. Numbers come rounded to two decimals, and beside each a {@code ...Text}
 * key formats it for reading ({@code -1.37}, {@code +0.50}, {@code –} when there is none).
 *
 * @param title        {@code Internet Impact Brief: } and the proposal's title
 * @param authorsText  the authors as one phrase ({@code A, B and C}), or null
 * @param context      paragraphs, or null
 * @param conclusions  the assessment's own conclusions (paragraphs), or null; the generated summary
 *                     sentence is {@code overall.summary}
 * @param residual     what the recommendations would restore, or null when none says which answers it
 *                     would change
 * @param team         the team of a merged assessment (iia merge), or null
 */
public record Brief(String title, ProposalInfo proposal, List<String> authors, String authorsText, String version,
                    String date, RubricInfo rubric, Overall overall, Methodology methodology, Markup context,
                    List<Markup> assumptions, List<CriterionView> properties, List<GoalView> goals, Markup conclusions,
                    List<Markup> recommendations, Front front, List<GlanceRow> glance, List<ProvisionView> provisions,
                    boolean hasProvisions, List<Reference> references, boolean hasReferences, List<Footnote> footnotes,
                    boolean hasFootnotes, TeamView team, ResidualView residual, boolean annex) {

    /** The same brief with the annex "How the levels were reached" ({@code iia brief --annex}) or without. */
    public Brief withAnnex(boolean annex) {
        return new Brief(title, proposal, authors, authorsText, version, date, rubric, overall, methodology, context,
                assumptions, properties, goals, conclusions, recommendations, front, glance, provisions, hasProvisions,
                references, hasReferences, footnotes, hasFootnotes, team, residual, annex);
    }

    public static Brief of(LoadedAssessment loaded, AssessmentScore score) {
        return new BriefBuilder(loaded, score).build();
    }

    /** The brief of an assessment not scored yet. */
    public static Brief of(LoadedAssessment loaded) {
        return of(loaded, Scorer.score(loaded.rubric(), loaded.assessment()));
    }

    /**
     * What opens the brief, as ISOC's briefs open.
     *
     * @param byline        the authors with their affiliations as one phrase, or null
     * @param contributors  the contributors likewise, or null
     * @param versionLine   {@code Version 1.0 (22 November 2026)}, or the date alone, or null
     * @param abstractLead  the generated opening of the Abstract, ending with the verdict sentence
     * @param keyFindings   the author's key findings (safe Markdown)
     * @param callToAction  the author's call to action, or null
     * @param methodology   the Methodology section's paragraphs, in words
     */
    public record Front(String byline, String contributors, String versionLine, String abstractLead,
                        List<Markup> keyFindings, boolean hasKeyFindings, Markup callToAction, List<String> methodology) {
    }

    /**
     * One row of the at-a-glance table.
     *
     * @param kind   {@code Critical property}, or the goal an enabler serves
     * @param impact the level in the toolkit's words: {@code Yes, strongly negative}, {@code No}
     * @param why    one line from the author's rationale
     * @param ifAdopted the impact with the recommendations that carry changes adopted, or null when none does
     */
    public record GlanceRow(String title, String kind, String impact, String why, String ifAdopted) {
    }

    /** One article or section of the proposal: what it does, what it touches and why (author text). */
    public record ProvisionView(String provision, Markup summary, String touches, Markup rationale) {
    }

    /** A numbered source; {@code text} is its title, publisher, date and address. */
    public record Reference(int number, String url, Markup text) {
    }

    /** A footnote of the author's, under the brief's own label: {@code [^label]: text}. */
    public record Footnote(String label, Markup text) {
    }

    /** What is assessed; every key but {@code summary} is one line, and any of them but title may be null. */
    public record ProposalInfo(String title, String jurisdiction, String sponsor, String status, String date, String url,
                               String summary) {
    }

    /** The rubric answered: {@code reference} is {@code id@version}. */
    public record RubricInfo(String id, String version, String reference, String title, String description,
                             String source) {
    }

    /**
     * The overall result.
     *
     * @param level      the worst level among the critical properties and the goals when one is harmed,
     *                   else the level of {@code score} (a level key, {@code unclear} or {@code not-assessed})
     * @param score      the mean of the critical properties' scores, or null
     * @param verdict    {@code Undermines 3 of 5 critical properties and harms 4 of 4 goals.}
     * @param summary    the generated sentences that open the conclusions
     * @param undermined titles of the critical properties at a negative level; {@code supported} at a
     *                   positive one; {@code harmed} and {@code helped} likewise for goals
     */
    public record Overall(String level, String label, Double score, String scoreText, String possibleRange,
                          int answered, int questions, String coverage, String verdict, String summary,
                          List<String> undermined, List<String> supported, List<String> harmed, List<String> helped,
                          List<String> trace) {
    }

    /**
     * How the brief was made, from the rubric: the scale, the confidence weights and the level rules,
     * each as a list and as one phrase for prose.
     */
    public record Methodology(List<ScaleItem> scale, String scaleText, List<ConfidenceItem> confidence,
                              String confidenceText, String defaultConfidence, List<LevelRule> levels,
                              String levelsText, String severeHarmText) {
    }

    /** An answer on the rubric's scale; {@code value} is null for answers left out of the score (unclear). */
    public record ScaleItem(String key, String label, Double value, String valueText) {
    }

    public record ConfidenceItem(String key, String label, double weight, String weightText) {
    }

    /** {@code rule} as people read it: {@code ≤ -1.25}, {@code < +0.25}, {@code otherwise}. */
    public record LevelRule(String level, String label, String rule) {
    }

    /**
     * A goal and its enablers.
     *
     * @param enablersText the enablers' titles as one phrase, for the methodology
     */
    public record GoalView(int number, String id, String title, String description, String enablersText, String level,
                           String label, Double score, String scoreText, String possibleRange, String bar, int answered,
                           int questions, String coverage, boolean tradeOff, boolean capped, List<Note> notes,
                           List<CriterionView> enablers, List<String> trace, String impact, String lead) {
    }

    /**
     * A critical property or an enabler.
     *
     * @param number          1-based position among the properties, or among its goal's enablers
     * @param goal            the goal id of an enabler; null for a critical property
     * @param possibleRange   {@code -1.59 to -0.21}: the scores still possible once the open questions
     *                        (unanswered or unclear) are answered; null when none is open
     * @param bar             the score as a text bar from the scale's lowest to its highest value,
     *                        {@code ░▇▇▇│░░░░}; {@code –} without a score
     * @param confidenceLabel the label of the confidence closest to the answers' mean, or {@code –}
     * @param notes           severe-harm cap and trade-off, in words
     * @param findings        every answered question in rubric order, unclear ones included
     * @param effect          the effect on people (paragraphs), or null
     * @param unanswered      the questions without an answer
     * @param unscored        the questions answered without a value (unclear), left out of the score
     * @param contributions   one row per answer for the score table of the appendix
     * @param trace           the formula and the rules that set the level, one line each
     */
    public record CriterionView(int number, String id, String title, String summary, String goal, String level,
                                String label, Double score, String scoreText, String possibleRange, String bar,
                                String confidence, String confidenceLabel, int answered, int questions, String coverage,
                                boolean assessed, boolean tradeOff, boolean capped, List<Note> notes,
                                List<Finding> findings, Markup effect, List<OpenQuestion> unanswered,
                                boolean hasUnanswered, List<OpenQuestion> unscored, boolean hasUnscored,
                                List<Row> contributions, boolean hasContributions, List<String> trace, String impact,
                                String why, Markup analysis) {
    }

    /** Something the reader must not miss about a level: {@code Severe harm}, {@code Trade-off}. */
    public record Note(String label, String text) {
    }

    /**
     * One answered question.
     *
     * @param impact    the scale key; {@code rating} is its label
     * @param scored    false for an answer without value (unclear)
     * @param rationale paragraphs, or null
     */
    public record Finding(String questionId, String question, String impact, String rating, boolean scored,
                          String confidence, String confidenceLabel, Markup rationale, List<Link> evidence,
                          boolean hasEvidence) {
    }

    /**
     * An evidence link: {@code url} as written, {@code href} made safe for a Markdown link destination
     * (spaces, brackets and parentheses percent-encoded), {@code text} the title or else the address.
     */
    public record Link(String url, String href, String text) {
    }

    /** A question that is open: not answered, or answered without value ({@code rating} then says how). */
    public record OpenQuestion(String id, String text, String rating) {
    }

    /**
     * What one answer adds to its criterion's score: {@code points = weight × confidenceWeight × value}.
     * Unscored answers count in neither sum: their {@code value}, {@code effectiveWeight} and
     * {@code points} are null ({@code –} in the texts).
     */
    public record Row(String questionId, String question, String impact, String rating, Double value, String valueText,
                      double weight, String weightText, String confidence, double confidenceWeight,
                      String confidenceWeightText, Double effectiveWeight, String effectiveWeightText, Double points,
                      String pointsText) {
    }
}
