package dev.iia.rubric;

import java.util.List;

/** A lens of the analysis: what the Internet needs to exist, or to thrive. */
public record Section(String id, String title, String description, List<Criterion> criteria) {
    public Section {
        criteria = List.copyOf(criteria);
    }
}
