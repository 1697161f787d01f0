package dev.iia.interview;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.AssessmentFile;
import dev.iia.assessment.AssessmentWriter;
import dev.iia.assessment.RescuedAnswersException;
import dev.iia.io.FileAccessException;
import dev.iia.io.LockFile;
import dev.iia.scoring.Scorer;
import java.io.IOError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One interview on one file: shows what the interview says through a console, hands it what is
 * typed, and saves the file after every change, so nothing answered is lost to any interruption.
 * If the process is stopped while waiting for input (a signal, a closed terminal), a shutdown hook
 * saves what was being typed and releases the lock.
 */
public final class Session {
    /** How a session ended. */
    public enum Result { FINISHED, QUIT, END_OF_INPUT, INTERRUPTED }

    /** The end of a session: how it ended and the assessment as it is saved. */
    public record Outcome(Result result, Assessment assessment) {
    }

    private final Interview interview;
    private final Console console;
    private final Screens screens;
    private final AssessmentFile file;
    private final String shownAs;
    private final String resumeCommand;
    private final LockFile lock;
    private static final int EXIT_WAIT_SECONDS = 3;
    /** One step at a time: the dialogue's, or the exit hook's when the process is stopped. */
    private final ReentrantLock turn = new ReentrantLock();
    private Result result;

    /**
     * @param shownAs       the file as the user named it
     * @param resumeCommand what to type to continue later
     * @param lock          released when the process is stopped mid-session
     */
    public Session(Interview interview, Console console, AssessmentFile file, String shownAs, String resumeCommand, LockFile lock) {
        this.interview = interview;
        this.console = console;
        this.screens = new Screens(interview.rubric());
        this.file = file;
        this.shownAs = shownAs;
        this.resumeCommand = resumeCommand;
        this.lock = lock;
    }

    /** @param created true when the file does not exist yet */
    public Outcome run(boolean created) {
        Thread hook = new Thread(this::stopAtExit, "iia-save-at-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            console.show(screens.welcome(interview, shownAs, created));
            step(interview::begin);
            while (!interview.ended()) {
                Console.Ask ask = screens.ask(interview.prompt(), interview.keys());
                String line;
                try {
                    line = console.read(ask);
                } catch (InputClosedException e) {
                    return end(e.interrupted() ? Result.INTERRUPTED : Result.END_OF_INPUT, e.partialLine());
                }
                step(() -> interview.submit(line));
            }
            return end(interview.ending().orElseThrow() == Interview.Ending.FINISHED ? Result.FINISHED : Result.QUIT, null);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The process is already shutting down: the hook is running or has run.
            }
        }
    }

    private void step(Supplier<List<Event>> action) {
        turn.lock();
        try {
            stepHeld(action);
        } finally {
            turn.unlock();
        }
    }

    private void stepHeld(Supplier<List<Event>> action) {
        List<Line> lines = new ArrayList<>();
        for (Event event : action.get()) {
            if (event instanceof Event.Changed changed) {
                save(changed.assessment()).ifPresent(lines::add);
            } else {
                lines.addAll(screens.render(event));
            }
        }
        console.show(lines);
    }

    private Outcome end(Result how, String partialLine) {
        turn.lock();
        try {
            return endHeld(how, partialLine);
        } finally {
            turn.unlock();
        }
    }

    private Outcome endHeld(Result how, String partialLine) {
        if (result == null) {
            result = how;
            if (how != Result.FINISHED) {
                step(() -> interview.stop(partialLine));
            }
            console.show(how == Result.FINISHED
                    ? screens.summary(Scorer.score(interview.rubric(), interview.assessment()), shownAs)
                    : List.of(screens.stopped(how, interview, shownAs, resumeCommand)));
        }
        return new Outcome(result, interview.assessment());
    }

    /** Runs when the process is stopped before the session ended: keep what was typed, free the file. */
    private void stopAtExit() {
        try {
            stopNow();
        } finally {
            lock.close();
        }
    }

    /**
     * Ends the session at once from another thread (a signal, the exit hook): what was typed, with the
     * line being typed, is saved, and the one closing line shown if the terminal is still there. A save
     * that hangs (a file system that stopped answering) holds the turn; this waits for it only
     * {@link #EXIT_WAIT_SECONDS}, so a signal always ends the process.
     */
    public void stopNow() {
        String pending = console.pendingLine();
        boolean turnTaken = false;
        try {
            turnTaken = turn.tryLock(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
            if (turnTaken) {
                if (result == null) {
                    showIfStillThere(List.of(Line.empty()));
                }
                endHeld(Result.INTERRUPTED, pending);
            }
        } catch (RuntimeException | IOError e) {
            // The terminal may be gone already (a closed window); every confirmed answer is on disk.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (turnTaken) {
                turn.unlock();
            }
        }
    }

    /** A closed window cannot show anything; what is typed must still be saved after it. */
    private void showIfStillThere(List<Line> lines) {
        try {
            console.show(lines);
        } catch (RuntimeException | IOError e) {
            // The terminal is gone: the line would reach nobody.
        }
    }

    private Optional<Line> save(Assessment assessment) {
        try {
            return file.save(assessment).map(backup -> screens.backup(backup, shownAs));
        } catch (FileAccessException e) {
            result = Result.INTERRUPTED;
            if (e instanceof RescuedAnswersException) {
                throw e;
            }
            List<Line> rescue = new ArrayList<>();
            rescue.add(Line.of("Could not save " + shownAs + ": " + e.getMessage() + ". Copy the assessment below into a file to keep it:",
                    Tone.HINT));
            AssessmentWriter.toYaml(assessment).lines().map(Line::of).forEach(rescue::add);
            console.show(rescue);
            throw e;
        }
    }
}
