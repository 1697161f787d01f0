package dev.iia.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.Evidence;
import dev.iia.assessment.Person;
import dev.iia.assessment.Proposal;
import dev.iia.assessment.Provision;
import dev.iia.interview.Event.Changed;
import dev.iia.interview.Event.CriterionDone;
import dev.iia.interview.Event.CriterionIntro;
import dev.iia.interview.Event.Help;
import dev.iia.interview.Event.Hint;
import dev.iia.interview.Event.ProposalIntro;
import dev.iia.interview.Event.QuestionShown;
import dev.iia.interview.Event.ReviewShown;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterviewTest {
    static final Rubric TINY = TestRubrics.tiny();

    private final List<Event> events = new ArrayList<>();

    @Nested
    class ProposalDetails {
        @Test
        void aNewAssessmentStartsWithTheTitle() {
            Interview interview = newAssessment();

            assertThat(events).containsExactly(new ProposalIntro());
            assertThat(interview.prompt()).isEqualTo(new Prompt.Detail(ProposalField.TITLE, false, null));
        }

        @Test
        void theTitleCannotBeSkipped() {
            Interview interview = newAssessment();

            type(interview, "", "s");

            assertThat(hints()).hasSize(2).allMatch(h -> h.startsWith("A title is needed"));
            assertThat(interview.prompt()).isEqualTo(new Prompt.Detail(ProposalField.TITLE, false, null));
            assertThat(changes()).isEmpty();
        }

        @Test
        void eachDetailIsSavedOnceThereIsATitleAndEnterSkipsTheOthers() {
            Interview interview = newAssessment();

            type(interview, "Gateway decree", "Cambodia", "", "s");

            assertThat(changes()).extracting(a -> a.proposal().jurisdiction()).containsExactly(null, "Cambodia");
            assertThat(interview.assessment().proposal())
                    .isEqualTo(new Proposal("Gateway decree", "Cambodia", null, null, null, null, null));
            assertThat(interview.prompt()).isEqualTo(new Prompt.Detail(ProposalField.DATE, false, null));
        }

        @Test
        void aWebAddressMustStartWithHttp() {
            Interview interview = newAssessment();
            type(interview, "Gateway decree", "", "", "", "");

            type(interview, "example.org/decree");

            assertThat(hints()).containsExactly("'example.org/decree' is not a web address: it starts with http:// or https://. Enter skips it.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Detail(ProposalField.URL, false, null));
            type(interview, "https://example.org/decree");
            assertThat(interview.assessment().proposal().url()).isEqualTo("https://example.org/decree");
        }

        @Test
        void theSummaryTakesLinesUntilAnEmptyOne() {
            Interview interview = newAssessment();
            type(interview, "Gateway decree", "", "", "", "", "");

            type(interview, "All traffic passes one gateway.", "Run by the state.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Detail(ProposalField.SUMMARY, true, null));
            type(interview, "");

            assertThat(interview.assessment().proposal().summary()).isEqualTo("All traffic passes one gateway.\nRun by the state.\n");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Field(field("authors"), false, false));
        }

        @Test
        void backOnTheFirstQuestionOfANewAssessmentReturnsToTheAssumptions() {
            Interview interview = newAssessment();
            type(interview, "Gateway decree", "", "", "", "", "", "", "", "", "", "");

            type(interview, "b");

            assertThat(interview.prompt()).isEqualTo(new Prompt.Field(field("assumptions"), false, false));
        }

        @Test
        void backOnTheTitleStaysThere() {
            Interview interview = newAssessment();

            type(interview, "b");

            assertThat(hints()).containsExactly("This is the first question: there is nothing before it.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Detail(ProposalField.TITLE, false, null));
        }

        @Test
        void theReviewNeedsATitleFirst() {
            Interview interview = newAssessment();

            type(interview, "r");

            assertThat(hints()).containsExactly("Give the proposal a title first; then r shows the review.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Detail(ProposalField.TITLE, false, null));
        }
    }

    @Nested
    class Answers {
        @ParameterizedTest
        @ValueSource(strings = {"2", "negative", "NEGATIVE", "Negative"})
        void aRatingIsANumberAScaleKeyOrALabel(String rating) {
            Interview interview = resumed(Map.of());

            type(interview, rating, "1", "Costs rise.", "");

            assertThat(interview.assessment().answers()).containsEntry("access-cost", new Answer("negative", "high", "Costs rise.", List.of()));
        }

        @Test
        void aLabelWithSpacesWorksToo() {
            Interview interview = resumed(Map.of());

            type(interview, "no impact", "", "");

            assertThat(interview.assessment().answers().get("access-cost").impact()).isEqualTo("none");
        }

        @Test
        void anInvalidRatingIsAskedAgainWithAHint() {
            Interview interview = resumed(Map.of());

            type(interview, "7", "postive", "");

            assertThat(hints()).containsExactly(
                    "'7' is not a choice. Choose 1–6 or a key such as negative; ? shows help.",
                    "'postive' is not a choice; did you mean 'positive'? Choose 1–6 or a key such as negative; ? shows help.",
                    "Type a number from 1 to 6 or a key such as negative; ? shows help, s skips the question.");
            assertThat(interview.prompt()).isInstanceOf(Prompt.Rating.class);
        }

        @Test
        void theAnswerIsSavedOnceItsRationaleEnds() {
            Interview interview = resumed(Map.of());

            type(interview, "2", "1", "Costs rise.");
            assertThat(changes()).isEmpty();
            type(interview, "");

            assertThat(changes()).hasSize(1);
            assertThat(changes().get(0).answers()).containsExactly(Map.entry("access-cost", new Answer("negative", "high", "Costs rise.", List.of())));
        }

        @Test
        void enterTakesTheRubricsDefaultConfidence() {
            Interview interview = resumed(Map.of());

            type(interview, "4");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Confidence(TINY.question("access-cost").orElseThrow(), "positive", "medium"));
            type(interview, "", "");

            assertThat(interview.assessment().answers().get("access-cost").confidence()).isEqualTo("medium");
        }

        @Test
        void anInvalidConfidenceIsAskedAgainAndBGoesBackToTheRating() {
            Interview interview = resumed(Map.of());

            type(interview, "4", "sure");
            assertThat(hints()).containsExactly("'sure' is not a choice. Choose 1–3 or a key such as high; Enter means medium.");
            type(interview, "b");

            assertThat(interview.prompt()).isInstanceOf(Prompt.Rating.class);
        }

        @Test
        void aNegativeRatingWithoutAReasonIsAskedForOneOnceMore() {
            Interview interview = resumed(Map.of());

            type(interview, "1", "", "");
            assertThat(hints()).containsExactly(
                    "A strongly negative rating needs a reason: what in the proposal causes the harm? Type it, or press Enter again to leave it empty.");
            assertThat(changes()).isEmpty();
            type(interview, "");

            assertThat(interview.assessment().answers().get("access-cost")).isEqualTo(new Answer("strongly-negative", "medium", null, List.of()));
        }

        @Test
        void aPositiveRatingWithoutAReasonIsSavedAtOnce() {
            Interview interview = resumed(Map.of());

            type(interview, "4", "", "");

            assertThat(hints()).isEmpty();
            assertThat(interview.assessment().answers().get("access-cost")).isEqualTo(new Answer("positive", "medium", null, List.of()));
        }

        @Test
        void aRationaleOfSeveralLinesEndsWithALineBreakAndLinksBecomeEvidence() {
            Interview interview = resumed(Map.of());

            type(interview, "2", "", "Costs rise", "  https://example.org/report  ", "for everyone.", "");

            assertThat(interview.assessment().answers().get("access-cost")).isEqualTo(new Answer("negative", "medium",
                    "Costs rise\nfor everyone.\n", List.of(new Evidence("https://example.org/report", null))));
        }

        @Test
        void aLinkFollowedByWordsBecomesEvidenceWithThatTitle() {
            Interview interview = resumed(Map.of());

            type(interview, "2", "", "Costs rise.", "https://example.org/report The gateway report, 2022", "");

            assertThat(interview.assessment().answers().get("access-cost").evidence())
                    .containsExactly(new Evidence("https://example.org/report", "The gateway report, 2022"));
        }

        @Test
        void aTitlePublisherAndDateSeparatedByBarsMakeAReference() {
            Interview interview = resumed(Map.of());

            type(interview, "2", "", "Costs rise.", "https://example.org/decree Sub-decree on the gateway | Royal Government | 2021-02-16",
                    "https://example.org/news  | Reuters |", "");

            assertThat(interview.assessment().answers().get("access-cost").evidence()).containsExactly(
                    new Evidence("https://example.org/decree", "Sub-decree on the gateway", "Royal Government", "2021-02-16"),
                    new Evidence("https://example.org/news", null, "Reuters", null));
        }

        @Test
        void aLastPartTooLongForADateStaysWithThePublisher() {
            Interview interview = resumed(Map.of());
            String notADate = "a very long remark that no file would take as a date";

            type(interview, "2", "", "Costs rise.", "https://example.org/report Report | ISOC | " + notADate, "");

            assertThat(interview.assessment().answers().get("access-cost").evidence())
                    .containsExactly(new Evidence("https://example.org/report", "Report", "ISOC | " + notADate, null));
        }

        @Test
        void bOnTheFirstLineOfTheRationaleGoesBackToTheConfidence() {
            Interview interview = resumed(Map.of());

            type(interview, "2", "1", "b");

            assertThat(interview.prompt()).isEqualTo(new Prompt.Confidence(TINY.question("access-cost").orElseThrow(), "negative", "medium"));
        }

        @Test
        void questionMarkShowsHelpForWhatIsAsked() {
            Interview interview = resumed(Map.of());

            type(interview, "?", "2", "?", "", "?");

            assertThat(events).filteredOn(Help.class::isInstance).map(e -> ((Help) e).about()).hasExactlyElementsOfTypes(
                    Prompt.Rating.class, Prompt.Confidence.class, Prompt.Rationale.class);
            assertThat(interview.prompt()).isInstanceOf(Prompt.Rationale.class);
        }

        @Test
        void answersAreKeptInRubricOrderWhateverTheOrderOfAnswering() {
            Interview interview = resumed(Map.of());

            type(interview, "s", "3", "", "", "b", "b", "3", "", "");

            assertThat(interview.assessment().answers().keySet()).containsExactly("access-cost", "access-permission");
        }
    }

    @Nested
    class Navigation {
        @Test
        void backOnTheFirstQuestionOfAResumedAssessmentStaysThere() {
            Interview interview = resumed(Map.of());

            type(interview, "b");

            assertThat(hints()).containsExactly("This is the first question: there is nothing before it.");
            assertThat(ratingOf(interview)).isEqualTo("access-cost");
        }

        @Test
        void aResumedAssessmentStartsAtTheFirstUnansweredQuestionWithItsCriterion() {
            Interview interview = resumed(Map.of("access-cost", answer("negative"), "access-permission", answer("none")));

            assertThat(events).containsExactly(new CriterionIntro(criterion("names")),
                    new QuestionShown(criterion("names"), TINY.question("names-split").orElseThrow(), 3, 6, null));
        }

        @Test
        void skippedQuestionsStayUnansweredAndAreWhereTheNextSessionStarts() {
            Interview interview = resumed(Map.of());
            type(interview, "s", "3", "", "", "q");

            assertThat(interview.assessment().answers()).containsOnlyKeys("access-permission");
            Interview next = new Interview(TINY, interview.assessment(), Scope.ALL);
            next.begin();
            assertThat(ratingOf(next)).isEqualTo("access-cost");
        }

        @Test
        void goingBackShowsTheCurrentAnswerAndEnterKeepsIt() {
            Interview interview = resumed(Map.of());
            type(interview, "2", "1", "Costs rise.", "");
            events.clear();

            type(interview, "b");
            assertThat(events).containsExactly(new QuestionShown(criterion("access"), TINY.question("access-cost").orElseThrow(), 1, 6,
                    new Answer("negative", "high", "Costs rise.", List.of())));
            assertThat(interview.prompt()).isEqualTo(new Prompt.Rating(criterion("access"), TINY.question("access-cost").orElseThrow(), true));
            type(interview, "");

            assertThat(ratingOf(interview)).isEqualTo("access-permission");
            assertThat(changes()).isEmpty();
        }

        @Test
        void changingARatingKeepsTheRationaleAndEvidenceWhenEnterIsPressed() {
            Answer before = new Answer("negative", "high", "Costs rise.", List.of(new Evidence("https://example.org", null)));
            Interview interview = resumed(Map.of("access-cost", before));
            type(interview, "r", "access-cost");

            type(interview, "1", "", "");

            assertThat(interview.assessment().answers().get("access-cost"))
                    .isEqualTo(new Answer("strongly-negative", "high", "Costs rise.", before.evidence()));
            assertThat(interview.prompt()).isInstanceOf(Prompt.Review.class);
        }

        @Test
        void eachCriterionBeginsWithItsIntroductionOnlyWhenEnteredGoingForward() {
            Interview interview = resumed(Map.of());
            type(interview, "3", "", "", "3", "", "");
            type(interview, "", "3", "", "");

            assertThat(events).filteredOn(CriterionIntro.class::isInstance)
                    .containsExactly(new CriterionIntro(criterion("access")), new CriterionIntro(criterion("names")));
            events.clear();

            type(interview, "b", "b", "b", "b", "");
            assertThat(events).noneMatch(CriterionIntro.class::isInstance);
        }

        @Test
        void afterTheLastQuestionOfACriterionComeItsLevelAndTheEffectOnPeople() {
            Interview interview = resumed(Map.of());
            type(interview, "2", "1", "Costs rise.", "", "2", "1", "Licences.", "");

            CriterionDone done = (CriterionDone) events.get(events.size() - 1);
            assertThat(done.score().criterion()).isEqualTo(criterion("access"));
            assertThat(done.score().level()).isEqualTo("negative");
            assertThat(done.effect()).isNull();
            assertThat(interview.prompt()).isEqualTo(new Prompt.Effect(criterion("access"), false, false));

            type(interview, "Prices rise for users.", "Small networks close.", "");
            assertThat(interview.assessment().effects()).containsEntry("access", "Prices rise for users.\nSmall networks close.\n");
            assertThat(ratingOf(interview)).isEqualTo("names-split");
        }

        @Test
        void theEffectOnPeopleCanBeSkipped() {
            Interview interview = resumed(Map.of("access-cost", answer("none"), "access-permission", answer("none")));
            type(interview, "b");
            assertThat(interview.prompt()).isInstanceOf(Prompt.Effect.class);

            type(interview, "");

            assertThat(interview.assessment().effects()).isEmpty();
            assertThat(ratingOf(interview)).isEqualTo("names-split");
        }

        @Test
        void afterTheLastCriterionComesTheReview() {
            Interview interview = resumed(Map.of());

            type(interview, "3", "", "", "3", "", "", "", "3", "", "", "3", "", "", "", "3", "", "", "3", "", "", "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Field(field("key-findings"), false, false));
            type(interview, "", "", "", "");

            ReviewShown review = (ReviewShown) events.get(events.size() - 1);
            assertThat(review.criteria()).extracting(Criterion::id).containsExactly("access", "names", "privacy");
            assertThat(review.score().answered()).isEqualTo(6);
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }
    }

    @Nested
    class Review {
        @Test
        void rOpensTheReviewAndBReturnsToWhereTheUserWas() {
            Interview interview = resumed(Map.of("access-cost", answer("negative")));

            type(interview, "r");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
            type(interview, "b");

            assertThat(ratingOf(interview)).isEqualTo("access-permission");
        }

        @Test
        void typingAQuestionIdChangesThatAnswerThenReturnsToTheReview() {
            Interview interview = resumed(fullyAnswered());
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());

            type(interview, "names-split", "1", "1", "A national root.", "");

            assertThat(interview.assessment().answers().get("names-split")).isEqualTo(new Answer("strongly-negative", "high", "A national root.", List.of()));
            assertThat(events.get(events.size() - 1)).isInstanceOf(ReviewShown.class);
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }

        @Test
        void backOrSkipFromAChangeReturnsToTheReviewUnchanged() {
            Interview interview = resumed(fullyAnswered());

            type(interview, "names-split", "b", "privacy-monitoring", "s");

            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
            assertThat(interview.assessment().answers()).isEqualTo(fullyAnswered());
        }

        @Test
        void typingACriterionIdChangesItsEffectOnPeople() {
            Interview interview = resumed(fullyAnswered());

            type(interview, "privacy", "Users are watched.", "");

            assertThat(interview.assessment().effects()).containsEntry("privacy", "Users are watched.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }

        @Test
        void typingProposalWalksThroughTheDetailsWithEnterKeepingEach() {
            Interview interview = resumed(fullyAnswered());

            type(interview, "proposal");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Detail(ProposalField.TITLE, false, "Gateway decree"));
            type(interview, "", "Cambodia", "", "", "", "", "");

            assertThat(interview.assessment().proposal()).isEqualTo(new Proposal("Gateway decree", "Cambodia", null, null, null, null, null));
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }

        @Test
        void anUnknownIdIsAnsweredWithTheNearestOne() {
            Interview interview = resumed(fullyAnswered());

            type(interview, "names-splt");

            assertThat(hints()).containsExactly("'names-splt' is not a question or criterion id; did you mean 'names-split'?"
                    + " Type an id from the list to change it, Enter to finish, q to save and quit.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }

        @Test
        void theStartOfOneIdIsEnoughAndTheStartOfSeveralListsThem() {
            Interview interview = resumed(fullyAnswered());

            type(interview, "names");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Effect(criterion("names"), false, false));
            type(interview, "", "privacy-m");

            assertThat(hints()).isEmpty();
            assertThat(ratingOf(interview)).isEqualTo("privacy-monitoring");
            type(interview, "b", "access-");
            assertThat(hints()).containsExactly("'access-' starts several ids: access-cost, access-permission. Type more of one.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "f", "F"})
        void enterOrFFinishes(String input) {
            Interview interview = resumed(fullyAnswered());

            type(interview, input);

            assertThat(interview.ending()).hasValue(Interview.Ending.FINISHED);
        }

        @Test
        void anAssessmentCanBeFinishedWithQuestionsUnansweredAfterSayingHowManyRemain() {
            Interview interview = resumed(Map.of());

            type(interview, "r", "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.ConfirmFinish(6));
            assertThat(interview.ended()).isFalse();
            type(interview, "y");

            assertThat(interview.ending()).hasValue(Interview.Ending.FINISHED);
            assertThat(interview.answeredInScope()).isZero();
        }

        @Test
        void enterAtTheQuestionBeforeFinishingReturnsToTheReviewAndNGoesToTheNextOpenQuestion() {
            Interview interview = resumed(Map.of("access-cost", answer("none")));

            type(interview, "r", "f", "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
            type(interview, "f", "n");

            assertThat(ratingOf(interview)).isEqualTo("access-permission");
        }

        @Test
        void oListsTheOpenQuestions() {
            Interview interview = resumed(Map.of("access-cost", answer("none")));

            type(interview, "o");

            assertThat(events).filteredOn(Event.OpenQuestions.class::isInstance)
                    .flatExtracting(e -> ((Event.OpenQuestions) e).questions()).extracting(q -> q.id())
                    .containsExactly("access-permission", "names-split", "names-tamper", "privacy-collection", "privacy-monitoring");
        }

        @Test
        void thePartsOfTheBriefCanBeChangedFromTheReviewByTheirKey() {
            Interview interview = resumed(fullyAnswered());

            type(interview, "recommendations", "Publish the routing rules.", "Keep an open gateway market.", "");

            assertThat(interview.assessment().recommendationTexts())
                    .containsExactly("Publish the routing rules.", "Keep an open gateway market.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.ChangeRecommendation(2));
            type(interview, "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }
    }

    @Nested
    class Stopping {
        @Test
        void qOnARatingEndsWithoutChangingAnything() {
            Interview interview = resumed(Map.of());

            type(interview, "q");

            assertThat(interview.ending()).hasValue(Interview.Ending.QUIT);
            assertThat(changes()).isEmpty();
        }

        @Test
        void qAfterARatingKeepsTheRatingGiven() {
            Interview interview = resumed(Map.of());

            type(interview, "2", "1", "q");

            assertThat(interview.ending()).hasValue(Interview.Ending.QUIT);
            assertThat(changes()).extracting(a -> a.answers().get("access-cost")).containsExactly(new Answer("negative", "high", null, List.of()));
        }

        @Test
        void stoppingMidRationaleKeepsTheLinesTypedAndTheLineBeingTyped() {
            Interview interview = resumed(Map.of());
            type(interview, "2", "", "Costs rise");

            events.addAll(interview.stop("for every"));

            assertThat(interview.ended()).isTrue();
            assertThat(changes()).extracting(a -> a.answers().get("access-cost"))
                    .containsExactly(new Answer("negative", "medium", "Costs rise\nfor every\n", List.of()));
        }

        @Test
        void stoppingMidEffectKeepsWhatWasTyped() {
            Interview interview = resumed(Map.of("access-cost", answer("none"), "access-permission", answer("none")));
            type(interview, "b", "Prices rise.");

            events.addAll(interview.stop(null));

            assertThat(interview.assessment().effects()).containsEntry("access", "Prices rise.");
        }

        @Test
        void stoppingBeforeATitleSavesNothing() {
            Interview interview = newAssessment();
            type(interview, "");

            events.addAll(interview.stop("Gateway dec"));

            assertThat(changes()).isEmpty();
            assertThat(interview.saveable()).isFalse();
        }
    }

    @Nested
    class QuickAssessment {
        @Test
        void asksOnlyTheCriticalPropertiesThenReviewsThem() {
            Interview interview = new Interview(TINY, titled(Map.of()), Scope.CRITICAL_PROPERTIES);
            events.addAll(interview.begin());

            type(interview, "3", "", "", "3", "", "", "", "3", "", "", "3", "", "", "", "", "", "", "");

            assertThat(events).filteredOn(QuestionShown.class::isInstance).extracting(e -> ((QuestionShown) e).count()).containsOnly(4);
            ReviewShown review = (ReviewShown) events.get(events.size() - 1);
            assertThat(review.criteria()).extracting(Criterion::id).containsExactly("access", "names");
            assertThat(interview.answeredInScope()).isEqualTo(4);
        }

        @Test
        void resumesAtTheFirstUnansweredCriticalPropertyOrTheReview() {
            Map<String, Answer> properties = Map.of("access-cost", answer("none"), "access-permission", answer("none"),
                    "names-split", answer("none"), "names-tamper", answer("none"));

            Interview interview = new Interview(TINY, titled(properties), Scope.CRITICAL_PROPERTIES);
            interview.begin();

            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }
    }

    @Nested
    class TheBrief {
        @Test
        void afterTheDetailsComeAuthorsContextAndAssumptionsEachSavedWhenItEnds() {
            Interview interview = newAssessment();
            type(interview, "Gateway decree", "", "", "", "", "", "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Field(field("authors"), false, false));

            type(interview, "Ana Lim (Internet Society)", "Bo Chan", "");
            assertThat(changes().get(changes().size() - 1).authors())
                    .containsExactly(new Person("Ana Lim", "Internet Society"), Person.named("Bo Chan"));
            type(interview, "Chea Sok (Open Net)", "");
            assertThat(interview.assessment().contributors()).containsExactly(new Person("Chea Sok", "Open Net"));
            type(interview, "The decree follows a 2020 consultation.", "");
            assertThat(changes().get(changes().size() - 1).context()).isEqualTo("The decree follows a 2020 consultation.");
            type(interview, "One operator runs the gateway.", "");

            assertThat(interview.assessment().assumptions()).containsExactly("One operator runs the gateway.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.ProvisionName(0));
            type(interview, "");
            assertThat(ratingOf(interview)).isEqualTo("access-cost");
        }

        @Test
        void eachPartOfTheBriefCanBeSkippedWithEnterOrS() {
            Interview interview = newAssessment();
            type(interview, "Gateway decree", "", "", "", "", "", "");

            type(interview, "", "s", "", "S", "s");

            assertThat(interview.assessment().authors()).isEmpty();
            assertThat(interview.assessment().context()).isNull();
            assertThat(ratingOf(interview)).isEqualTo("access-cost");
        }

        @Test
        void keyFindingsConclusionsRecommendationsAndACallToActionComeBeforeTheReview() {
            Map<String, Answer> answers = new LinkedHashMap<>(fullyAnswered());
            answers.remove("privacy-monitoring");
            Interview interview = resumed(answers);
            type(interview, "3", "", "", "");

            type(interview, "One state-run gateway.", "");
            type(interview, "The gateway centralises control.", "It harms access.", "");
            type(interview, "Withdraw the decree.", "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.ChangeRecommendation(1));
            type(interview, "");
            type(interview, "Write to the ministry.", "");

            assertThat(interview.assessment().conclusions()).isEqualTo("The gateway centralises control.\nIt harms access.\n");
            assertThat(interview.assessment().recommendationTexts()).containsExactly("Withdraw the decree.");
            assertThat(interview.assessment().keyFindings()).containsExactly("One state-run gateway.");
            assertThat(interview.assessment().callToAction()).isEqualTo("Write to the ministry.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }
    }

    @Nested
    class Provisions {
        private Interview atTheProvisions() {
            Interview interview = newAssessment();
            type(interview, "Gateway decree", "", "", "", "", "", "", "", "", "", "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.ProvisionName(0));
            return interview;
        }

        private Interview withArticleFive() {
            Assessment written = titled(fullyAnswered()).withProvisions(List.of(
                    new Provision("Article 5", "Routes all traffic through one gateway.", List.of("access"), "One gateway controls access.")));
            Interview interview = new Interview(TINY, written, Scope.ALL);
            events.addAll(interview.begin());
            type(interview, "provisions");
            return interview;
        }

        @Test
        void afterTheAssumptionsEachProvisionIsAskedAndSavedWhenItsReasonEnds() {
            Interview interview = atTheProvisions();

            type(interview, "Article 5", "Routes all traffic through one gateway.", "acc, names", "One gateway controls access.",
                    "It can also rewrite names.", "");

            assertThat(interview.assessment().provisions()).containsExactly(new Provision("Article 5",
                    "Routes all traffic through one gateway.", List.of("access", "names"),
                    "One gateway controls access.\nIt can also rewrite names.\n"));
            assertThat(changes().get(changes().size() - 1).provisions()).hasSize(1);
            assertThat(interview.prompt()).isEqualTo(new Prompt.ProvisionName(1));
            type(interview, "");
            assertThat(ratingOf(interview)).isEqualTo("access-cost");
        }

        @Test
        void typingTheNameOfOneGivenBeforeChangesItAndEnterKeepsEachPart() {
            Interview interview = withArticleFive();

            type(interview, "article 5", "", "privacy", "");

            assertThat(interview.assessment().provisions()).containsExactly(new Provision("Article 5",
                    "Routes all traffic through one gateway.", List.of("privacy"), "One gateway controls access."));
            type(interview, "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }

        @Test
        void minusAtWhatItDoesRemovesTheProvision() {
            Interview interview = withArticleFive();

            type(interview, "Article 5", "-");

            assertThat(interview.assessment().provisions()).isEmpty();
            assertThat(interview.prompt()).isEqualTo(new Prompt.ProvisionName(0));
        }

        @Test
        void anUnknownCriterionIsAskedAgainWithASuggestion() {
            Interview interview = atTheProvisions();

            type(interview, "Article 5", "", "acess");

            assertThat(hints()).containsExactly("'acess' is not a criterion id; did you mean 'access'? Type ids such as access, names,"
                    + " or press Enter for none.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.ProvisionCriteria("Article 5", List.of()));
        }

        @Test
        void stoppingMidProvisionKeepsWhatWasTyped() {
            Interview interview = atTheProvisions();
            type(interview, "Article 5", "Routes all traffic through one gateway.", "access");

            events.addAll(interview.stop("One gateway"));

            assertThat(interview.assessment().provisions()).containsExactly(new Provision("Article 5",
                    "Routes all traffic through one gateway.", List.of("access"), "One gateway"));
        }

        @Test
        void bAtTheNameGoesBackToTheAssumptions() {
            Interview interview = atTheProvisions();

            type(interview, "b");

            assertThat(interview.prompt()).isEqualTo(new Prompt.Field(field("assumptions"), false, false));
        }
    }

    @Nested
    class WhatRecommendationsChange {
        private Interview withRecommendations() {
            Map<String, Answer> answers = new LinkedHashMap<>(fullyAnswered());
            answers.put("access-cost", answer("strongly-negative"));
            answers.put("access-permission", answer("strongly-negative"));
            Interview interview = resumed(answers);
            type(interview, "recommendations", "Withdraw the decree.", "Publish the routing rules.", "");
            return interview;
        }

        @Test
        void afterTheRecommendationsTheirChangesAreOfferedAndEnterGoesOn() {
            Interview interview = withRecommendations();

            assertThat(events).filteredOn(Event.RecommendationsShown.class::isInstance).hasSize(1);
            assertThat(interview.prompt()).isEqualTo(new Prompt.ChangeRecommendation(2));
            type(interview, "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
            assertThat(interview.assessment().hasRecommendedChanges()).isFalse();
        }

        @Test
        void theResidualVerdictIsShownBeforeTheChangeIsKeptWithItsReason() {
            Interview interview = withRecommendations();
            type(interview, "1", "access-c");
            assertThat(interview.prompt()).isEqualTo(new Prompt.ChangeImpact(1, TINY.question("access-cost").orElseThrow(), null));
            int saved = changes().size();

            type(interview, "3");

            Event.ResidualPreview preview = last(Event.ResidualPreview.class);
            assertThat(preview.inherent().criteria()).filteredOn(c -> c.criterion().id().equals("access"))
                    .extracting(c -> c.level()).containsExactly("strongly-negative");
            assertThat(preview.residual().criteria()).filteredOn(c -> c.criterion().id().equals("access"))
                    .extracting(c -> c.level()).doesNotContain("strongly-negative");
            assertThat(changes()).as("nothing saved before it is kept").hasSize(saved);
            assertThat(interview.prompt()).isEqualTo(new Prompt.KeepChange(1, TINY.question("access-cost").orElseThrow(), "none"));

            type(interview, "Without the decree, prices are set by the market again.");

            assertThat(changes()).hasSize(saved + 1);
            assertThat(interview.assessment().recommendations().get(0).changes())
                    .containsExactly(Map.entry("access-cost", new Answer("none", "medium", "Without the decree, prices are set by the market again.",
                            List.of())));
            assertThat(interview.assessment().recommendations().get(1).changesAnswers()).isFalse();
            assertThat(interview.prompt()).isEqualTo(new Prompt.ChangeQuestion(1));
        }

        @Test
        void nDropsTheChangeAndMinusRemovesOneKeptBefore() {
            Interview interview = withRecommendations();
            type(interview, "1", "access-cost", "none", "");
            assertThat(interview.assessment().recommendations().get(0).changes()).containsOnlyKeys("access-cost");

            type(interview, "access-permission", "none", "n");
            assertThat(interview.assessment().recommendations().get(0).changes()).containsOnlyKeys("access-cost");

            type(interview, "access-cost", "-");
            assertThat(interview.assessment().recommendations().get(0).changesAnswers()).isFalse();
            assertThat(interview.prompt()).isEqualTo(new Prompt.ChangeQuestion(1));
        }

        @Test
        void changesAreKeptInRubricOrderAndSurviveRetypingTheRecommendations() {
            Interview interview = withRecommendations();
            type(interview, "2", "privacy-monitoring", "positive", "", "access-cost", "positive", "", "", "");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());

            type(interview, "recommendations", "", "");

            assertThat(interview.assessment().recommendations().get(1).changes()).containsOnlyKeys("access-cost", "privacy-monitoring")
                    .extractingFromEntries(e -> e.getKey()).containsExactly("access-cost", "privacy-monitoring");
        }

        @Test
        void wrongNumbersAndIdsAreAskedAgainWithAHint() {
            Interview interview = withRecommendations();

            type(interview, "3", "1", "acces-cost");

            assertThat(hints()).containsExactly("'3' is not a recommendation's number: type 1 to 2, or press Enter when done.",
                    "'acces-cost' is not a question id; did you mean 'access-cost'? Type the id of a question the recommendation would"
                            + " change, or press Enter when done.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.ChangeQuestion(1));
        }

        @Test
        void fromTheReviewChangesOpensThemAndEnterReturns() {
            Interview interview = withRecommendations();
            type(interview, "");

            type(interview, "changes");
            assertThat(interview.prompt()).isEqualTo(new Prompt.ChangeRecommendation(2));
            type(interview, "b");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }

        @Test
        void withoutRecommendationsTheReviewSaysToWriteThemFirst() {
            Interview interview = resumed(fullyAnswered());

            type(interview, "changes");

            assertThat(hints()).containsExactly("There are no recommendations yet: type recommendations to write them first.");
            assertThat(interview.prompt()).isEqualTo(new Prompt.Review());
        }

        @Test
        void stoppingWhileAttachingKeepsTheRecommendationsAsTheyWere() {
            Interview interview = withRecommendations();
            type(interview, "1", "access-cost", "none");

            events.addAll(interview.stop("half a reason"));

            assertThat(interview.assessment().recommendationTexts()).containsExactly("Withdraw the decree.", "Publish the routing rules.");
            assertThat(interview.assessment().hasRecommendedChanges()).isFalse();
        }

        private <T extends Event> T last(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
        }
    }

    @Nested
    class Keys {
        @ParameterizedTest
        @ValueSource(strings = {"s", "S", " s "})
        void sSkipsTheEffectOnPeopleAndIsNeverStored(String s) {
            Interview interview = resumed(Map.of("access-cost", answer("none"), "access-permission", answer("none")));
            type(interview, "b");

            type(interview, s);

            assertThat(interview.assessment().effects()).isEmpty();
            assertThat(ratingOf(interview)).isEqualTo("names-split");
        }

        @Test
        void sAtWhySavesTheRatingWithoutAReasonAndIsNeverStored() {
            Interview interview = resumed(Map.of());

            type(interview, "1", "", "s");

            assertThat(interview.assessment().answers().get("access-cost")).isEqualTo(new Answer("strongly-negative", "medium", null, List.of()));
            assertThat(ratingOf(interview)).isEqualTo("access-permission");
        }

        @Test
        void dashClearsAnAnswerAnEffectADetailAndAPartOfTheBrief() {
            Assessment start = new Assessment(null, "./tiny.yaml", new Proposal("Gateway decree", "Cambodia", null, null, null, null, null),
                    List.of("Ana"), null, null, "Some context.", null, fullyAnswered(), Map.of("access", "Prices rise."), null, null);
            Interview interview = new Interview(TINY, start, Scope.ALL);
            interview.begin();

            type(interview, "access-cost", "-", "access", "-", "proposal", "", "-");
            type(interview, "r", "context", "-");

            assertThat(interview.assessment().answers()).doesNotContainKey("access-cost");
            assertThat(interview.assessment().effects()).isEmpty();
            assertThat(interview.assessment().proposal().jurisdiction()).isNull();
            assertThat(interview.assessment().context()).isNull();
            assertThat(interview.assessment().authors()).containsExactly(Person.named("Ana"));
        }

        @Test
        void dashAtWhyRemovesTheRationaleButKeepsTheRating() {
            Interview interview = resumed(Map.of("access-cost", answer("negative")));
            type(interview, "r", "access-cost");

            type(interview, "negative", "", "-");

            assertThat(interview.assessment().answers().get("access-cost")).isEqualTo(new Answer("negative", "medium", null, List.of()));
        }

        @Test
        void theTitleCannotBeCleared() {
            Interview interview = resumed(fullyAnswered());

            type(interview, "proposal", "-");

            assertThat(interview.assessment().proposal().title()).isEqualTo("Gateway decree");
        }

        @Test
        void nGoesToTheNextUnansweredQuestionFromAnywhere() {
            Interview interview = resumed(Map.of("access-permission", answer("none"), "names-split", answer("none")));

            type(interview, "n");
            assertThat(ratingOf(interview)).isEqualTo("names-tamper");
            type(interview, "r", "n");

            assertThat(ratingOf(interview)).isEqualTo("access-cost");
        }

        @Test
        void afterFillingASkippedQuestionOnResumeTheNextOpenOneFollowsNotTheAnsweredOnes() {
            Map<String, Answer> answers = new LinkedHashMap<>(fullyAnswered());
            answers.remove("access-cost");
            answers.remove("privacy-monitoring");
            Map<String, String> effects = Map.of("access", "Prices rise.", "names", "Split names.");
            Interview interview = new Interview(TINY, titled(answers).withEffects(effects), Scope.ALL);
            interview.begin();

            type(interview, "3", "", "");

            assertThat(ratingOf(interview)).isEqualTo("privacy-monitoring");
        }
    }

    private static BriefField field(String key) {
        return BriefField.ALL.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private Interview newAssessment() {
        Interview interview = new Interview(TINY, new Assessment(null, "./tiny.yaml", null, null, null, null, null, null, null, null, null,
                null), Scope.ALL);
        events.addAll(interview.begin());
        return interview;
    }

    private Interview resumed(Map<String, Answer> answers) {
        Interview interview = new Interview(TINY, titled(answers), Scope.ALL);
        events.addAll(interview.begin());
        return interview;
    }

    private static Assessment titled(Map<String, Answer> answers) {
        Map<String, Answer> ordered = new LinkedHashMap<>();
        TINY.questions().forEach(q -> {
            if (answers.containsKey(q.id())) {
                ordered.put(q.id(), answers.get(q.id()));
            }
        });
        return new Assessment(null, "./tiny.yaml", new Proposal("Gateway decree", null, null, null, null, null, null), null, null, null,
                null, null, ordered, null, null, null);
    }

    private static Map<String, Answer> fullyAnswered() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        TINY.questions().forEach(q -> answers.put(q.id(), answer("none")));
        return answers;
    }

    private static Answer answer(String impact) {
        return new Answer(impact, "medium", "Because.", List.of());
    }

    private static Criterion criterion(String id) {
        return TINY.criterion(id).orElseThrow();
    }

    private void type(Interview interview, String... lines) {
        for (String line : lines) {
            events.addAll(interview.submit(line));
        }
    }

    private static String ratingOf(Interview interview) {
        assertThat(interview.prompt()).isInstanceOf(Prompt.Rating.class);
        return ((Prompt.Rating) interview.prompt()).question().id();
    }

    private List<String> hints() {
        return events.stream().filter(Hint.class::isInstance).map(e -> new Screens(TINY).hint((Hint) e)).toList();
    }

    private List<Assessment> changes() {
        return events.stream().filter(Changed.class::isInstance).map(e -> ((Changed) e).assessment()).toList();
    }
}
