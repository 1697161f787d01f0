package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iia assess --only}: each analyst of a team answers only their share of the criteria. */
class AssessOnlyTest {
    private static final Rubric IWN = RubricCatalog.shared().builtIn("iwn");

    @TempDir
    Path folder;

    @Test
    void onlyTheNamedCriteriaAndTheEnablersOfTheNamedGoalsAreAsked() {
        Path file = folder.resolve("lawyer.yaml");
        List<Criterion> asked = Stream.concat(IWN.criterion("accessible-infrastructure").stream(),
                IWN.criteria().stream().filter(c -> "secure".equals(c.goal()) || "trustworthy".equals(c.goal()))).toList();

        Cli.Run run = Cli.runWithInput("Gateway decree\n\n\n\n\n\n\n" + "\n\n\n\n\n" + none(asked) + "\n\n\n\n" + "\n", "assess", "--only",
                "accessible-infrastructure,Secure,trustworthy", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> answered = List.copyOf(new AssessmentLoader(RubricCatalog.shared()).load(file).assessment().answers().keySet());
        assertThat(answered).containsExactlyElementsOf(asked.stream().flatMap(c -> c.questions().stream()).map(Question::id).toList());
        assertThat(run.out()).contains("18 questions on 1 critical property and 5 enablers");
    }

    @Test
    void aMisspeltCriterionIsAUsageErrorWithASuggestionAndNothingIsWritten() {
        Path file = folder.resolve("x.yaml");

        Cli.Run run = Cli.runWithInput("", "assess", "--only", "privcy", file.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--only: 'privcy' is not a criterion, goal or section of iwn@2.0; did you mean 'privacy'?");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void quickAndOnlyCannotBeCombined() {
        Cli.Run run = Cli.runWithInput("", "assess", "--quick", "--only", "privacy", folder.resolve("x.yaml").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--quick and --only cannot be combined");
    }

    @Test
    void stoppingSaysHowToResumeTheSameShare() {
        Cli.Run run = Cli.runWithInput("Gateway decree\n\n\n\n\n\n\nq\n", "assess", "--only", "exist",
                folder.resolve("x.yaml").toString());

        assertThat(run.out()).contains("Resume with: iia assess --only exist " + folder.resolve("x.yaml"));
    }

    /** "none" with the default confidence and no rationale for every question, no effect on people. */
    private static String none(List<Criterion> criteria) {
        StringBuilder input = new StringBuilder();
        for (Criterion criterion : criteria) {
            criterion.questions().forEach(q -> input.append("3\n\n\n"));
            input.append('\n');
        }
        return input.toString();
    }
}
