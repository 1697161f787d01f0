package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of docs/team.md is what iia says about assessments/team/ today. */
class TeamExampleTest {
    private static final String[] FILES = {"assessments/team/network-engineer.yaml", "assessments/team/policy-analyst.yaml",
        "assessments/team/privacy-lawyer.yaml"};

    @TempDir
    Path folder;

    @Test
    void everyLineOfTheAgreementShownInTheDocsIsInIiasOutput() throws IOException {
        String docs = Files.readString(Path.of("docs/team.md"));
        String block = docs.substring(docs.indexOf("```markdown\n# Agreement on") + "```markdown\n".length());
        List<String> shown = block.substring(0, block.indexOf("```")).lines().filter(line -> !line.equals("...")).toList();

        Cli.Run run = Cli.run(concat("agree"));

        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).containsSubsequence(shown);
    }

    @Test
    void theMergeShownInTheDocsIsWhatIiaSays() throws IOException {
        Path team = folder.resolve("team.yaml");

        Cli.Run run = Cli.run(concat("merge", "-o", team.toString()));

        String docs = Files.readString(Path.of("docs/team.md"));
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Merged 3 assessments into " + team + ": ");
        String said = run.out().substring(("Merged 3 assessments into " + team + ": ").length()).lines().findFirst().orElseThrow();
        assertThat(docs.replace("\n# ", " ")).contains(said);
        assertThat(Cli.run("validate", team.toString()).code()).isZero();
    }

    private static String[] concat(String command, String... options) {
        String[] args = new String[1 + FILES.length + options.length];
        args[0] = command;
        System.arraycopy(FILES, 0, args, 1, FILES.length);
        System.arraycopy(options, 0, args, 1 + FILES.length, options.length);
        return args;
    }
}
