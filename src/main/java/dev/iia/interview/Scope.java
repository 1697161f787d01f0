package dev.iia.interview;

import dev.iia.rubric.Criterion;

/** Which criteria an interview walks through: all of them, or only the critical properties ({@code --quick}). */
public enum Scope {
    ALL, CRITICAL_PROPERTIES;

    public boolean includes(Criterion criterion) {
        return this == ALL || criterion.isProperty();
    }
}
