package dev.iia.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file could be read but its content is wrong; carries the problems found, in file order. At most
 * {@link #MAX_PROBLEMS} are kept, then one line says how many more there are: a file of a million
 * mistakes costs no more to report than one of a hundred.
 */
public class InvalidInputException extends RuntimeException {
    public static final int MAX_PROBLEMS = 100;
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).format());
        this.problems = capped(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first {@link #MAX_PROBLEMS}, then "… and N more problems" at the place of the last one kept. */
    public static List<Problem> capped(List<Problem> problems) {
        if (problems.size() <= MAX_PROBLEMS + 1) {
            return List.copyOf(problems);
        }
        List<Problem> kept = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        Problem last = kept.get(MAX_PROBLEMS - 1);
        kept.add(new Problem(last.source(), last.location(), String.format(Locale.ROOT,
                "… and %,d more problems; fix these first", problems.size() - MAX_PROBLEMS)));
        return List.copyOf(kept);
    }
}
