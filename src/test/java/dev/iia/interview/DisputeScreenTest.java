package dev.iia.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.DisputedAnswer;
import dev.iia.assessment.Evidence;
import dev.iia.assessment.Person;
import dev.iia.assessment.Proposal;
import dev.iia.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A disputed question (iia merge) in the dialogue: every analyst's answer is shown with it, and the team's is asked. */
class DisputeScreenTest {
    private static final Rubric TINY = TestRubrics.tiny();
    private static final List<DisputedAnswer> DISPUTE = List.of(
            new DisputedAnswer("Ana", "negative", "high", "Costs rise.", List.of(new Evidence("https://example.org/a", null))),
            new DisputedAnswer("Ben", "positive", null, null, List.of()));

    private static Assessment merged() {
        return new Assessment(null, "./tiny.yaml", new Proposal("Gateway decree", null, null, null, null, null, null),
                List.of(Person.named("Ana"), Person.named("Ben")), null, null, null, null, null, null, null, null, null, null,
                null, null, Map.of("access-cost", DISPUTE), null);
    }

    @Test
    void theDisputedQuestionIsOpenAndShownWithEachAnalystsAnswer() {
        Interview interview = new Interview(TINY, merged(), Scope.ALL);

        List<Event> events = interview.begin();

        assertThat(events).contains(new Event.DisputeShown(TINY.question("access-cost").orElseThrow(), DISPUTE, false));
        assertThat(interview.prompt()).isInstanceOf(Prompt.Rating.class);
        List<String> lines = text(new Screens(TINY).render(new Event.DisputeShown(TINY.question("access-cost").orElseThrow(), DISPUTE, false)));
        assertThat(lines).containsExactly(
                "  Disputed: the analysts answered differently. Give the team's answer.",
                "    Ana: negative, high confidence. Costs rise.",
                "         https://example.org/a",
                "    Ben: positive, medium confidence, no rationale");
    }

    @Test
    void theTeamsAnswerSettlesItAndTheAnalystsAnswersStay() {
        Interview interview = new Interview(TINY, merged(), Scope.ALL);
        interview.begin();

        List<Event> events = new ArrayList<>();
        for (String line : List.of("2", "", "We agree it costs.", "", "b")) {
            events.addAll(interview.submit(line));
        }

        Assessment resolved = interview.assessment();
        assertThat(resolved.answers().get("access-cost").impact()).isEqualTo("negative");
        assertThat(resolved.disputed().get("access-cost")).isEqualTo(DISPUTE);
        assertThat(events).contains(new Event.DisputeShown(TINY.question("access-cost").orElseThrow(), DISPUTE, true));
    }

    private static List<String> text(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}
