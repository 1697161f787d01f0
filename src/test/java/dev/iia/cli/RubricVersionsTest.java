package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RubricVersionsTest {
    @Test
    void listShowsEveryVersionOfTheBuiltInRubric() {
        Cli.Run run = Cli.run("rubric", "list");

        assertThat(run.out()).contains("iwn@1.0", "iwn@2.0");
    }

    @Test
    void showNamesTheAggregationOfTheNewestOrThePinnedVersion() {
        assertThat(Cli.run("rubric", "show", "iwn").out()).startsWith("iwn@2.0").contains("Aggregation: worst-harm, harm first");
        assertThat(Cli.run("rubric", "show", "iwn@1.0").out()).startsWith("iwn@1.0").contains("Aggregation: mean,");
    }

    @Test
    void anUnknownVersionIsRefusedWithTheVersionsThereAre() {
        Cli.Run run = Cli.run("rubric", "show", "iwn@3.0");

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).contains("rubric iwn has no version '3.0'; this iia has iwn@1.0, iwn@2.0");
    }

    @Test
    void rubricDiffListsTheChangesBetweenVersionsAndExitsOneWhenTheyDiffer() {
        Cli.Run run = Cli.run("rubric", "diff", "iwn@1.0", "iwn@2.0");

        assertThat(run.code()).isEqualTo(ExitCodes.GATE);
        assertThat(run.out()).startsWith("# iwn@1.0 → iwn@2.0\n").contains("## Added questions (6)",
                "- governance-open-process → governance-inclusive-decisions", "- aggregation: mean → worst-harm",
                "## Reworded questions (answers carry over, to be given again) (1)");
        assertThat(Cli.run("rubric", "diff", "iwn", "iwn@2.0").code()).isZero();
        assertThat(Cli.run("rubric", "diff", "iwn", "iwn@2.0").out()).contains("ask the same questions and score them the same way");
    }
}
