package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.Assessment;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.scoring.Scorer;
import org.junit.jupiter.api.Test;

class MethodologyTextTest {
    private static final Assessment EMPTY = new Assessment(null, "iwn", null, null, null, null, null, null, null, null, null, null);

    @Test
    void aHarmFirstRubricIsDescribedAsNeverNettingAHarm() {
        Rubric rubric = RubricCatalog.shared().builtIn("iwn", "2.0");

        assertThat(MethodologyText.paragraphs(rubric, Scorer.score(rubric, EMPTY)).get(1))
                .contains("(iwn@2.0)").contains("undermined when the proposal harms it in any credible way")
                .doesNotContain("average");
    }

    @Test
    void aMeanRubricIsDescribedAsTheAverageItIs() {
        Rubric rubric = RubricCatalog.shared().builtIn("iwn", "1.0");

        assertThat(MethodologyText.paragraphs(rubric, Scorer.score(rubric, EMPTY)).get(1))
                .contains("(iwn@1.0)").contains("weighted average of its answers, so one harm can be outweighed")
                .doesNotContain("any credible way");
    }
}
