package dev.iia.brief;

import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Problem;

/**
 * A template is wrong: a syntax error, a key the view model does not have, a partial that cannot be
 * found, or a construct iia does not allow. Its problem names the template file, line and column.
 */
public class TemplateException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public TemplateException(Problem problem) {
        super(problem);
    }
}
