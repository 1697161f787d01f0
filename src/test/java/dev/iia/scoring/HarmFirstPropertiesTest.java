package dev.iia.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.Proposal;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Fraction;
import dev.iia.rubric.LevelBound;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.rubric.Section;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The harm-first model's promises, checked over thousands of generated answer patterns (a seeded
 * generator, so a failure repeats): a harm never improves anything, "no impact" never changes a
 * level, question order never matters.
 */
class HarmFirstPropertiesTest {
    private static final int CASES = 3000;
    private static final List<String> IMPACTS = List.of("strongly-negative", "negative", "none", "positive", "strongly-positive", "unclear");
    private static final List<String> CONFIDENCES = List.of("high", "medium", "low");

    static Stream<Rubric> rubrics() {
        return Stream.of(HarmFirstRubrics.mini(), RubricCatalog.shared().builtIn("iwn", "2.0"));
    }

    private static Assessment assessment(Map<String, Answer> answers) {
        return new Assessment(null, "generated", new Proposal("P", null, null, null, null, null, null), List.of(), null, null,
                null, List.of(), answers, Map.of(), null, List.of());
    }

    private static Map<String, Answer> randomAnswers(Rubric rubric, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : rubric.questions()) {
            if (random.nextInt(4) > 0) {
                answers.put(question.id(), answer(IMPACTS.get(random.nextInt(IMPACTS.size())), random));
            }
        }
        return answers;
    }

    private static Answer answer(String impact, Random random) {
        return new Answer(impact, CONFIDENCES.get(random.nextInt(CONFIDENCES.size())), null, List.of());
    }

    /** Every level of a result with its flags, keyed by criterion or goal id, and the overall. */
    private static Map<String, String> levels(AssessmentScore score) {
        Map<String, String> levels = new LinkedHashMap<>();
        score.criteria().forEach(c -> levels.put(c.criterion().id(), c.level() + (c.possibleHarm() ? "?" : "") + (c.tradeOff() ? "~" : "")));
        score.goals().forEach(g -> levels.put("goal " + g.goal().id(), g.level() + (g.possibleHarm() ? "?" : "") + (g.tradeOff() ? "~" : "")));
        levels.put("overall", score.level() + (score.possibleHarm() ? "?" : ""));
        return levels;
    }

    /** Lower is worse: harms by their level, then a possible harm, then no impact, then support. */
    private static int goodness(Rubric rubric, String level, boolean possibleHarm) {
        return Levels.rank(rubric, level) * 2 + (possibleHarm ? 0 : 1);
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void addingAHarmNeverImprovesAnyLevelOrTheVerdict(Rubric rubric) {
        Random random = new Random(20261201);
        for (int i = 0; i < CASES; i++) {
            Map<String, Answer> answers = randomAnswers(rubric, random);
            List<Question> open = rubric.questions().stream().filter(q -> !answers.containsKey(q.id())).toList();
            if (open.isEmpty()) {
                continue;
            }
            AssessmentScore before = Scorer.score(rubric, assessment(answers));
            Map<String, Answer> more = new LinkedHashMap<>(answers);
            more.put(open.get(random.nextInt(open.size())).id(), answer(random.nextBoolean() ? "negative" : "strongly-negative", random));
            AssessmentScore after = Scorer.score(rubric, assessment(more));

            for (int c = 0; c < before.criteria().size(); c++) {
                CriterionScore was = before.criteria().get(c);
                CriterionScore is = after.criteria().get(c);
                if (Levels.valued(rubric, was.level())) {
                    assertThat(goodness(rubric, is.level(), is.possibleHarm()))
                            .as("case %d, %s: %s then %s", i, was.criterion().id(), was.trace(), is.trace())
                            .isLessThanOrEqualTo(goodness(rubric, was.level(), was.possibleHarm()));
                }
            }
            for (int g = 0; g < before.goals().size(); g++) {
                GoalScore was = before.goals().get(g);
                GoalScore is = after.goals().get(g);
                if (Levels.valued(rubric, was.level())) {
                    assertThat(goodness(rubric, is.level(), is.possibleHarm())).as("case %d, goal %s", i, was.goal().id())
                            .isLessThanOrEqualTo(goodness(rubric, was.level(), was.possibleHarm()));
                }
            }
            if (Levels.valued(rubric, before.level())) {
                assertThat(goodness(rubric, after.level(), after.possibleHarm())).as("case %d overall", i)
                        .isLessThanOrEqualTo(goodness(rubric, before.level(), before.possibleHarm()));
            }
            assertThat(after.verdict().undermined()).isGreaterThanOrEqualTo(before.verdict().undermined());
            assertThat(after.verdict().harmed()).isGreaterThanOrEqualTo(before.verdict().harmed());
            assertThat(after.verdict().undermined() + after.verdict().possiblyUndermined())
                    .isGreaterThanOrEqualTo(before.verdict().undermined() + before.verdict().possiblyUndermined());
        }
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void addingANoImpactAnswerToAnAssessedCriterionNeverChangesALevel(Rubric rubric) {
        Random random = new Random(7);
        int checked = 0;
        for (int i = 0; i < CASES; i++) {
            Map<String, Answer> answers = randomAnswers(rubric, random);
            List<Question> candidates = new ArrayList<>();
            for (Criterion criterion : rubric.criteria()) {
                boolean valued = criterion.questions().stream().anyMatch(q -> answers.containsKey(q.id())
                        && !answers.get(q.id()).impact().equals("unclear"));
                if (valued) {
                    criterion.questions().stream().filter(q -> !answers.containsKey(q.id())).forEach(candidates::add);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Map<String, Answer> more = new LinkedHashMap<>(answers);
            more.put(candidates.get(random.nextInt(candidates.size())).id(), answer("none", random));
            AssessmentScore before = Scorer.score(rubric, assessment(answers));
            AssessmentScore after = Scorer.score(rubric, assessment(more));

            assertThat(levels(after)).as("case %d", i).isEqualTo(levels(before));
            assertThat(after.verdict()).isEqualTo(before.verdict());
            checked++;
        }
        assertThat(checked).isGreaterThan(CASES / 2);
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void theOrderOfQuestionsChangesNothing(Rubric rubric) {
        Random random = new Random(42);
        for (int i = 0; i < CASES / 3; i++) {
            Rubric shuffled = shuffled(rubric, random);
            Assessment assessment = assessment(randomAnswers(rubric, random));

            AssessmentScore original = Scorer.score(rubric, assessment);
            AssessmentScore reordered = Scorer.score(shuffled, assessment);

            assertThat(levels(reordered)).as("case %d", i).isEqualTo(levels(original));
            assertThat(reordered.verdict()).isEqualTo(original.verdict());
            assertThat(reordered.exactScore()).isEqualTo(original.exactScore());
        }
    }

    private static Rubric shuffled(Rubric rubric, Random random) {
        List<Section> sections = rubric.sections().stream().map(s -> new Section(s.id(), s.title(), s.description(),
                s.criteria().stream().map(c -> {
                    List<Question> questions = new ArrayList<>(c.questions());
                    Collections.shuffle(questions, random);
                    return new Criterion(c.id(), c.title(), c.goal(), c.summary(), c.guidance(), questions);
                }).toList())).toList();
        return new Rubric(rubric.schema(), rubric.id(), rubric.version(), rubric.title(), rubric.description(), rubric.source(),
                rubric.scale(), rubric.confidence(), rubric.defaultConfidence(), rubric.levels(), rubric.severeHarm(),
                rubric.aggregation(), rubric.credibleConfidence(), rubric.changes(), rubric.goals(), sections);
    }

    /**
     * Every pattern of answers on iwn 1.0's first property (weights 1.5, 1, 1, 1; five values, three
     * confidences: 50,625 patterns) whose exact mean lands on a threshold gets the level the rule
     * names: "up-to" includes its bound, "below" does not. The oracle compares Σpoints with
     * bound × Σweights in decimals, without any division.
     */
    @Test
    void everyScoreOnAThresholdGetsTheDocumentedLevel() {
        Rubric iwn10 = RubricCatalog.shared().resolve("iwn@1.0", Path.of("."));
        Criterion access = iwn10.properties().get(0);
        List<String> values = IMPACTS.subList(0, 5);
        Map<String, Integer> onEachBound = new HashMap<>();
        int patterns = (int) Math.pow(values.size() * CONFIDENCES.size(), access.questions().size());
        for (int pattern = 0; pattern < patterns; pattern++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            BigDecimal points = BigDecimal.ZERO;
            BigDecimal weight = BigDecimal.ZERO;
            int rest = pattern;
            for (Question question : access.questions()) {
                String impact = values.get(rest % 5);
                String confidence = CONFIDENCES.get(rest / 5 % 3);
                rest /= 15;
                answers.put(question.id(), new Answer(impact, confidence, null, List.of()));
                BigDecimal effective = question.exactEffectiveWeight().multiply(iwn10.confidenceWeight(confidence));
                points = points.add(effective.multiply(iwn10.scaleEntry(impact).orElseThrow().exactValue()));
                weight = weight.add(effective);
            }
            for (int b = 0; b < iwn10.levels().size() - 1; b++) {
                LevelBound bound = iwn10.levels().get(b);
                if (points.compareTo(bound.bound().multiply(weight)) == 0) {
                    CriterionScore score = Scorer.score(iwn10, assessment(answers)).properties().get(0);
                    String expected = bound.upTo() != null ? bound.level() : iwn10.levels().get(b + 1).level();
                    String unCapped = Levels.of(iwn10, score.exactScore());
                    assertThat(unCapped).as("%s = %s", score.trace(), bound.rule()).isEqualTo(expected);
                    assertThat(score.exactScore()).isEqualTo(Fraction.of(bound.bound()));
                    onEachBound.merge(bound.rule(), 1, Integer::sum);
                }
            }
        }
        assertThat(onEachBound).containsOnlyKeys("≤ -1.25", "≤ -0.25", "< +0.25", "< +1.25");
    }

    @Test
    void skippingTheTraceChangesNothingElseOfAScore() {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(20261202);
        List<Rubric> rubrics = Stream.concat(rubrics(), Stream.of(RubricCatalog.shared().builtIn("iwn", "1.0"))).toList();
        for (Rubric rubric : rubrics) {
            for (int i = 0; i < CASES / 10; i++) {
                Assessment assessment = assessment(randomAnswers(rubric, random));
                JsonNode kept = json.valueToTree(ScoreReport.of(Scorer.score(rubric, assessment, Scorer.Traces.KEPT)));
                JsonNode skipped = json.valueToTree(ScoreReport.of(Scorer.score(rubric, assessment, Scorer.Traces.SKIPPED)));
                assertThat(kept.findValues("trace")).isNotEmpty().allMatch(trace -> trace.isArray() && !trace.isEmpty());
                assertThat(skipped.findValues("trace")).allMatch(JsonNode::isNull);
                assertThat(withoutTraces(skipped)).isEqualTo(withoutTraces(kept));
            }
        }
    }

    private static JsonNode withoutTraces(JsonNode node) {
        JsonNode copy = node.deepCopy();
        copy.findParents("trace").forEach(parent -> ((ObjectNode) parent).remove("trace"));
        return copy;
    }
}
