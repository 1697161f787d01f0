package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iia install} and {@code iia uninstall} under a temporary prefix, as ./iia runs them from a checkout. */
class InstallCommandTest {
    @TempDir
    Path prefix;

    @BeforeEach
    void fromACheckout() {
        System.setProperty(InstallCommand.HOME_PROPERTY, Path.of("").toAbsolutePath().toString());
    }

    @AfterEach
    void notFromACheckout() {
        System.clearProperty(InstallCommand.HOME_PROPERTY);
    }

    @Test
    void installPutsACommandThatRunsTheCheckoutsLauncherAndBashCompletion() throws Exception {
        Cli.Run run = Cli.run(Map.of("PATH", "/usr/bin"), "install", "--prefix", prefix.toString());

        assertThat(run.code()).isZero();
        Path command = prefix.resolve("bin/iia");
        assertThat(Files.isExecutable(command)).isTrue();
        assertThat(command).content().contains("exec " + Path.of("iia").toAbsolutePath() + " \"$@\"");
        assertThat(run.out()).contains("Add " + prefix.resolve("bin") + " to your PATH");
        Process bash = new ProcessBuilder("bash", "-c", "source " + prefix.resolve("share/bash-completion/completions/iia")
                + " && complete -p iia").redirectErrorStream(true).start();
        assertThat(new String(bash.getInputStream().readAllBytes())).contains("_complete_iia iia");
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void uninstallRemovesExactlyWhatInstallPutThereAndKeepsAFileChangedSince() throws IOException {
        Files.createDirectories(prefix.resolve("bin"));
        Files.writeString(prefix.resolve("bin/other-tool"), "mine");
        Cli.run("install", "--prefix", prefix.toString());
        Files.writeString(prefix.resolve("share/bash-completion/completions/iia"), "# edited by hand\n");

        Cli.Run run = Cli.run("uninstall", "--prefix", prefix.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Removed " + prefix.resolve("bin/iia"));
        assertThat(run.err()).isEqualTo("iia: kept " + prefix.resolve("share/bash-completion/completions/iia")
                + ": it changed since iia installed it\n");
        try (Stream<Path> files = Files.walk(prefix)) {
            assertThat(files.filter(Files::isRegularFile).map(prefix::relativize).map(Path::toString).toList())
                    .containsExactlyInAnyOrder("bin/other-tool", "share/bash-completion/completions/iia");
        }
    }

    @Test
    void aCommandInstalledByAnythingElseIsReplacedOnlyWithForce() throws IOException {
        Path command = Files.writeString(Files.createDirectories(prefix.resolve("bin")).resolve("iia"), "another iia");

        Cli.Run refused = Cli.run("install", "--prefix", prefix.toString());

        assertThat(refused.code()).isEqualTo(ExitCodes.FILES);
        assertThat(refused.err()).isEqualTo("iia: " + command + ": already exists and was not installed by iia; use --force to replace it\n");
        assertThat(command).hasContent("another iia");
        assertThat(Cli.run("uninstall", "--prefix", prefix.toString()).out()).startsWith("Nothing to remove");
        assertThat(command).hasContent("another iia");
        assertThat(Cli.run("install", "--force", "--prefix", prefix.toString()).code()).isZero();
    }

    @Test
    void hintsNameIiaWhenItIsOnThePathAndTheLauncherAsTypedOtherwise() throws IOException {
        Cli.run("install", "--prefix", prefix.toString());

        assertThat(Invocation.command(Map.of("PATH", prefix.resolve("bin").toString(), "IIA_LAUNCHER", "./iia"))).isEqualTo("iia");
        assertThat(Invocation.command(Map.of("PATH", "/nowhere", "IIA_LAUNCHER", "./iia"))).isEqualTo("./iia");
        assertThat(Invocation.command(Map.of("IIA_LAUNCHER", "../my iia/iia"))).isEqualTo("'../my iia/iia'");
    }

    @Test
    void newAndMergeHintsNameTheLauncherAsTypedWhenIiaIsNotOnThePath() throws IOException {
        Map<String, String> notInstalled = Map.of("PATH", "/nowhere", "IIA_LAUNCHER", "./iia");
        Path blank = prefix.resolve("my proposal.yaml");

        assertThat(Cli.run(notInstalled, "new", blank.toString()).err())
                .contains("then check it with: ./iia validate '" + blank + "'");

        Path team = Path.of("assessments/team");
        Path merged = prefix.resolve("merged.yaml");
        try (var files = java.nio.file.Files.list(team)) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("merge", "-o", merged.toString()),
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(Path::toString)).toArray(String[]::new);
            assertThat(Cli.run(notInstalled, args).out()).contains("Resolve the disputed questions together: ./iia assess " + merged);
        }
    }

    @Test
    void installOutsideACheckoutSaysHowToRunIt() {
        System.clearProperty(InstallCommand.HOME_PROPERTY);

        Cli.Run run = Cli.run("install", "--prefix", prefix.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FILES);
        assertThat(run.err()).isEqualTo("iia: install runs from a checkout: type ./iia install in the folder of the iia sources\n");
    }
}
