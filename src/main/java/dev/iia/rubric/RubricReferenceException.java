package dev.iia.rubric;

/** An assessment's {@code rubric:} names no rubric that can be found. */
public class RubricReferenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RubricReferenceException(String message) {
        super(message);
    }
}
