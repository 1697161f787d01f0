package dev.iia.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.DisputedAnswer;
import dev.iia.assessment.Evidence;
import dev.iia.assessment.Person;
import dev.iia.assessment.Proposal;
import dev.iia.assessment.Recommendation;
import dev.iia.assessment.Team;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.rubric.ScaleEntry;
import dev.iia.scoring.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MergeTest {
    private static final Rubric IWN = RubricCatalog.shared().builtIn("iwn");

    private static Analyst analyst(String name, Map<String, Answer> answers) {
        return new Analyst(name, name + ".yaml", new Assessment(null, "iwn@1.0", new Proposal("Fee Act", null, null, null, null, null, null),
                List.of(name), null, null, null, List.of(), answers, Map.of(), null, List.of()));
    }

    private static Answer answer(String impact, String confidence, String rationale, String... links) {
        return new Answer(impact, confidence, rationale, java.util.Arrays.stream(links).map(l -> new Evidence(l, null)).toList());
    }

    private static Merge.Result merge(Analyst... analysts) {
        return Merge.of(IWN, "iwn@1.0", List.of(analysts));
    }

    @Test
    void splitWorkIsJoinedAndTheTeamSaysWhoCoveredWhat() {
        Merge.Result result = merge(
                analyst("Ana", Map.of("access-connection-cost", answer("negative", "high", "Costs rise."))),
                analyst("Ben", Map.of("privacy-monitoring", answer("strongly-negative", null, "Logs everything."))));

        Assessment merged = result.assessment();
        assertThat(merged.answers()).containsOnlyKeys("access-connection-cost", "privacy-monitoring");
        assertThat(merged.answers().get("access-connection-cost")).isEqualTo(answer("negative", "high", "Costs rise."));
        assertThat(merged.disputed()).isEmpty();
        assertThat(merged.authors()).extracting(Person::name).containsExactly("Ana", "Ben");
        assertThat(merged.team().analysts()).containsExactly(new Team.Member("Ana", List.of("accessible-infrastructure")),
                new Team.Member("Ben", List.of("privacy")));
        assertThat(merged.team().alpha()).isNull();
        assertThat(result.single()).containsExactly("access-connection-cost", "privacy-monitoring");
    }

    @Test
    void analystsWhoAgreeGiveOneAnswerAtTheLowestConfidenceWithEveryRationaleAndLink() {
        Merge.Result result = merge(
                analyst("Ana", Map.of("access-connection-cost", answer("negative", "high", "Costs rise.", "https://a.org", "https://b.org"))),
                analyst("Ben", Map.of("access-connection-cost", answer("negative", null, "Small networks pay.", "https://b.org"))),
                analyst("Cy", Map.of("access-connection-cost", answer("negative", "low", null, "https://c.org"))));

        Answer merged = result.assessment().answers().get("access-connection-cost");
        assertThat(merged.impact()).isEqualTo("negative");
        assertThat(merged.confidence()).isEqualTo("low");
        assertThat(merged.rationale()).isEqualTo("Ana: Costs rise.\n\nBen: Small networks pay.\n");
        assertThat(merged.evidence()).extracting(Evidence::url).containsExactly("https://a.org", "https://b.org", "https://c.org");
        assertThat(result.agreed()).containsExactly("access-connection-cost");
    }

    @Test
    void withoutAnyConfidenceGivenTheRubricsDefaultStands() {
        Merge.Result result = merge(analyst("Ana", Map.of("reach-blocking", answer("none", null, null))),
                analyst("Ben", Map.of("reach-blocking", answer("none", null, null))));

        assertThat(result.assessment().answers().get("reach-blocking").confidence()).isNull();
    }

    @Test
    void aDisagreementIsDisputedWithEveryAnswerKeptAndCountsAsUnanswered() {
        Merge.Result result = merge(
                analyst("Ana", Map.of("access-permission-to-connect", answer("positive", "high", "The licence goes.", "https://a.org"))),
                analyst("Ben", Map.of("access-permission-to-connect", answer("negative", null, "A registration replaces it."))),
                analyst("Cy", Map.of("access-permission-to-connect", answer("positive", "low", null))));

        Assessment merged = result.assessment();
        assertThat(merged.answers()).isEmpty();
        assertThat(merged.disputed().get("access-permission-to-connect")).containsExactly(
                new DisputedAnswer("Ana", "positive", "high", "The licence goes.", List.of(new Evidence("https://a.org", null))),
                new DisputedAnswer("Ben", "negative", null, "A registration replaces it.", List.of()),
                new DisputedAnswer("Cy", "positive", "low", null, List.of()));
        assertThat(result.disputed()).containsExactly("access-permission-to-connect");
        assertThat(Scorer.score(IWN, merged).answered()).isZero();
    }

    @Test
    void aQuestionStillDisputedInAMergedFileStaysDisputedWithTheNewAnswerAdded() {
        Assessment first = merge(
                analyst("Ana", Map.of("reach-blocking", answer("negative", null, null))),
                analyst("Ben", Map.of("reach-blocking", answer("positive", null, null)))).assessment();
        Analyst team = new Analyst("Ana", "team.yaml", first);

        Assessment again = merge(team, analyst("Cy", Map.of("reach-blocking", answer("negative", null, null)))).assessment();

        assertThat(again.disputed().get("reach-blocking")).extracting(DisputedAnswer::analyst).containsExactly("Ana", "Ben", "Cy");
        assertThat(again.answers()).doesNotContainKey("reach-blocking");
        assertThat(again.team().analysts()).extracting(Team.Member::name).containsExactly("Ana", "Ben", "Cy");
    }

    @Test
    void differingTextsAreKeptSideBySideAndProposalDifferencesReported() {
        Analyst ana = analyst("Ana", Map.of());
        Analyst ben = analyst("Ben", Map.of());
        Assessment a = ana.assessment();
        Assessment b = ben.assessment();
        ana = new Analyst("Ana", "a.yaml", new Assessment(null, a.rubric(), new Proposal("Fee Act", "Freedonia", null, null, null, null, null),
                List.of("Ana"), null, null, "Three networks.", List.of("Enforced."), Map.of(), Map.of("privacy", "Tracked."), null,
                List.of("Withdraw it.")));
        ben = new Analyst("Ben", "b.yaml", new Assessment(null, b.rubric(), new Proposal("Fee Act", "Sylvania", "Parliament", null, null, null, null),
                List.of(new Person("Ben", "ISOC Chapter")), List.of(Person.named("Dee"), Person.named("Ana")), null, null,
                "Three networks.", List.of("Enforced.", "Fees rise."), Map.of(), Map.of("privacy", "Logged."), List.of(),
                List.of("Fees hurt."), "Act now.", "Drop it.", List.of(Recommendation.plain("Withdraw it."), Recommendation.plain("Consult.")),
                null, null));

        Merge.Result result = merge(ana, ben);

        Assessment merged = result.assessment();
        assertThat(merged.context()).isEqualTo("Three networks.");
        assertThat(merged.effects().get("privacy")).isEqualTo("Ana: Tracked.\n\nBen: Logged.\n");
        assertThat(merged.conclusions()).isEqualTo("Drop it.");
        assertThat(merged.assumptions()).containsExactly("Enforced.", "Fees rise.");
        assertThat(merged.recommendationTexts()).containsExactly("Withdraw it.", "Consult.");
        assertThat(merged.authors()).containsExactly(Person.named("Ana"), new Person("Ben", "ISOC Chapter"));
        assertThat(merged.contributors()).containsExactly(Person.named("Dee"), Person.named("Ana"));
        assertThat(merged.keyFindings()).containsExactly("Fees hurt.");
        assertThat(merged.callToAction()).isEqualTo("Act now.");
        assertThat(merged.proposal().jurisdiction()).isEqualTo("Freedonia");
        assertThat(merged.proposal().sponsor()).isEqualTo("Parliament");
        assertThat(result.notes()).containsExactly("the files give the proposal different jurisdictions; the merged file keeps the first");
    }

    @Test
    void aRecommendationGivenByTwoFilesIsOneWithWhatEachSaysItWouldChange() {
        Answer restored = answer("none", "high", null);
        Analyst ana = analyst("Ana", Map.of());
        Analyst ben = analyst("Ben", Map.of());
        ana = new Analyst("Ana", "a.yaml", ana.assessment().withRecommendations(List.of(
                new Recommendation("Withdraw it.", Map.of("access-connection-cost", restored)))));
        ben = new Analyst("Ben", "b.yaml", ben.assessment().withRecommendations(List.of(
                new Recommendation("Withdraw it.", Map.of("access-connection-cost", answer("positive", "high", null),
                        "access-permission-to-connect", restored)),
                Recommendation.plain("Consult."))));

        Merge.Result result = merge(ana, ben);

        assertThat(result.assessment().recommendations()).containsExactly(
                new Recommendation("Withdraw it.", Map.of("access-connection-cost", restored, "access-permission-to-connect", restored)),
                Recommendation.plain("Consult."));
        assertThat(result.notes()).containsExactly("the files say different things recommendation 'Withdraw it.' would change in "
                + "access-connection-cost; the merged file keeps the first");
    }

    /** On random teams: every rating, confidence, rationale and link of every analyst is in the merged file. */
    @Test
    void noRatingRationaleOrLinkIsEverLost() {
        Random random = new Random(4);
        List<String> keys = IWN.scale().stream().map(ScaleEntry::key).toList();
        List<String> questions = IWN.questions().stream().map(Question::id).limit(8).toList();
        for (int trial = 0; trial < 100; trial++) {
            List<Analyst> analysts = new ArrayList<>();
            for (int a = 0, count = 2 + random.nextInt(3); a < count; a++) {
                Map<String, Answer> answers = new LinkedHashMap<>();
                for (String question : questions) {
                    if (random.nextInt(3) > 0) {
                        answers.put(question, answer(keys.get(random.nextInt(3)), random.nextBoolean() ? "high" : null,
                                random.nextBoolean() ? "Reason " + a + question : null, "https://e.org/" + random.nextInt(4)));
                    }
                }
                analysts.add(analyst("Analyst " + a, answers));
            }
            Assessment merged = Merge.of(IWN, "iwn@1.0", analysts).assessment();
            for (Analyst analyst : analysts) {
                analyst.assessment().answers().forEach((question, given) -> {
                    Answer taken = merged.answers().get(question);
                    boolean kept = merged.disputed().getOrDefault(question, List.of()).contains(
                            new DisputedAnswer(analyst.name(), given.impact(), given.confidence(), given.rationale(), given.evidence()))
                            || taken != null && taken.impact().equals(given.impact())
                            && (given.rationale() == null || taken.rationale().contains(given.rationale()))
                            && taken.evidence().containsAll(given.evidence());
                    assertThat(kept).as("%s's answer to %s", analyst.name(), question).isTrue();
                });
            }
        }
    }
}
