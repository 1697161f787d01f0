package dev.iia.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.TestAssessments;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Rubric;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreRowTest {
    @TempDir
    Path folder;

    @Test
    void theRowsAreThePropertiesThenEachGoalFollowedByItsEnablers() {
        LoadedAssessment loaded = TestAssessments.load(folder, "fee.yaml", TestAssessments.PARTIAL);
        Rubric rubric = loaded.rubric();
        List<String> expected = new ArrayList<>();
        rubric.properties().forEach(property -> expected.add("PROPERTY " + property.id()));
        for (var goal : rubric.goals()) {
            expected.add("GOAL " + goal.id());
            rubric.enablers().stream().filter(enabler -> goal.id().equals(enabler.goal()))
                    .map(Criterion::id).forEach(id -> expected.add("ENABLER " + id));
        }

        List<ScoreRow> rows = ScoreRow.of(Scorer.score(rubric, loaded.assessment()));

        assertThat(rows).extracting(row -> row.kind() + " " + row.id()).containsExactlyElementsOf(expected);
        assertThat(rows).filteredOn(row -> row.kind() == ScoreRow.Kind.GOAL).extracting(ScoreRow::confidence).containsOnlyNulls();
    }

    @Test
    void aCappedTradeOffIsNamedInOneWording() {
        LoadedAssessment loaded = TestAssessments.load(folder, "fee.yaml", TestAssessments.PARTIAL);

        ScoreRow capped = ScoreRow.of(Scorer.score(loaded.rubric(), loaded.assessment())).stream()
                .filter(row -> row.id().equals("accessible-infrastructure")).findFirst().orElseThrow();

        assertThat(capped.notes()).containsExactly("trade-off", "capped by a severe harm");
        assertThat(ScoreRow.notes(false, false, false)).isEmpty();
    }

    @Test
    void aHarmFoundWithTooLittleConfidenceIsNamedButNotCounted() {
        LoadedAssessment loaded = new dev.iia.assessment.AssessmentLoader(dev.iia.rubric.RubricCatalog.shared())
                .load(java.nio.file.Path.of("assessments/south-korea-sender-pays.yaml"));

        ScoreRow open = ScoreRow.of(Scorer.score(loaded.rubric(), loaded.assessment())).stream()
                .filter(row -> row.id().equals("open-architecture")).findFirst().orElseThrow();

        assertThat(open.level()).isEqualTo("none");
        assertThat(open.notes()).containsExactly("possible harm, not counted");
    }
}
