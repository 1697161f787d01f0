package dev.iia.scoring;

/**
 * The headline in the style of Internet Impact Briefs: how many critical properties the proposal
 * undermines and how many goals it harms, and how many it supports.
 */
public record Verdict(int undermined, int supported, int propertiesAssessed, int properties,
                      int harmed, int helped, int goalsAssessed, int goals, int possiblyUndermined, int possiblyHarmed) {

    /** {@code Undermines 3 of 5 critical properties and harms 4 of 4 goals.}, with possible harms as {@code (possibly 1 more)}. */
    public String text() {
        StringBuilder text = new StringBuilder();
        if (properties > 0) {
            text.append("undermines ").append(undermined).append(" of ").append(properties)
                    .append(" critical ").append(plural(properties, "property", "properties"));
            possibly(text, possiblyUndermined);
        }
        if (goals > 0) {
            text.append(text.length() > 0 ? " and harms " : "harms ").append(harmed).append(" of ").append(goals)
                    .append(' ').append(plural(goals, "goal", "goals"));
            possibly(text, possiblyHarmed);
        }
        if (supported > 0 || helped > 0) {
            text.append("; supports ").append(supported).append(' ').append(plural(supported, "property", "properties"))
                    .append(" and ").append(helped).append(' ').append(plural(helped, "goal", "goals"));
        }
        int propertiesOpen = properties - propertiesAssessed;
        int goalsOpen = goals - goalsAssessed;
        if (propertiesOpen > 0 || goalsOpen > 0) {
            text.append(" (not assessed: ");
            if (propertiesOpen > 0) {
                text.append(propertiesOpen).append(' ').append(plural(propertiesOpen, "property", "properties"));
            }
            if (goalsOpen > 0) {
                text.append(propertiesOpen > 0 ? ", " : "").append(goalsOpen).append(' ').append(plural(goalsOpen, "goal", "goals"));
            }
            text.append(')');
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** Harms given only with low confidence: not counted, never hidden. */
    private static void possibly(StringBuilder text, int count) {
        if (count > 0) {
            text.append(" (possibly ").append(count).append(" more)");
        }
    }

    private static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}
