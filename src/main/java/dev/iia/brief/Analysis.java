package dev.iia.brief;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.GoalScore;
import dev.iia.scoring.Levels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysis of one property or enabler as ISOC's briefs write it: the impact in the toolkit's
 * words ("Yes, strongly negative"), then the author's rationales with their sources cited, the
 * effect on people, any trade-off named, and every question without impact merged into one sentence.
 */
final class Analysis {
    private static final int WHY_WORDS = 24;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");
    private static final Pattern DOES = Pattern.compile("^(Does|Do) (it|they|the \\S+) (.*)$");
    /** The verbs a question starts with: "block, degrade or discourage". */
    private static final Pattern VERBS = Pattern.compile("^([a-z]+)((?:, [a-z]+)*)(?: or ([a-z]+))?(?=[\\s,]|$)");
    private static final java.util.Set<String> NOT_VERBS = java.util.Set.of("otherwise", "also", "even", "not");
    private static final Pattern MODAL = Pattern.compile("^(Could|Can|Will|Would|Might|May) (it|they|the \\S+) (.*)$");
    /** Where a question's examples start: a merged sentence keeps only what is asked. */
    private static final Pattern EXAMPLES = Pattern.compile(",? (for example|such as|including|e\\.g\\.)\\b.*$");
    private static final Pattern BE = Pattern.compile("^(Is|Was|Are|Were) (it|they|the \\S+(?: itself)?) (.*)$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** An effect that opens with a list, a quote or a number goes without "For people:". */
    private static final Pattern LIST_OR_QUOTE = Pattern.compile("^[-\\d>].*");
    private static final Pattern NOT_A_PARAGRAPH = Pattern.compile("(?s)^([-\\d>]|\\\\?[-\\d]).*");
    private static final Pattern ESCAPED_START = Pattern.compile("(?s)^\\\\[-#+=>].*");

    private final Rubric rubric;
    private final Assessment assessment;
    private final References references;
    private final AuthorTexts texts;

    Analysis(Rubric rubric, Assessment assessment, References references, AuthorTexts texts) {
        this.rubric = rubric;
        this.assessment = assessment;
        this.references = references;
        this.texts = texts;
    }

    /**
     * The level in the toolkit's words: "Yes, strongly negative", "No", "Unclear", "Not assessed", with
     * a trade-off, and a harm found only with too little confidence to count, when there are.
     */
    String impact(String level, boolean tradeOff, boolean possibleHarm) {
        String words = switch (level) {
            case "none" -> "No";
            case "unclear" -> "Unclear";
            case "not-assessed" -> "Not assessed";
            default -> "Yes, " + Prose.lower(Levels.label(rubric, level));
        };
        words = tradeOff ? words + ", with a trade-off" : words;
        return possibleHarm ? words + ", and a possible harm" : words;
    }

    /** One line on why: the start of the author's rationale for the answer that weighs most. */
    String why(CriterionScore scored) {
        if (!scored.assessed()) {
            return "None of its " + scored.total() + " questions is answered yet.";
        }
        Answer answer = null;
        for (AnsweredQuestion answered : answered(scored)) {
            Answer candidate = answered.answer();
            if (!candidate.impact().equals("none") && (answer == null || weight(candidate) > weight(answer))) {
                answer = candidate;
            }
        }
        if (answer == null) {
            return "No impact found on " + (scored.answered() == 1 ? "the one question" : "the " + Prose.count(scored.answered())
                    + " questions") + " answered.";
        }
        return answer.rationale() != null ? firstSentence(texts.plain(answer.rationale()))
                : "Rated " + Prose.lower(Levels.label(rubric, answer.impact())) + ", without a rationale yet.";
    }

    private double weight(Answer answer) {
        ScaleEntry entry = rubric.scaleEntry(answer.impact()).orElse(null);
        return entry != null && entry.valued() ? Math.abs(entry.value()) : 0.5;
    }

    Markup analysis(CriterionScore scored) {
        String kind = scored.criterion().isProperty() ? "property" : "enabler";
        List<String> blocks = new ArrayList<>();
        List<String> noImpact = new ArrayList<>();
        for (AnsweredQuestion answered : answered(scored)) {
            Answer answer = answered.answer();
            if (answer.impact().equals("none")) {
                noImpact.add(whether(answered.question().text()));
                continue;
            }
            String citation = references.cite(answer.evidence());
            String rationale = texts.safe(answer.rationale());
            if (rationale == null || rationale.isEmpty()) {
                rationale = SafeMarkdown.text("Rated " + Prose.lower(rubric.levelLabel(answer.impact())) + " on "
                        + whether(answered.question().text()) + ".");
            }
            blocks.add(citation.isEmpty() ? rationale : withCitation(rationale, citation));
        }
        String effect = texts.safe(assessment.effect(scored.criterion().id()).orElse(null));
        if (effect != null && !effect.isEmpty()) {
            blocks.add(LIST_OR_QUOTE.matcher(effect).matches() ? effect : "For people: " + effect);
        }
        if (scored.tradeOff()) {
            blocks.add(SafeMarkdown.text("This is a trade-off: the proposal harms this " + kind
                    + " in some ways and supports it in others."));
        }
        if (!noImpact.isEmpty()) {
            blocks.add(SafeMarkdown.text("No impact was found on " + Prose.join(noImpact, "or") + "."));
        }
        int open = scored.total() - scored.answered();
        if (!scored.assessed()) {
            blocks.add(SafeMarkdown.text("This " + kind + " is not assessed: none of its " + Prose.count(scored.total())
                    + " questions is answered yet."));
        } else if (open > 0) {
            blocks.add(SafeMarkdown.text(capitalised(Prose.count(open)) + " of its questions " + (open == 1 ? "is" : "are")
                    + " not answered yet."));
        }
        if (scored.possibleHarm()) {
            blocks.add(SafeMarkdown.text(possibleHarm()));
        }
        String lead = "**" + SafeMarkdown.text(impact(scored.level(), scored.tradeOff(), scored.possibleHarm())) + ".**";
        if (!blocks.isEmpty() && Character.isLetter(blocks.get(0).charAt(0))) {
            blocks.set(0, lead + " " + blocks.get(0));
        } else {
            blocks.add(0, lead);
        }
        return new Markup(String.join("\n\n", blocks));
    }

    /** Why a harm found with too little confidence is named but not counted. */
    private String possibleHarm() {
        Optional<ConfidenceLevel> credible = rubric.confidenceLevel(rubric.credibleConfidence());
        return "A harm is possible but not counted: the answers that find it have less than "
                + (credible.isPresent() ? Prose.lower(credible.get().label()) : rubric.credibleConfidence()) + " confidence.";
    }

    /** One sentence on a goal: which of its enablers the proposal harms and which it supports. */
    String goalLead(GoalScore goal) {
        List<String> harmed = new ArrayList<>();
        List<String> supported = new ArrayList<>();
        for (CriterionScore enabler : goal.enablers()) {
            String title = Prose.inSentence(Markdown.oneLine(enabler.criterion().title()));
            if (Levels.direction(rubric, enabler.level()) < 0) {
                harmed.add(title);
            } else if (Levels.direction(rubric, enabler.level()) > 0) {
                supported.add(title);
            }
        }
        String impact = impact(goal.level(), goal.tradeOff(), goal.possibleHarm()) + ".";
        if (harmed.isEmpty() && supported.isEmpty()) {
            return impact + (goal.answered() == 0 ? " None of its enablers is assessed yet." : " The proposal neither harms nor supports its enablers.");
        }
        List<String> parts = new ArrayList<>();
        if (!harmed.isEmpty()) {
            parts.add("harms " + Prose.join(harmed));
        }
        if (!supported.isEmpty()) {
            parts.add("supports " + Prose.join(supported));
        }
        return impact + " Of its enablers, the proposal " + String.join(" but ", parts) + ".";
    }

    private record AnsweredQuestion(Question question, Answer answer) {
    }

    private List<AnsweredQuestion> answered(CriterionScore scored) {
        List<AnsweredQuestion> answered = new ArrayList<>();
        for (Question question : scored.criterion().questions()) {
            Answer answer = assessment.answer(question.id()).orElse(null);
            if (answer != null) {
                answered.add(new AnsweredQuestion(question, answer));
            }
        }
        return answered;
    }

    /** The citation at the end of the rationale's last paragraph, or as a paragraph of its own after a list or quote. */
    private static String withCitation(String rationale, String citation) {
        int lastBlock = rationale.lastIndexOf("\n\n");
        String last = rationale.substring(lastBlock + (lastBlock < 0 ? 1 : 2));
        boolean paragraph = !last.isEmpty() && !NOT_A_PARAGRAPH.matcher(last).matches() || ESCAPED_START.matcher(last).matches();
        return paragraph && !last.contains("\n") ? rationale + " " + citation : rationale + "\n\nSources: " + citation + ".";
    }

    /** "Does it block X?" as "whether it blocks X", for a sentence that lists questions. */
    static String whether(String question) {
        String text = Markdown.oneLine(question);
        text = text.endsWith("?") ? text.substring(0, text.length() - 1) : text;
        text = EXAMPLES.matcher(text).replaceFirst("");
        Matcher does = DOES.matcher(text);
        if (does.matches()) {
            return "whether " + does.group(2) + " " + conjugated(does.group(3), does.group(2));
        }
        Matcher modal = MODAL.matcher(text);
        if (modal.matches()) {
            return "whether " + modal.group(2) + " " + modal.group(1).toLowerCase(java.util.Locale.ROOT) + " " + modal.group(3);
        }
        Matcher be = BE.matcher(text);
        if (be.matches()) {
            return "whether " + be.group(2) + " " + be.group(1).toLowerCase(java.util.Locale.ROOT) + " " + be.group(3);
        }
        return "“" + text + "?”";
    }

    /** The question's leading verbs in the third person: "block, degrade or discourage X" as "blocks, degrades or discourages X". */
    private static String conjugated(String predicate, String subject) {
        Matcher verbs = VERBS.matcher(predicate);
        if (!verbs.find()) {
            return predicate;
        }
        StringBuilder out = new StringBuilder(thirdPerson(verbs.group(1), subject));
        if (!verbs.group(2).isEmpty()) {
            for (String verb : verbs.group(2).substring(2).split(", ")) {
                out.append(", ").append(NOT_VERBS.contains(verb) ? verb : thirdPerson(verb, subject));
            }
        }
        if (verbs.group(3) != null) {
            out.append(" or ").append(NOT_VERBS.contains(verbs.group(3)) ? verbs.group(3) : thirdPerson(verbs.group(3), subject));
        }
        return out.append(predicate.substring(verbs.end())).toString();
    }

    private static String thirdPerson(String verb, String subject) {
        if (subject.equals("they")) {
            return verb;
        }
        char last = verb.charAt(verb.length() - 1);
        if ("sxzo".indexOf(last) >= 0 || verb.endsWith("sh") || verb.endsWith("ch")) {
            return verb + "es";
        }
        if (last == 'y' && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    private static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        String sentence = end.find() ? text.substring(0, end.start() + 1) : text;
        String[] words = WHITESPACE.split(sentence);
        if (words.length <= WHY_WORDS) {
            return sentence;
        }
        return String.join(" ", Arrays.copyOf(words, WHY_WORDS)) + "…";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
