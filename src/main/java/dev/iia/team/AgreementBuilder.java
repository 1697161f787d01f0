package dev.iia.team;

import dev.iia.assessment.Answer;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.Levels;
import dev.iia.scoring.Scorer;
import dev.iia.team.Agreement.AnalystLevel;
import dev.iia.team.Agreement.CriterionAgreement;
import dev.iia.team.Agreement.QuestionAgreement;
import dev.iia.team.Agreement.Rating;
import dev.iia.team.KrippendorffAlpha.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an {@link Agreement}. Ratings are the valued scale entries in the order of their values
 * (ordinal data); an answer without a value, such as {@code unclear}, and a question left unanswered
 * are missing data, never a rating.
 */
final class AgreementBuilder {
    private final Rubric rubric;
    private final List<Analyst> analysts;
    private final List<AssessmentScore> scores;
    /** The position of each valued scale key, from the most negative: the ordinal codes. */
    private final Map<String, Integer> ranks = new HashMap<>();

    AgreementBuilder(Rubric rubric, List<Analyst> analysts) {
        this.rubric = rubric;
        this.analysts = List.copyOf(analysts);
        this.scores = analysts.stream().map(a -> Scorer.score(rubric, a.assessment())).toList();
        List<ScaleEntry> valued = rubric.scale().stream().filter(ScaleEntry::valued)
                .sorted(Comparator.comparingDouble(ScaleEntry::value)).toList();
        for (int i = 0; i < valued.size(); i++) {
            ranks.put(valued.get(i).key(), i);
        }
    }

    Agreement build() {
        List<QuestionAgreement> questions = new ArrayList<>();
        List<CriterionAgreement> criteria = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            List<Question> answered = criterion.questions().stream().filter(this::answeredByAnyone).toList();
            if (answered.isEmpty()) {
                continue;
            }
            answered.stream().map(q -> question(criterion, q)).forEach(questions::add);
            KrippendorffAlpha.Result result = alpha(criterion.questions());
            criteria.add(new CriterionAgreement(criterion.id(), criterion.title(),
                    criterion.isProperty() ? "critical property" : "enabler", criterionLevels(criterion),
                    rounded(result), text(result), Reading.of(result).words(), result.pairableValues(),
                    result.pairableUnits()));
        }
        KrippendorffAlpha.Result overall = alpha(rubric.questions());
        List<AnalystLevel> levels = new ArrayList<>();
        for (int i = 0; i < analysts.size(); i++) {
            levels.add(level(analysts.get(i), scores.get(i).level()));
        }
        List<QuestionAgreement> toDiscuss = questions.stream().filter(QuestionAgreement::toDiscuss).toList();
        String proposal = analysts.get(0).assessment().proposal().title();
        return new Agreement(proposal, rubric.reference(), analysts.stream().map(Analyst::name).toList(), rounded(overall),
                text(overall), Reading.of(overall).words(), overall.pairableValues(), overall.pairableUnits(), levels,
                criteria, toDiscuss, !toDiscuss.isEmpty(), questions);
    }

    private boolean answeredByAnyone(Question question) {
        return analysts.stream().anyMatch(a -> a.assessment().answers().containsKey(question.id()));
    }

    private QuestionAgreement question(Criterion criterion, Question question) {
        List<Rating> ratings = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Analyst analyst : analysts) {
            Answer answer = analyst.assessment().answers().get(question.id());
            ratings.add(rating(analyst, answer));
            if (answer != null && ranks.containsKey(answer.impact())) {
                values.add(ranks.get(answer.impact()));
            }
        }
        String why = why(question, values);
        return new QuestionAgreement(question.id(), question.text(), criterion.title(), ratings, why != null, why);
    }

    /** Why the ratings need discussing: opposite directions, or two steps or more apart; null if neither. */
    private String why(Question question, List<Integer> values) {
        if (values.size() < 2) {
            return null;
        }
        List<Double> signs = analysts.stream().map(a -> a.assessment().answers().get(question.id())).filter(Objects::nonNull)
                .map(a -> rubric.scaleEntry(a.impact()).filter(ScaleEntry::valued).map(e -> Math.signum(e.value())).orElse(0.0))
                .toList();
        if (signs.contains(-1.0) && signs.contains(1.0)) {
            return "harm and support";
        }
        int steps = values.stream().max(Integer::compare).orElseThrow() - values.stream().min(Integer::compare).orElseThrow();
        return steps >= 2 ? steps + " steps apart" : null;
    }

    private Rating rating(Analyst analyst, Answer answer) {
        if (answer == null) {
            return new Rating(analyst.name(), false, null, null, null, null, "–");
        }
        String confidence = answer.confidence() != null ? answer.confidence() : rubric.defaultConfidence();
        String label = rubric.levelLabel(answer.impact());
        return new Rating(analyst.name(), true, answer.impact(), label, confidence, answer.rationale(), label + ", " + confidence);
    }

    private KrippendorffAlpha.Result alpha(List<Question> questions) {
        List<List<Integer>> units = new ArrayList<>();
        for (Question question : questions) {
            List<Integer> values = new ArrayList<>();
            for (Analyst analyst : analysts) {
                Answer answer = analyst.assessment().answers().get(question.id());
                if (answer != null && ranks.containsKey(answer.impact())) {
                    values.add(ranks.get(answer.impact()));
                }
            }
            units.add(values);
        }
        return KrippendorffAlpha.of(units, Metric.ORDINAL);
    }

    private List<AnalystLevel> criterionLevels(Criterion criterion) {
        List<AnalystLevel> levels = new ArrayList<>();
        for (int i = 0; i < analysts.size(); i++) {
            CriterionScore score = scores.get(i).criteria().stream().filter(c -> c.criterion().id().equals(criterion.id()))
                    .findFirst().orElseThrow();
            levels.add(level(analysts.get(i), score.level()));
        }
        return levels;
    }

    private AnalystLevel level(Analyst analyst, String level) {
        return new AnalystLevel(analyst.name(), level, Levels.label(rubric, level));
    }

    private static BigDecimal rounded(KrippendorffAlpha.Result result) {
        return result.alpha() == null ? null : Reading.rounded(result.alpha());
    }

    private static String text(KrippendorffAlpha.Result result) {
        return result.alpha() == null ? "–" : Reading.rounded(result.alpha()).toPlainString();
    }
}
