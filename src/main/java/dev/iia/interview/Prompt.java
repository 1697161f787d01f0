package dev.iia.interview;

import dev.iia.assessment.Answer;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import java.util.List;

/** What the interview waits for now: one line of input. Front ends show it and send back what was typed. */
public sealed interface Prompt {
    /**
     * A proposal detail. {@code continuation} is true for the second and later lines of a
     * multi-line detail; {@code current} is the value Enter keeps, or null.
     */
    record Detail(ProposalField field, boolean continuation, String current) implements Prompt {
    }

    /** The rating of a question: a number or scale key, or a command. Enter keeps the answer when {@code answered}. */
    record Rating(Criterion criterion, Question question, boolean answered) implements Prompt {
    }

    /** How sure the rating is; Enter takes {@code preset}. */
    record Confidence(Question question, String impact, String preset) implements Prompt {
    }

    /** Why: lines until an empty one. Enter on the first line keeps the current rationale when {@code keepsCurrent}. */
    record Rationale(Question question, String impact, boolean continuation, boolean keepsCurrent) implements Prompt {
    }

    /** The effect on people of the impact on a criterion: lines until an empty one, optional. */
    record Effect(Criterion criterion, boolean continuation, boolean keepsCurrent) implements Prompt {
    }

    /** A field of the brief: lines until an empty one, optional. */
    record Field(BriefField field, boolean continuation, boolean keepsCurrent) implements Prompt {
    }

    /** Finishing with questions still open: asks first. */
    record ConfirmFinish(int open) implements Prompt {
    }

    /** The name of a provision to analyse (a new one, or one of the {@code count} given to change it); Enter when done. */
    record ProvisionName(int count) implements Prompt {
    }

    /** What the provision does, in a line; Enter keeps {@code current} when there is one. */
    record ProvisionSummary(String provision, String current) implements Prompt {
    }

    /** The criteria the provision touches, as ids; Enter keeps {@code current}. */
    record ProvisionCriteria(String provision, List<String> current) implements Prompt {
    }

    /** Why: lines until an empty one; Enter on the first line keeps the current reason when {@code keepsCurrent}. */
    record ProvisionRationale(String provision, boolean continuation, boolean keepsCurrent) implements Prompt {
    }

    /** Which recommendation, of {@code count}, to attach changes to: its number; Enter goes on. */
    record ChangeRecommendation(int count) implements Prompt {
    }

    /** Which question recommendation {@code number} would change: an id; Enter returns to the recommendations. */
    record ChangeQuestion(int number) implements Prompt {
    }

    /** The answer {@code question} would get with recommendation {@code number} adopted; Enter keeps {@code current} when there is one. */
    record ChangeImpact(int number, Question question, Answer current) implements Prompt {
    }

    /** After the residual verdict is shown: why, in a line if you like; Enter keeps the change, n drops it. */
    record KeepChange(int number, Question question, String impact) implements Prompt {
    }

    /** The review: an id to change, Enter to finish. */
    record Review() implements Prompt {
    }
}
