package dev.iia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JVM the {@code ./iia} launcher runs, and with which start-up cache: IIA_JAVA_HOME always,
 * then JAVA_HOME, then the newest JDK 25 or later in the folders of IIA_JDK_DIRS. The JDKs are fakes
 * whose {@code bin/java} records its arguments (and makes the file a cache option names), so each
 * test sees exactly what the launcher asked of which JVM. The project is the launcher and the jar
 * this build made, so nothing is built.
 */
class LauncherJdkIT {
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "$*" >> "$(dirname "$0")/../calls"
            for arg in "$@"; do
              case $arg in -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*) : > "${arg#*=}" ;; esac
            done
            echo "fake java"
            """;

    @TempDir
    Path folder;

    private Path project;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void aProjectWithItsJar() throws IOException {
        Path source = Path.of(System.getProperty("iia.project", "")).toAbsolutePath();
        project = Files.createDirectories(folder.resolve("project"));
        Files.copy(source.resolve("iia"), project.resolve("iia"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(project.resolve("target"));
        Files.copy(source.resolve("target/iia.jar"), project.resolve("target/iia.jar"));
        Files.createDirectories(project.resolve("assessments"));
        try (Stream<Path> examples = Files.list(source.resolve("assessments"))) {
            for (Path example : examples.filter(Files::isRegularFile).toList()) {
                Files.copy(example, project.resolve("assessments").resolve(example.getFileName()));
            }
        }
        environment.put("HOME", Files.createDirectories(folder.resolve("home")).toString());
        environment.put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        environment.put("IIA_JDK_DIRS", Files.createDirectories(folder.resolve("jdks")).toString());
    }

    @Test
    void iiaJavaHomeWinsAndOnJdk25TheFirstRunMakesAnAotCacheTheNextUsesIt() throws Exception {
        Path chosen = fakeJdk("chosen", "25.0.1", "25.0.1+9");
        Path other = fakeJdk("jdks/other", "26", "26+1");
        environment.put("IIA_JAVA_HOME", chosen.toString());
        environment.put("JAVA_HOME", fakeJdk("java-home", "25", "25+1").toString());

        assertThat(iia("score", "assessments")).isEqualTo("fake java\n");
        Path cache = folder.resolve("cache/iia/iia-25.0.1_9-" + jarStamp() + ".score.aot");
        assertThat(cache).isRegularFile();
        assertThat(calls(chosen)).satisfiesExactly(
                training -> assertThat(training).contains("-XX:AOTCacheOutput=").contains("dev.iia.cli.Training --only score ")
                        .doesNotContain("-Xshare").doesNotContain("dev.iia.cli.Main"),
                run -> assertThat(run).contains("-XX:AOTCache=" + cache).contains("-XX:-AOTReplayTraining")
                        .endsWith("dev.iia.cli.Main score assessments"));

        iia("--no-color", "score", "assessments");
        assertThat(calls(chosen)).as("the score cache made once").hasSize(3).last().asString()
                .contains("-XX:AOTCache=" + cache).endsWith("dev.iia.cli.Main --no-color score assessments");

        iia("rubric", "list");
        Path general = folder.resolve("cache/iia/iia-25.0.1_9-" + jarStamp() + ".aot");
        assertThat(calls(chosen)).as("other commands share one cache, of every everyday command").hasSize(5).satisfies(
                calls -> assertThat(calls.get(3)).contains("dev.iia.cli.Training /").doesNotContain("--only"),
                calls -> assertThat(calls.get(4)).contains("-XX:AOTCache=" + general).endsWith("dev.iia.cli.Main rubric list"));

        iia("--version");
        assertThat(calls(chosen)).as("--version alone, with the JDK's own archive only").hasSize(6).last().asString()
                .contains("-Xshare:auto").doesNotContain("AOTCache").contains("-XX:+UseSerialGC").endsWith("dev.iia.cli.Main --version");
        assertThat(calls(folder.resolve("java-home"))).isEmpty();
        assertThat(calls(other)).isEmpty();
    }

    @Test
    void javaHomeComesBeforeTheSearchAndBeforeJdk25ItGetsAnAppCdsArchive() throws Exception {
        Path javaHome = fakeJdk("java-home", "17.0.15", "17.0.15+6");
        Path newer = fakeJdk("jdks/temurin-25", "25.0.3", "25.0.3+9-LTS");
        environment.put("JAVA_HOME", javaHome.toString());

        iia("--version");
        iia("score", "assessments");

        Path archive = folder.resolve("cache/iia/iia-17.0.15_6-" + jarStamp() + ".jsa");
        assertThat(archive).isRegularFile();
        assertThat(calls(javaHome)).satisfiesExactly(
                training -> assertThat(training).contains("-XX:ArchiveClassesAtExit=").contains("dev.iia.cli.Training")
                        .contains("-XX:+UseSerialGC"),
                version -> assertThat(version).contains("-Xshare:auto").doesNotContain("UseSerialGC").endsWith("dev.iia.cli.Main --version"),
                run -> assertThat(run).contains("-XX:SharedArchiveFile=" + archive).contains("-XX:+UseSerialGC")
                        .endsWith("dev.iia.cli.Main score assessments"));
        assertThat(calls(newer)).isEmpty();
    }

    @Test
    void withNeitherVariableTheNewestJdk25OrLaterInTheSearchedFoldersRuns() throws Exception {
        Path older = fakeJdk("jdks/jdk-17", "17.0.2", "17.0.2+8");
        Path jdk25 = fakeJdk("jdks/jdk-25", "25.0.3", "25.0.3+9");
        Path newest = fakeJdk("more-jdks/jdk-26", "26.0.1", "26.0.1+2");
        environment.put("IIA_JDK_DIRS", folder.resolve("jdks") + ":" + folder.resolve("more-jdks") + ":" + folder.resolve("none"));

        iia("score", "assessments");

        assertThat(calls(newest)).hasSize(2).last().asString().contains("-XX:AOTCache=").endsWith("dev.iia.cli.Main score assessments");
        assertThat(calls(older)).isEmpty();
        assertThat(calls(jdk25)).isEmpty();
    }

    @Test
    void makingACacheRemovesThoseNotReadFor30Days() throws Exception {
        Path chosen = fakeJdk("chosen", "17.0.15", "17.0.15+6");
        environment.put("IIA_JAVA_HOME", chosen.toString());
        Path caches = Files.createDirectories(folder.resolve("cache/iia"));
        Path stale = Files.writeString(caches.resolve("iia-17.0.15_6-1-2.jsa"), "old");
        Path recent = Files.writeString(caches.resolve("iia-25.0.1_9-1-2.score.aot"), "in use");
        Path other = Files.writeString(caches.resolve("notes.txt"), "not iia's");
        FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(40)));
        Files.getFileAttributeView(stale, BasicFileAttributeView.class).setTimes(longAgo, longAgo, null);
        Files.getFileAttributeView(other, BasicFileAttributeView.class).setTimes(longAgo, longAgo, null);

        iia("score", "assessments");

        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
        assertThat(caches.resolve("iia-17.0.15_6-" + jarStamp() + ".jsa")).isRegularFile();
    }

    @Test
    void withIiaNoCdsNoCacheIsMadeOrUsed() throws Exception {
        Path chosen = fakeJdk("chosen", "25.0.1", "25.0.1+9");
        environment.put("IIA_JAVA_HOME", chosen.toString());
        environment.put("IIA_NO_CDS", "1");

        iia("--version");

        assertThat(calls(chosen)).singleElement().asString().doesNotContain("AOT").doesNotContain("Archive")
                .endsWith("dev.iia.cli.Main --version");
        assertThat(folder.resolve("cache/iia")).doesNotExist();
    }

    @Test
    void onlyABatchOfThousandsOfAssessmentsRunsTheOptimisingCompiler() throws Exception {
        Path chosen = fakeJdk("chosen", "17.0.15", "17.0.15+6");
        environment.put("IIA_JAVA_HOME", chosen.toString());
        thousandsOfFiles(Files.createDirectories(project.resolve("many/part")));

        iia("score", "--format", "json", "many");
        iia("score", "assessments", "many/part/0.yaml");
        iia("assess", "many");

        assertThat(calls(chosen)).satisfiesExactly(
                training -> assertThat(training).contains("dev.iia.cli.Training").doesNotContain("TieredStopAtLevel"),
                batch -> assertThat(batch).contains("-XX:FreqInlineSize=").doesNotContain("TieredStopAtLevel").doesNotContain("CICompilerCount")
                        .endsWith("dev.iia.cli.Main score --format json many"),
                few -> assertThat(few).contains("-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1").doesNotContain("FreqInlineSize"),
                other -> assertThat(other).contains("-XX:TieredStopAtLevel=1").endsWith("dev.iia.cli.Main assess many"));
    }

    @Test
    void onJdk25OnlyRunsOfTheQuickCompilerSkipTheCachesProfiles() throws Exception {
        Path chosen = fakeJdk("chosen", "25.0.1", "25.0.1+9");
        environment.put("IIA_JAVA_HOME", chosen.toString());
        thousandsOfFiles(Files.createDirectories(project.resolve("many")));

        iia("score", "assessments/community-networks-licensing.yaml");
        iia("score", "many");

        assertThat(calls(chosen)).filteredOn(call -> call.contains("dev.iia.cli.Main")).satisfiesExactly(
                one -> assertThat(one).contains("-XX:TieredStopAtLevel=1").contains("-XX:-AOTReplayTraining"),
                batch -> assertThat(batch).doesNotContain("TieredStopAtLevel").doesNotContain("AOTReplayTraining"));
    }

    /** The real thing where this machine has a JDK 25 or later: the cache is made, used, and changes no output. */
    @Test
    void anInstalledJdk25ScoresTheSameWithItsAotCache() throws Exception {
        Optional<Path> jdk = installedJdk25();
        assumeThat(jdk).as("a JDK 25 or later in /usr/lib/jvm").isPresent();
        environment.put("IIA_JAVA_HOME", jdk.get().toString());

        String first = iia("score", "assessments/community-networks-licensing.yaml");
        String again = iia("score", "assessments/community-networks-licensing.yaml");

        assertThat(first).contains("community-networks-licensing.yaml");
        assertThat(again).isEqualTo(first);
        try (Stream<Path> files = Files.list(folder.resolve("cache/iia"))) {
            assertThat(files.map(file -> file.getFileName().toString()).toList()).singleElement().asString()
                    .endsWith(jarStamp() + ".score.aot");
        }
    }

    @Test
    void theLauncherTellsIiaWhetherStandardOutputIsATerminal() throws Exception {
        Path chosen = fakeJdk("chosen", "17.0.15", "17.0.15+6");
        environment.put("IIA_JAVA_HOME", chosen.toString());

        iia("--no-color", "score", "assessments");
        iia(List.of("script", "-qec", "./iia score assessments", folder.resolve("typescript").toString()));

        assertThat(calls(chosen)).filteredOn(call -> call.contains("dev.iia.cli.Main")).satisfiesExactly(
                inAFile -> assertThat(inAFile).contains("-Diia.stdout.terminal=false"),
                onATerminal -> assertThat(onATerminal).contains("-Diia.stdout.terminal=true"));
    }

    /** The launcher tells iia whether standard output is a terminal, so iia need not ask the JDK (slow from JDK 22 on). */
    @Test
    void scoresAreColouredOnATerminalAndPlainInAFile() throws Exception {
        environment.put("IIA_JAVA_HOME", System.getProperty("java.home"));
        environment.put("TERM", "xterm");
        String example = "assessments/community-networks-licensing.yaml";

        String inAFile = iia("score", example);
        Path typescript = folder.resolve("typescript");
        iia(List.of("script", "-qec", "./iia score " + example, typescript.toString()));
        String onATerminal = Files.readString(typescript, StandardCharsets.UTF_8);

        assertThat(inAFile).contains("community-networks-licensing.yaml").doesNotContain("\u001b[");
        assertThat(onATerminal).contains("community-networks-licensing.yaml").contains("\u001b[");
    }

    /** As many (empty) assessments as make the launcher run the optimising compiler, .yaml and .yml. */
    private static void thousandsOfFiles(Path folder) throws IOException {
        for (int i = 0; i < 5000; i++) {
            Files.createFile(folder.resolve(i + (i % 2 == 0 ? ".yaml" : ".yml")));
        }
    }

    private Path fakeJdk(String name, String version, String runtime) throws IOException {
        Path home = Files.createDirectories(folder.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"fake\"\nJAVA_RUNTIME_VERSION=\"" + runtime + "\"\nJAVA_VERSION=\""
                + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private static List<String> calls(Path jdk) throws IOException {
        Path calls = jdk.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private static Optional<Path> installedJdk25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && majorVersion(home) >= 25).findFirst();
        }
    }

    private static int majorVersion(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream().filter(line -> line.startsWith("JAVA_VERSION=\""))
                    .map(line -> line.replaceAll("JAVA_VERSION=\"(\\d+).*", "$1")).mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Runs ./iia in the project and returns its standard output; it must succeed. */
    private String iia(String... arguments) throws IOException, InterruptedException {
        return iia(Stream.concat(Stream.of("./iia"), Stream.of(arguments)).toList());
    }

    /** Runs the command in the project and returns its standard output; it must succeed. */
    private String iia(List<String> command) throws IOException, InterruptedException {
        String arguments = String.join(" ", command);
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("IIA_") || name.equals("JAVA_HOME"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(arguments + " did not finish in " + PATIENCE);
        }
        assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** How the launcher names a cache for this jar: its size and modification time in seconds. */
    private String jarStamp() throws IOException {
        Path jar = project.resolve("target/iia.jar");
        return Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() / 1000;
    }
}
