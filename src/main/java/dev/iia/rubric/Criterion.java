package dev.iia.rubric;

import java.util.List;

/** A critical property (no goal) or an enabler (with the goal it serves), and its questions. */
public record Criterion(String id, String title, String goal, String summary, String guidance, List<Question> questions) {
    public Criterion {
        questions = List.copyOf(questions);
    }

    public boolean isProperty() {
        return goal == null;
    }
}
