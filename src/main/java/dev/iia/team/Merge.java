package dev.iia.team;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.DisputedAnswer;
import dev.iia.assessment.Evidence;
import dev.iia.assessment.Person;
import dev.iia.assessment.Proposal;
import dev.iia.assessment.Recommendation;
import dev.iia.assessment.Team;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Joins the assessments of a team into one (docs/team.md, "Merging"): split work (each analyst a
 * share of the criteria) and independent work (several analysts on the same questions) alike.
 * Nothing any analyst wrote is lost:
 * <ul>
 * <li>where the analysts who answered a question give it the same rating, that is the answer, at the
 *     lowest confidence among them (the team is no surer than its least sure member), with every
 *     rationale (each attributed when several analysts answered) and the union of the evidence;</li>
 * <li>where they differ, the question is disputed: every analyst's answer is kept whole under
 *     {@code disputed} and the question stays unanswered until the team answers it;</li>
 * <li>authors and contributors (once by name), assumptions, provisions, key findings and
 *     recommendations (once by text, with the changes every file gives) are joined; differing texts (context, call to action, conclusions, effects on
 *     people) are kept side by side, each attributed; proposal details are taken from the first file
 *     that has them, and any that differ are reported;</li>
 * <li>{@code team} records each analyst with the criteria they answered, and the agreement
 *     (Krippendorff's alpha, ordinal) before the team's review.</li>
 * </ul>
 * Files that are themselves merged keep their disputes and their team's analysts; a question still
 * disputed in one of them stays disputed, with the other files' answers added to it.
 */
public final class Merge {
    /**
     * The merged assessment and what happened.
     *
     * @param agreed    questions several analysts answered alike
     * @param single    questions only one analyst answered
     * @param disputed  questions left for the team to resolve
     * @param notes     proposal details that differ between the files, in words
     * @param agreement how far the files agreed, before the team's review
     */
    public record Result(Assessment assessment, List<String> agreed, List<String> single, List<String> disputed,
                         List<String> notes, Agreement agreement) {
    }

    private final Rubric rubric;
    private final List<Analyst> analysts;
    private final List<String> notes = new ArrayList<>();

    private Merge(Rubric rubric, List<Analyst> analysts) {
        this.rubric = rubric;
        this.analysts = List.copyOf(analysts);
    }

    /** @param rubricReference how the merged file names its rubric (relative to where it is written) */
    public static Result of(Rubric rubric, String rubricReference, List<Analyst> analysts) {
        return new Merge(rubric, analysts).merge(rubricReference);
    }

    private Result merge(String rubricReference) {
        List<String> agreed = new ArrayList<>();
        List<String> single = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, List<DisputedAnswer>> disputed = new LinkedHashMap<>();
        for (Question question : rubric.questions()) {
            List<DisputedAnswer> given = given(question.id());
            List<DisputedAnswer> earlier = analysts.stream()
                    .flatMap(a -> a.assessment().disputed().getOrDefault(question.id(), List.of()).stream()).toList();
            boolean stillOpen = analysts.stream().anyMatch(a -> a.assessment().disputed().containsKey(question.id())
                    && !a.assessment().answers().containsKey(question.id()));
            boolean alike = !stillOpen && given.stream().map(DisputedAnswer::impact).distinct().count() == 1;
            if (alike) {
                answers.put(question.id(), answer(given));
                (given.size() > 1 ? agreed : single).add(question.id());
            }
            List<DisputedAnswer> dispute = new ArrayList<>(earlier);
            if (!alike && (stillOpen || given.size() > 1)) {
                dispute.addAll(given);
            }
            if (!dispute.isEmpty()) {
                disputed.put(question.id(), dispute);
            }
        }
        List<String> open = disputed.keySet().stream().filter(id -> !answers.containsKey(id)).toList();
        Assessment first = analysts.get(0).assessment();
        Agreement agreement = Agreement.of(rubric, analysts);
        Assessment merged = new Assessment(first.schema(), rubricReference, proposal(), people(Assessment::authors),
                people(Assessment::contributors), firstOf(Assessment::version, "version"), firstOf(Assessment::date, "date"),
                texts(Assessment::context), union(Assessment::assumptions), answers, effects(), union(Assessment::provisions),
                union(Assessment::keyFindings), texts(Assessment::callToAction), texts(Assessment::conclusions),
                recommendations(), disputed, team(agreement));
        return new Result(merged, agreed, single, open, notes, agreement);
    }

    /** Each analyst's own answer to a question, in the order of the files. */
    private List<DisputedAnswer> given(String questionId) {
        List<DisputedAnswer> given = new ArrayList<>();
        for (Analyst analyst : analysts) {
            Answer answer = analyst.assessment().answers().get(questionId);
            if (answer != null) {
                given.add(new DisputedAnswer(analyst.name(), answer.impact(), answer.confidence(), answer.rationale(),
                        answer.evidence()));
            }
        }
        return given;
    }

    private Answer answer(List<DisputedAnswer> alike) {
        if (alike.size() == 1) {
            DisputedAnswer only = alike.get(0);
            return new Answer(only.impact(), only.confidence(), only.rationale(), only.evidence());
        }
        Map<String, String> rationales = new LinkedHashMap<>();
        alike.forEach(a -> rationales.put(a.analyst(), a.rationale()));
        return new Answer(alike.get(0).impact(), lowestConfidence(alike), attributed(rationales, true), evidence(alike));
    }

    /** The least sure confidence given, or none when nobody gave one (the rubric's default stands). */
    private String lowestConfidence(List<DisputedAnswer> answers) {
        if (answers.stream().allMatch(a -> a.confidence() == null)) {
            return null;
        }
        return answers.stream().map(a -> a.confidence() != null ? a.confidence() : rubric.defaultConfidence())
                .min(Comparator.comparingDouble(this::weight)).orElseThrow();
    }

    private double weight(String confidence) {
        return rubric.confidenceLevel(confidence).map(ConfidenceLevel::weight).orElse(1.0);
    }

    private static List<Evidence> evidence(List<DisputedAnswer> answers) {
        Map<String, Evidence> byUrl = new LinkedHashMap<>();
        for (DisputedAnswer answer : answers) {
            for (Evidence link : answer.evidence()) {
                Evidence known = byUrl.get(link.url());
                if (known == null || known.bare() && !link.bare()) {
                    byUrl.put(link.url(), link);
                }
            }
        }
        return List.copyOf(byUrl.values());
    }

    private Map<String, String> effects() {
        Map<String, String> effects = new LinkedHashMap<>();
        for (Criterion criterion : rubric.criteria()) {
            String effect = texts(a -> a.effects().get(criterion.id()));
            if (effect != null) {
                effects.put(criterion.id(), effect);
            }
        }
        return effects;
    }

    /** A text several analysts may have written: one if they wrote the same, else each attributed. */
    private String texts(Function<Assessment, String> text) {
        Map<String, String> byAnalyst = new LinkedHashMap<>();
        analysts.forEach(a -> byAnalyst.put(a.name(), text.apply(a.assessment())));
        return attributed(byAnalyst, false);
    }

    /**
     * The texts given, in order, as paragraphs that start with who wrote them ({@code Ana and Ben: ...}
     * when they wrote the same); unless {@code always}, one text is kept as it is, without a name.
     */
    static String attributed(Map<String, String> byAnalyst, boolean always) {
        Map<String, List<String>> writers = new LinkedHashMap<>();
        byAnalyst.forEach((analyst, text) -> {
            if (text != null && !text.isBlank()) {
                writers.computeIfAbsent(text.strip(), t -> new ArrayList<>()).add(analyst);
            }
        });
        if (writers.isEmpty()) {
            return null;
        }
        if (writers.size() == 1 && !always) {
            return byAnalyst.values().stream().filter(t -> t != null && !t.isBlank()).findFirst().orElseThrow();
        }
        List<String> paragraphs = new ArrayList<>();
        writers.forEach((text, names) -> paragraphs.add(String.join(" and ", names) + ": " + text));
        return String.join("\n\n", paragraphs) + "\n";
    }

    private <T> List<T> union(Function<Assessment, List<T>> lists) {
        Set<T> union = new LinkedHashSet<>();
        analysts.forEach(a -> union.addAll(lists.apply(a.assessment())));
        return List.copyOf(union);
    }

    /**
     * The recommendations of every file, once by text, each with what every file says it would
     * change; where two files say different things of the same question, the first is kept and that
     * is reported.
     */
    private List<Recommendation> recommendations() {
        Map<String, Map<String, Answer>> byText = new LinkedHashMap<>();
        for (Analyst analyst : analysts) {
            for (Recommendation recommendation : analyst.assessment().recommendations()) {
                Map<String, Answer> changes = byText.computeIfAbsent(recommendation.text(), text -> new LinkedHashMap<>());
                recommendation.changes().forEach((questionId, change) -> {
                    Answer known = changes.putIfAbsent(questionId, change);
                    if (known != null && !known.equals(change)) {
                        notes.add("the files say different things recommendation '" + excerpt(recommendation.text())
                                + "' would change in " + questionId + "; the merged file keeps the first");
                    }
                });
            }
        }
        List<Recommendation> joined = new ArrayList<>();
        byText.forEach((text, changes) -> joined.add(new Recommendation(text, changes)));
        return joined;
    }

    private static String excerpt(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 39) + "…" : line;
    }

    /** Everyone named in any file, once by name, with an affiliation if any file gives one. */
    private List<Person> people(Function<Assessment, List<Person>> lists) {
        Map<String, Person> byName = new LinkedHashMap<>();
        for (Analyst analyst : analysts) {
            for (Person person : lists.apply(analyst.assessment())) {
                Person known = byName.get(person.name());
                if (known == null || known.affiliation() == null && person.affiliation() != null) {
                    byName.put(person.name(), person);
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private String firstOf(Function<Assessment, String> field, String name) {
        List<String> values = analysts.stream().map(a -> field.apply(a.assessment())).filter(Objects::nonNull).distinct().toList();
        if (values.size() > 1) {
            notes.add("the files give different " + name + "s; the merged file keeps the first");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private Proposal proposal() {
        List<Proposal> proposals = analysts.stream().map(a -> a.assessment().proposal()).toList();
        return new Proposal(detail(proposals, Proposal::title, "title"), detail(proposals, Proposal::jurisdiction, "jurisdiction"),
                detail(proposals, Proposal::sponsor, "sponsor"), detail(proposals, Proposal::status, "status"),
                detail(proposals, Proposal::date, "date"), detail(proposals, Proposal::url, "url"),
                detail(proposals, Proposal::summary, "summary"));
    }

    private String detail(List<Proposal> proposals, Function<Proposal, String> field, String name) {
        List<String> values = proposals.stream().map(field).filter(Objects::nonNull).distinct().toList();
        if (values.size() > 1) {
            notes.add("the files give the proposal different " + name + "s; the merged file keeps the first");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** Every analyst with the criteria they answered; those of merged files as their files record them. */
    private Team team(Agreement agreement) {
        Map<String, Set<String>> criteria = new LinkedHashMap<>();
        for (Analyst analyst : analysts) {
            Team earlier = analyst.assessment().team();
            if (earlier != null) {
                earlier.analysts().forEach(m -> criteria.computeIfAbsent(m.name(), n -> new LinkedHashSet<>()).addAll(m.criteria()));
            } else {
                criteria.computeIfAbsent(analyst.name(), n -> new LinkedHashSet<>()).addAll(answeredCriteria(analyst.assessment()));
            }
        }
        List<Team.Member> members = new ArrayList<>();
        criteria.forEach((name, ids) -> members.add(new Team.Member(name, inRubricOrder(ids))));
        return new Team(members, agreement.alpha());
    }

    private List<String> answeredCriteria(Assessment assessment) {
        return rubric.criteria().stream()
                .filter(c -> c.questions().stream().anyMatch(q -> assessment.answers().containsKey(q.id())))
                .map(Criterion::id).toList();
    }

    private List<String> inRubricOrder(Set<String> ids) {
        return rubric.criteria().stream().map(Criterion::id).filter(ids::contains).toList();
    }
}
