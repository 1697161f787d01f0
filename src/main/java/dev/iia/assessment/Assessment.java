package dev.iia.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers to one rubric about one proposal. It may be partial: a question without an answer is
 * unanswered, never a silent zero. Maps keep the order of the file.
 *
 * <p>A merged assessment (iia merge) also says who assessed together ({@code team}) and keeps every
 * analyst's answer to the questions they disagreed on ({@code disputed}, by question id). A disputed
 * question is not in {@code answers}, so it counts as unanswered until the team's own answer is added
 * there; its analysts' answers stay as the record of their views.
 */
public record Assessment(
        @JsonProperty("$schema") String schema,
        String rubric,
        Proposal proposal,
        List<Person> authors,
        List<Person> contributors,
        String version,
        String date,
        String context,
        List<String> assumptions,
        Map<String, Answer> answers,
        Map<String, String> effects,
        List<Provision> provisions,
        @JsonProperty("key-findings") List<String> keyFindings,
        @JsonProperty("call-to-action") String callToAction,
        String conclusions,
        List<Recommendation> recommendations,
        Map<String, List<DisputedAnswer>> disputed,
        Team team) {

    public Assessment {
        authors = authors == null ? List.of() : List.copyOf(authors);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        answers = answers == null ? Map.of() : unmodifiableCopy(answers);
        effects = effects == null ? Map.of() : unmodifiableCopy(effects);
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
        keyFindings = keyFindings == null ? List.of() : List.copyOf(keyFindings);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        disputed = disputed == null ? Map.of() : unmodifiableCopy(disputed);
    }

    /**
     * An assessment with the keys it had before the brief's fields (contributors, provisions, key
     * findings, call to action) and authors by name only; the dialogue and tests build them so.
     */
    public Assessment(String schema, String rubric, Proposal proposal, List<String> authors, String version, String date,
            String context, List<String> assumptions, Map<String, Answer> answers, Map<String, String> effects,
            String conclusions, List<String> recommendations) {
        this(schema, rubric, proposal, authors == null ? null : authors.stream().map(Person::named).toList(), null, version,
                date, context, assumptions, answers, effects, null, null, null, conclusions,
                recommendations == null ? null : recommendations.stream().map(Recommendation::plain).toList(), null, null);
    }

    private static <V> Map<String, V> unmodifiableCopy(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    public Optional<String> effect(String criterionId) {
        return Optional.ofNullable(effects.get(criterionId));
    }

    public Assessment withProposal(Proposal proposal) {
        return new Assessment(schema, rubric, proposal, authors, contributors, version, date, context, assumptions, answers,
                effects, provisions, keyFindings, callToAction, conclusions, recommendations, disputed, team);
    }

    public Assessment withRubric(String rubric) {
        return new Assessment(schema, rubric, proposal, authors, contributors, version, date, context, assumptions, answers,
                effects, provisions, keyFindings, callToAction, conclusions, recommendations, disputed, team);
    }

    public Assessment withAnswers(Map<String, Answer> answers) {
        return new Assessment(schema, rubric, proposal, authors, contributors, version, date, context, assumptions, answers,
                effects, provisions, keyFindings, callToAction, conclusions, recommendations, disputed, team);
    }

    /** The recommendations' texts, numbered from 1 as the brief numbers them. */
    public List<String> recommendationTexts() {
        return recommendations.stream().map(Recommendation::text).toList();
    }

    /** True when some recommendation says which answers it would change: then there is a residual impact. */
    public boolean hasRecommendedChanges() {
        return recommendations.stream().anyMatch(Recommendation::changesAnswers);
    }

    /**
     * The recommendations retyped as texts (as the dialogue takes them): a text written before keeps
     * the changes it carried, a new one has none.
     */
    public Assessment withRecommendationTexts(List<String> texts) {
        Map<String, Recommendation> known = new LinkedHashMap<>();
        recommendations.forEach(recommendation -> known.putIfAbsent(recommendation.text().strip(), recommendation));
        return withRecommendations(texts.stream()
                .map(text -> known.containsKey(text.strip()) ? known.get(text.strip()).withText(text) : Recommendation.plain(text))
                .toList());
    }

    public Assessment withRecommendations(List<Recommendation> recommendations) {
        return new Assessment(schema, rubric, proposal, authors, contributors, version, date, context, assumptions, answers,
                effects, provisions, keyFindings, callToAction, conclusions, recommendations, disputed, team);
    }

    public Assessment withProvisions(List<Provision> provisions) {
        return new Assessment(schema, rubric, proposal, authors, contributors, version, date, context, assumptions, answers,
                effects, provisions, keyFindings, callToAction, conclusions, recommendations, disputed, team);
    }

    public Assessment withDisputed(Map<String, List<DisputedAnswer>> disputed) {
        return new Assessment(schema, rubric, proposal, authors, contributors, version, date, context, assumptions, answers,
                effects, provisions, keyFindings, callToAction, conclusions, recommendations, disputed, team);
    }

    public Assessment withEffects(Map<String, String> effects) {
        return new Assessment(schema, rubric, proposal, authors, contributors, version, date, context, assumptions, answers,
                effects, provisions, keyFindings, callToAction, conclusions, recommendations, disputed, team);
    }
}
