package dev.iia.interview;

import dev.iia.assessment.Assessment;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A part of the dialogue with steps of its own, such as the provisions or what a recommendation
 * would change: the interview hands it every line until it is over. {@code save} keeps a changed
 * assessment (and says so with a {@link Event.Changed}).
 */
interface Aside {
    Prompt prompt(Assessment assessment);

    Set<Key> keys();

    /** Takes a line that is not a command; false when the aside is over. */
    boolean submit(String line, Assessment assessment, List<Event> events, BiConsumer<Assessment, List<Event>> save);

    /** One step back; false at the first step, which leaves the aside. */
    boolean back(Assessment assessment, List<Event> events);

    /** {@code -}: removes what the current step is about. */
    void clear(Assessment assessment, List<Event> events, BiConsumer<Assessment, List<Event>> save);

    /** The assessment with what was typed and not yet kept, when input stops; {@code partialLine} is the line being typed. */
    Assessment kept(Assessment assessment, String partialLine);
}
