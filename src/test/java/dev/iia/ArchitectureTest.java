package dev.iia;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The shape docs/design.md promises, checked on the compiled classes (every use counts, not just
 * imports): packages use only those below them, the pure core touches no file, thread or terminal,
 * and picocli and JLine stay at the edges.
 */
class ArchitectureTest {
    /**
     * The packages from the top down: each may use those after it, never one before it. The order is
     * today's code: the command line drives the dialogue and the batch; the brief is made from scores
     * (and names a team); a team's agreement and merge are made from scores and assessments;
     * scores from assessments; assessments answer rubrics; rubrics and assessments are read by the YAML
     * reader, which reports problems; io (atomic writes, folder walks, locks) serves all of them.
     */
    static final List<String> LAYERS = List.of(
            "cli", "interview", "batch", "brief", "team", "scoring", "assessment", "rubric", "yaml", "problem", "io");

    /** The core that knows nothing of terminals, command lines, threads or files. */
    static final List<String> PURE = List.of("scoring", "brief", "team");

    /** The core: it never sees a command line or a terminal. */
    static final List<String> CORE = List.of("rubric", "assessment", "scoring", "brief", "team", "problem");

    /** File access and concurrency the pure core must leave to loaders, {@code dev.iia.io} and {@code dev.iia.batch}. */
    static final Class<?>[] FILES_AND_THREADS = {Files.class, FileChannel.class, Thread.class, Executor.class,
        ExecutorService.class, Executors.class, ForkJoinPool.class, CompletableFuture.class};


    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.iia");

    @Test
    void thereAreClassesInEveryLayer() {
        for (String layer : LAYERS) {
            assertThat(CLASSES.stream().filter(c -> c.getPackageName().equals(packageOf(layer))))
                    .as("classes in %s", packageOf(layer)).isNotEmpty();
        }
        assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct())
                .as("every package is one of the layers, so the layering covers it")
                .allSatisfy(name -> assertThat(LAYERS.stream().map(ArchitectureTest::packageOf)).contains(name));
    }

    @Test
    void noPackageUsesAPackageAboveIt() {
        List<String> violations = new ArrayList<>();
        for (int i = 1; i < LAYERS.size(); i++) {
            String[] above = packages(LAYERS.subList(0, i));
            violations.addAll(failures(noClasses().that().resideInAPackage(packageOf(LAYERS.get(i)) + "..")
                    .should().dependOnClassesThat(resideInAnyPackage(above))
                    .because(LAYERS.get(i) + " sits below " + String.join(", ", LAYERS.subList(0, i)))));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScoringAndTheBriefTouchNoFileAndStartNoThread() {
        ArchRule rule = noClasses().that().resideInAnyPackage(packages(PURE))
                .should().dependOnClassesThat(belongToAnyOf(FILES_AND_THREADS)
                        .or(simpleNameStartingWith("File").and(resideInAnyPackage("java.io")))
                        .or(resideInAnyPackage(packageOf("io") + "..")))
                .because("file access stays in the loaders and dev.iia.io, threads in dev.iia.batch");

        assertThat(failures(rule)).isEmpty();
    }

    @Test
    void theCoreNeverSeesACommandLineOrATerminal() {
        ArchRule rule = noClasses().that().resideInAnyPackage(packages(CORE))
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline..");

        assertThat(failures(rule)).isEmpty();
    }

    @Test
    void picocliIsUsedOnlyByTheCommandLineAndJLineOnlyByTheTerminalFrontEnd() {
        ArchRule picocli = noClasses().that().resideOutsideOfPackage(packageOf("cli") + "..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..");
        ArchRule jline = noClasses().that().doNotHaveFullyQualifiedName("dev.iia.interview.JLineConsole")
                .and(not(DescribedPredicate.describe("nested in JLineConsole",
                        (JavaClass c) -> c.getName().startsWith("dev.iia.interview.JLineConsole$"))))
                .should().dependOnClassesThat().resideInAnyPackage("org.jline..");

        assertThat(failures(picocli)).isEmpty();
        assertThat(failures(jline)).isEmpty();
    }

    private static List<String> failures(ArchRule rule) {
        EvaluationResult result = rule.allowEmptyShould(true).evaluate(CLASSES);
        return result.getFailureReport().getDetails();
    }

    private static String packageOf(String layer) {
        return "dev.iia." + layer;
    }

    private static String[] packages(List<String> layers) {
        return layers.stream().map(layer -> packageOf(layer) + "..").toArray(String[]::new);
    }
}
