package dev.iia.assessment;

import dev.iia.io.FileAccessException;
import java.nio.file.Path;

/** The assessment could not be saved where it was, so it was saved in {@link #rescued()} instead. */
public final class RescuedAnswersException extends FileAccessException {
    private static final long serialVersionUID = 1L;

    private final transient Path rescued;

    RescuedAnswersException(String message, Path rescued) {
        super(message);
        this.rescued = rescued;
    }

    /** Where the answers are now: the file to go on with. */
    public Path rescued() {
        return rescued;
    }
}
