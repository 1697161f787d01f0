package dev.iia.cli;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentFile;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.brief.Brief;
import dev.iia.brief.MarkdownTemplates;
import dev.iia.interview.Console;
import dev.iia.interview.InputClosedException;
import dev.iia.interview.Interview;
import dev.iia.interview.JLineConsole;
import dev.iia.interview.Line;
import dev.iia.interview.PlainConsole;
import dev.iia.interview.Scope;
import dev.iia.assessment.RescuedAnswersException;
import dev.iia.interview.Session;
import dev.iia.io.AtomicFiles;
import dev.iia.io.FileAccessException;
import dev.iia.io.FileIdentities;
import dev.iia.io.LockFile;
import dev.iia.io.SafeFiles;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.scoring.Migration;
import dev.iia.yaml.YamlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Assess a proposal question by question, with help and examples at hand.",
            "Creates FILE, or resumes it at the first unanswered question. Each answer",
            "is saved as soon as it is given: stopping at any moment loses nothing.",
            "--rubric chooses the rubric of a new FILE; a resumed one keeps its own.",
            "",
            "Keys: a number or scale key answers; ? help, b back, s skip, r review,",
            "q save and quit."})
final class AssessCommand implements Callable<Integer>, ExitCodes.Documented {
    @Spec
    CommandSpec spec;

    @ParentCommand
    IiaCommand root;

    @Parameters(paramLabel = "FILE", description = "The assessment file to create or resume.")
    Path file;

    /** For a new FILE only: an existing one keeps its rubric. */
    @Mixin
    RubricOption rubric;

    @Option(names = "--quick", description = "Ask only the questions on the critical properties.")
    boolean quick;

    @Option(names = "--only", paramLabel = "CRITERION", split = ",",
            description = "Ask only these criteria: criterion ids, goals (open, secure, ...) or sections (exist, thrive),"
                    + " separated by commas; for a team that splits the work (docs/team.md).")
    List<String> only;

    @Option(names = "--plain", description = "Plain line-by-line questions without escape codes, for screen readers"
            + " (also used when input or output is not a terminal).")
    boolean plain;

    @Option(names = "--brief", paramLabel = "OUT.md",
            description = "Once the assessment is finished, write its Internet Impact Brief to OUT.md without asking.")
    Path brief;

    /** Lets --brief replace an existing OUT.md. */
    @Mixin
    ForceOption force;

    /** What the session starts from: the assessment so far and the file it is saved in. */
    private record Start(Rubric rubric, Assessment assessment, AssessmentFile file, boolean created) {
    }

    @Override
    public Map<Integer, String> exitCodes() {
        return Map.of(
                ExitCodes.OK, "finished (and the brief written), or saved and stopped (q, end of input)",
                ExitCodes.INVALID, "FILE exists but is invalid (its problems are listed; it is left untouched), or a bad --rubric",
                ExitCodes.FILES, "FILE cannot be read or written, or is open in another iia session, or --brief OUT.md exists"
                        + " without --force",
                ExitCodes.INTERRUPTED, "interrupted: Ctrl-C, a closed terminal (SIGHUP) or kill (SIGTERM); every answer"
                        + " given is saved, with the text being typed");
    }

