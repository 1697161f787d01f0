package dev.iia.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the dialogue shows, measured as a terminal of 80 columns would wrap it. */
class ScreensTest {
    private static final Rubric IWN = RubricCatalog.shared().builtIn("iwn");
    private static final Screens SCREENS = new Screens(IWN);
    private static final EnumSet<Key> RATING_KEYS = EnumSet.of(Key.HELP, Key.BACK, Key.SKIP, Key.CLEAR, Key.NEXT_OPEN, Key.OPEN_LIST,
            Key.REVIEW, Key.QUIT);

    @Test
    void helpForEveryQuestionRestatesItAndFitsA24LineScreenWithItsPrompt() {
        for (Criterion criterion : IWN.criteria()) {
            for (Question question : criterion.questions()) {
                List<Line> help = SCREENS.render(new Event.Help(new Prompt.Rating(criterion, question, false), RATING_KEYS, false));

                assertThat(help.get(1).text()).isEqualTo(question.text() + " (" + question.id() + ")");
                assertThat(rows(help)).as("help for " + question.id()).isLessThanOrEqualTo(22);
            }
        }
    }

    @Test
    void asecondQuestionMarkShowsWhatEachRatingMeans() {
        Criterion criterion = IWN.criteria().get(0);
        List<Line> help = SCREENS.render(new Event.Help(new Prompt.Rating(criterion, criterion.questions().get(0), false), RATING_KEYS,
                true));

        assertThat(help).extracting(Line::text).contains(
                "  1 strongly-negative: " + IWN.scale().get(0).description());
        assertThat(rows(help)).isLessThanOrEqualTo(22);
    }

    @Test
    void noFullStopIsDoubledAndNoTitleIsCapitalisedMidSentence() {
        Criterion criterion = IWN.criteria().get(0);
        Question question = criterion.questions().get(0);
        List<String> texts = new ArrayList<>();
        SCREENS.render(new Event.QuestionShown(criterion, question, 1, 44,
                new dev.iia.assessment.Answer("negative", "high", "Fees on traffic.", List.of()))).forEach(l -> texts.add(l.text()));
        SCREENS.render(new Event.Help(new Prompt.Effect(criterion, false, false), RATING_KEYS, false)).forEach(l -> texts.add(l.text()));
        SCREENS.render(new Event.Help(new Prompt.Rating(criterion, question, false), RATING_KEYS, false)).forEach(l -> texts.add(l.text()));

        assertThat(texts).noneMatch(t -> t.contains(".."));
        assertThat(texts).noneMatch(t -> t.contains("impact on An "));
        assertThat(texts).noneMatch(t -> t.contains("What to look for: Look for"));
        assertThat(texts).anyMatch(t -> t.endsWith("Fees on traffic. Enter keeps it."));
    }

    private static int rows(List<Line> lines) {
        return lines.stream().mapToInt(line -> line.wrap(79).size()).sum();
    }
}
