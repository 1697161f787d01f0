package dev.iia.brief;

import dev.iia.rubric.Rubric;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.GoalScore;
import dev.iia.scoring.Levels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences for people: lists joined as in prose, small counts in words, the summary of a result. */
final class Prose {
    private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private Prose() {
    }

    /**
     * {@code a}, {@code a and b}, {@code a, b and c}; with semicolons when an item has a comma or an
     * "and" of its own ({@code a and b; and c}), so that the list still reads unambiguously.
     */
    static String join(List<String> items) {
        return join(items, "and");
    }

    /** As {@link #join(List)} with another conjunction before the last item: {@code a, b or c}. */
    static String join(List<String> items, String conjunction) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        boolean compound = false;
        for (String item : items) {
            compound |= item.contains(",") || item.contains(" " + conjunction + " ");
        }
        String separator = compound ? "; " : ", ";
        String last = (compound ? "; " : " ") + conjunction + " ";
        return String.join(separator, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }

    static String count(int number) {
        return number < NUMBERS.size() ? NUMBERS.get(number) : String.valueOf(number);
    }

    /**
     * A title inside a sentence: {@code An open architecture} becomes {@code an open architecture} and
     * {@code A network} {@code a network}, while a first word with capitals inside ({@code IPv6}) stays.
     */
    static String inSentence(String title) {
        int space = title.indexOf(' ');
        String firstWord = space < 0 ? title : title.substring(0, space);
        boolean plainWord = true;
        for (int i = firstWord.isEmpty() ? 0 : Character.charCount(firstWord.codePointAt(0)); i < firstWord.length(); ) {
            int codePoint = firstWord.codePointAt(i);
            plainWord &= !Character.isUpperCase(codePoint);
            i += Character.charCount(codePoint);
        }
        if (!title.isEmpty() && Character.isUpperCase(title.charAt(0)) && plainWord) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * The generated opening of the conclusions: the overall level, then which critical properties the
     * proposal undermines or supports, which goals it harms or helps, and what is not assessed.
     */
    static String summary(AssessmentScore score) {
        Rubric rubric = score.rubric();
        List<String> sentences = new ArrayList<>();
        if (Levels.NOT_ASSESSED.equals(score.level())) {
            sentences.add("Nothing has been answered yet, so this assessment reaches no conclusion.");
            return String.join(" ", sentences);
        }
        if (Levels.UNCLEAR.equals(score.level())) {
            sentences.add("Every answer so far is " + lower(Levels.label(rubric, Levels.UNCLEAR))
                    + ", so this assessment gives no level.");
        } else if (Levels.direction(rubric, score.level()) < 0) {
            sentences.add("Overall, the proposal's impact on the Internet is " + lower(Levels.label(rubric, score.level()))
                    + ", the worst level among the critical properties and the goals.");
        } else {
            sentences.add("Overall, the proposal's impact on the Internet is " + lower(Levels.label(rubric, score.level()))
                    + ": nothing is harmed, and that is the level of the mean score of the critical properties.");
        }
        int properties = score.properties().size();
        int goals = score.goals().size();
        if (properties > 0) {
            sentences.add(effect("undermines", "supports", "critical property", "critical properties",
                    inSentences(propertyTitles(score, -1)), inSentences(propertyTitles(score, 1)), properties));
        }
        if (goals > 0) {
            sentences.add(effect("harms", "helps", "goal", "goals", goalTitles(score, -1), goalTitles(score, 1), goals));
        }
        List<String> open = notAssessed(score);
        if (!open.isEmpty()) {
            sentences.add("Not assessed: " + join(open) + ".");
        }
        return String.join(" ", sentences);
    }

    private static List<String> inSentences(List<String> titles) {
        List<String> inSentences = new ArrayList<>(titles.size());
        for (String title : titles) {
            inSentences.add(inSentence(title));
        }
        return inSentences;
    }

    /** The properties and goals with no answer yet: {@code an open architecture}, {@code the Secure goal}. */
    private static List<String> notAssessed(AssessmentScore score) {
        List<String> open = new ArrayList<>();
        for (CriterionScore property : score.properties()) {
            if (!property.assessed()) {
                open.add(inSentence(property.criterion().title()));
            }
        }
        for (GoalScore goal : score.goals()) {
            if (!goal.assessed()) {
                open.add("the " + goal.goal().title() + " goal");
            }
        }
        return open;
    }

    /** {@code It undermines two of the five critical properties: a and b. It supports one of them: c.} */
    private static String effect(String harmVerb, String helpVerb, String noun, String nouns, List<String> harmed,
                                 List<String> helped, int total) {
        StringBuilder sentence = new StringBuilder("It ").append(harmVerb).append(' ');
        if (harmed.isEmpty()) {
            sentence.append("none of the ").append(total == 1 ? noun : count(total) + " " + nouns).append('.');
        } else if (harmed.size() == total && total > 1) {
            sentence.append("all ").append(count(total)).append(' ').append(nouns).append(": ").append(join(harmed)).append('.');
        } else {
            sentence.append(count(harmed.size())).append(" of the ").append(count(total)).append(' ')
                    .append(total == 1 ? noun : nouns).append(": ").append(join(harmed)).append('.');
        }
        if (!helped.isEmpty()) {
            sentence.append(" It ").append(helpVerb).append(' ')
                    .append(helped.size() == total && total > 1 ? "all of them" : count(helped.size()) + " of them")
                    .append(": ").append(join(helped)).append('.');
        }
        return sentence.toString();
    }

    /** The titles of the critical properties at a harmful ({@code sign} -1) or helpful (+1) level. */
    static List<String> propertyTitles(AssessmentScore score, int sign) {
        List<String> titles = new ArrayList<>();
        for (CriterionScore property : score.properties()) {
            if (Math.signum(Levels.direction(score.rubric(), property.level())) == sign) {
                titles.add(property.criterion().title());
            }
        }
        return titles;
    }

    /** The titles of the goals at a harmful ({@code sign} -1) or helpful (+1) level. */
    static List<String> goalTitles(AssessmentScore score, int sign) {
        List<String> titles = new ArrayList<>();
        for (GoalScore goal : score.goals()) {
            if (Math.signum(Levels.direction(score.rubric(), goal.level())) == sign) {
                titles.add(goal.goal().title());
            }
        }
        return titles;
    }
}