    @Override
    @SuppressWarnings("try") // the termination hook releases the lock itself: System.exit never leaves the try
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path real = checkLocation();
        if (brief != null) {
            FileIdentities.of(List.of(real)).refuseAsOutput(brief);
            checkBriefTarget();
        }
        try (LockFile lock = LockFile.acquire(file)) {
            lock.staleHolder().ifPresent(holder -> err.println("iia: took over " + lock.path()
                    + ", left by an iia session that ended without releasing it (" + holder + ")"));
            err.flush();
            Start start = SafeFiles.exists(real) ? resume(real) : create(real);
            Scope scope = scope(start.rubric());
            try (Console console = openConsole()) {
                Migration migration = start.created() || only != null || !start.assessment().disputed().isEmpty() ? null
                        : offerMigration(console, start);
                if (migration != null) {
                    start = migrate(start, migration);
                    scope = Scope.questions(migration.askAgain());
                }
                Interview interview = new Interview(start.rubric(), start.assessment(), scope);
                Session session = new Session(interview, console, start.file(), file.toString(), resumeCommand(), lock);
                console.onTermination(() -> {
                    session.stopNow();
                    lock.close();
                    System.exit(ExitCodes.INTERRUPTED);
                });
                Session.Outcome outcome;
                try {
                    outcome = session.run(start.created());
                } catch (RescuedAnswersException e) {
                    throw new FileAccessException(e.getMessage() + "; continue with: " + Invocation.command(root.environment())
                            + " assess " + shellWord(e.rescued().toString()), e);
                }
                if (outcome.result() == Session.Result.FINISHED) {
                    return afterFinishing(console, new LoadedAssessment(file.toString(), file, start.rubric(), outcome.assessment()));
                }
                return outcome.result() == Session.Result.INTERRUPTED ? ExitCodes.INTERRUPTED : ExitCodes.OK;
            }
        }
    }

    /**
     * For a file on an older version of a built-in rubric: asks whether to move it to the newest,
     * then (on yes) the interview asks only the new and reworded questions. Null when not wanted.
     */
    private Migration offerMigration(Console console, Start start) {
        Rubric from = start.rubric();
        List<String> versions = RubricCatalog.versions(from.id());
        if (RubricCatalog.isPath(start.assessment().rubric()) || versions.isEmpty()
                || versions.get(versions.size() - 1).equals(from.version())) {
            return null;
        }
        Rubric newest = RubricCatalog.shared().builtIn(from.id());
        Path original = file.resolveSibling(file.getFileName() + ".orig");
        String question = file + " answers " + from.reference() + "; move it to " + newest.reference()
                + " and answer only its new and reworded questions (the original is kept as " + original + ")? [Y/n] ";
        try {
            if (Files.exists(original) || !yes(console.read(new Console.Ask(question, List.of("y", "n"))), true)) {
                return null;
            }
        } catch (InputClosedException e) {
            return null;
        }
        return Migration.of(from, newest, start.assessment(), newest.reference());
    }

    /** Keeps the original as FILE.orig, saves the migrated file, and starts from it. */
    private Start migrate(Start start, Migration migration) {
        Path real = start.file().path();
        byte[] original = SafeFiles.read(real, file.toString(), YamlReader.MAX_FILE_BYTES);
        byte[] migrated = AssessmentFile.migrated(original, migration.after(), NewCommand.schemaFileName(migration.to()));
        AtomicFiles.write(real.resolveSibling(real.getFileName() + ".orig"), original, false);
        AtomicFiles.write(real, migrated, true);
        return new Start(migration.to(), migration.after(), AssessmentFile.existing(real, migrated, migration.after()), false);
    }

    private Scope scope(Rubric chosen) {
        if (only == null) {
            return quick ? Scope.CRITICAL_PROPERTIES : Scope.ALL;
        }
        if (quick) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--quick and --only cannot be combined; --only exist asks the critical properties");
        }
        Scope.unknown(chosen, only).ifPresent(message -> {
            throw new CommandLine.ParameterException(spec.commandLine(), "--only: " + message);
        });
        return Scope.only(chosen, only);
    }

    /** The last step of a finished assessment, after its summary: the brief, then where to go from here. */
    private int afterFinishing(Console console, LoadedAssessment finished) {
        int code = ExitCodes.OK;
        boolean asked = brief == null;
        Path target = asked ? offerBrief(console) : brief;
        if (target != null) {
            try {
                FileIdentities.of(List.of(finished.file())).refuseAsOutput(target);
                String markdown = MarkdownTemplates.builtIn(MarkdownTemplates.BRIEF)
                        .render(Brief.of(finished));
                AtomicFiles.write(target, markdown.getBytes(StandardCharsets.UTF_8), force.given() || asked);
                console.show(List.of(Line.of("Wrote the brief to " + target + ".")));
            } catch (FileAccessException e) {
                console.show(List.of(Line.of("iia: " + e.getMessage())));
                code = ExitCodes.FILES;
            }
        }
        List<Line> next = new ArrayList<>();
        String iia = Invocation.command(root.environment());
        next.add(Line.of("See how each level was reached: " + iia + " score --explain " + shellWord(file.toString())));
        if (brief == null && target == null) {
            next.add(Line.of("Write the brief later: " + iia + " brief " + shellWord(file.toString())));
        }
        if (quick) {
            next.add(Line.of("Assess the enablers too: " + iia + " assess " + shellWord(file.toString())));
        }
        console.show(next);
        return code;
    }

    /** Asks whether to write the brief beside the assessment; an existing one is replaced only on a clear yes. */
    private Path offerBrief(Console console) {
        Path target = briefBeside(file);
        try {
            if (!yes(console.read(new Console.Ask("Write the brief to " + target + "? [Y/n] ", List.of("y", "n"))), true)) {
                return null;
            }
            if (SafeFiles.exists(target)
                    && !yes(console.read(new Console.Ask(target + " exists. Replace it? [y/N] ", List.of("y", "n"))), false)) {
                return null;
            }
            return target;
        } catch (InputClosedException e) {
            return null;
        }
    }

    private static boolean yes(String answer, boolean byDefault) {
        String word = answer.strip().toLowerCase(java.util.Locale.ROOT);
        return word.isEmpty() ? byDefault : word.equals("y") || word.equals("yes");
    }

    /** {@code my-proposal.yaml} → {@code my-proposal.md}, as {@code iia brief} names it. */
    static Path briefBeside(Path assessment) {
        return assessment.resolveSibling(BriefCommand.stem(assessment) + ".md");
    }

    /** --brief OUT is checked before the first question, so a long session never ends on a path that cannot be written. */
    private void checkBriefTarget() {
        if (Files.isDirectory(brief)) {
            throw new FileAccessException(brief + ": is a folder; name the brief file, such as " + brief.resolve("brief.md"));
        }
        if (!force.given() && SafeFiles.exists(brief)) {
            throw new FileAccessException(brief + ": already exists; use --force to overwrite it");
        }
        Path folder = brief.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new FileAccessException(brief + ": cannot create: the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder) || SafeFiles.exists(brief) && !Files.isWritable(brief)) {
            throw new FileAccessException(brief + ": cannot write there: permission denied");
        }
    }

    /**
     * The real file FILE names: a link to an assessment is followed, so the session saves into the
     * assessment itself (the link stays) and holds the lock of that file, under whatever name.
     */
    private Path checkLocation() {
        if (Files.isDirectory(file)) {
            throw new FileAccessException(file + ": is a folder; name the assessment file, such as " + file.resolve("my-proposal.yaml"));
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new FileAccessException(file + ": cannot create: the folder " + folder + " does not exist");
        }
        return SafeFiles.realFile(file);
    }

    private Start resume(Path real) {
        LoadedAssessment loaded = new AssessmentLoader(RubricCatalog.shared()).load(file);
        if (rubric.isGiven() && !rubric.resolve().equals(loaded.rubric())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rubric: " + file + " already answers rubric "
                    + loaded.assessment().rubric() + "; --rubric chooses the rubric of a new file only");
        }
        AssessmentFile saved = AssessmentFile.existing(real, SafeFiles.read(real, file.toString(), YamlReader.MAX_FILE_BYTES),
                loaded.assessment());
        return new Start(loaded.rubric(), loaded.assessment(), saved, false);
    }

    private Start create(Path real) {
        Rubric chosen = rubric.resolve();
        Assessment empty = new Assessment(null, rubric.referenceFrom(file, chosen), null, null, null, null, null, null, null, null, null, null);
        return new Start(chosen, empty, AssessmentFile.created(real), true);
    }

    private Console openConsole() throws IOException {
        boolean systemInput = root.in() == System.in;
        boolean terminal = systemInput && System.console() != null && !"dumb".equals(root.environment().get("TERM"));
        if (terminal && !plain) {
            return JLineConsole.system(root.colourWanted());
        }
        boolean echo = !terminal && !(systemInput && inputIsTerminal());
        return new PlainConsole(root.in(), spec.commandLine().getOut(), echo);
    }

    /** Whether standard input is a terminal even though output is not (Java 17 cannot ask directly). */
    private static boolean inputIsTerminal() {
        try {
            Process test = new ProcessBuilder("test", "-t", "0").redirectInput(ProcessBuilder.Redirect.INHERIT).start();
            return test.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String resumeCommand() {
        String scope = only != null ? "--only " + shellWord(String.join(",", only)) + " " : quick ? "--quick " : "";
        return Invocation.command(root.environment()) + " assess " + scope + shellWord(file.toString());
    }

    static String shellWord(String word) {
        return Invocation.shellWord(word);
    }
}
