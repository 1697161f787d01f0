package dev.iia.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Binds the assessments most files are, by hand from the YAML tree, checking on the way every rule
 * that the rubric's schema would (keys, required keys, types, non-empty text, ids and scale keys,
 * web addresses, dates); a file bound here is one the schema accepts, so it is neither validated
 * again nor bound by reflection, which start-up would pay for. Anything else (a rule broken, a
 * number where text is usual, a merged team) is left to the schema and the mapper, whose problems
 * and records stay the reference: {@code AssessmentBinderTest} checks both give the same records.
 */
final class AssessmentBinder {
    /** The keys of an assessment, as the schema lists them. */
    static final Set<String> TOP_LEVEL_KEYS = Set.of("$schema", "rubric", "proposal", "authors", "contributors", "version", "date",
            "context", "assumptions", "answers", "effects", "provisions", "key-findings", "call-to-action", "conclusions",
            "recommendations", "disputed", "team");
    private static final Set<String> PROPOSAL_KEYS = Set.of("title", "jurisdiction", "sponsor", "status", "date", "url", "summary");
    private static final Set<String> PERSON_KEYS = Set.of("name", "affiliation");
    private static final Set<String> ANSWER_KEYS = Set.of("impact", "confidence", "rationale", "evidence");
    private static final Set<String> CHANGE_KEYS = Set.of("impact", "confidence", "rationale");
    private static final Set<String> DISPUTE_KEYS = Set.of("analyst", "impact", "confidence", "rationale", "evidence");
    private static final Set<String> EVIDENCE_KEYS = Set.of("url", "title", "publisher", "date");
    private static final Set<String> PROVISION_KEYS = Set.of("provision", "summary", "criteria", "rationale");
    private static final Set<String> RECOMMENDATION_KEYS = Set.of("text", "changes");
    /** The longest date the schema allows, in characters. */
    private static final int MAX_DATE_LENGTH = 40;

    /** Thrown, and caught at once, when the file needs the schema's words. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    /** One binder per rubric (by identity, as schemas are): its sets of ids serve every file that names it. */
    private static final Map<Rubric, AssessmentBinder> FOR_RUBRIC = Collections.synchronizedMap(new IdentityHashMap<>());

    private final Set<String> questionIds = new HashSet<>();
    private final Set<String> criterionIds = new HashSet<>();
    private final Set<String> impacts = new HashSet<>();
    private final Set<String> confidences = new HashSet<>();

    private AssessmentBinder(Rubric rubric) {
        for (Criterion criterion : rubric.criteria()) {
            criterionIds.add(criterion.id());
            for (Question question : criterion.questions()) {
                questionIds.add(question.id());
            }
        }
        for (ScaleEntry entry : rubric.scale()) {
            impacts.add(entry.key());
        }
        for (ConfidenceLevel level : rubric.confidence()) {
            confidences.add(level.key());
        }
    }

    /** The assessment, when the tree is one the rubric's schema accepts and holds nothing unusual; else empty. */
    static Optional<Assessment> bind(JsonNode root, Rubric rubric) {
        try {
            return Optional.of(FOR_RUBRIC.computeIfAbsent(rubric, AssessmentBinder::new).assessment(root));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    /** Whether the map has a key of an assessment: then the schema's {@code shapedLike} holds. */
    static boolean hasAssessmentKey(JsonNode root) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            if (TOP_LEVEL_KEYS.contains(names.next())) {
                return true;
            }
        }
        return false;
    }

    private Assessment assessment(JsonNode root) {
        object(root, TOP_LEVEL_KEYS);
        require(!root.has("team"));
        JsonNode schema = root.get("$schema");
        return new Assessment(
                schema == null ? null : string(schema),
                text(required(root, "rubric")),
                proposal(required(root, "proposal")),
                optionalList(root.get("authors"), this::person),
                optionalList(root.get("contributors"), this::person),
                root.has("version") ? string(root.get("version")) : null,
                optionalDate(root.get("date")),
                optionalText(root.get("context")),
                optionalList(root.get("assumptions"), this::text),
                optionalMap(root.get("answers"), questionIds, this::answer),
                optionalMap(root.get("effects"), criterionIds, this::text),
                optionalList(root.get("provisions"), this::provision),
                optionalList(root.get("key-findings"), this::text),
                optionalText(root.get("call-to-action")),
                optionalText(root.get("conclusions")),
                optionalList(root.get("recommendations"), this::recommendation),
                optionalMap(root.get("disputed"), questionIds, this::dispute),
                null);
    }

    private Proposal proposal(JsonNode node) {
        object(node, PROPOSAL_KEYS);
        return new Proposal(text(required(node, "title")), optionalText(node.get("jurisdiction")),
                optionalText(node.get("sponsor")), optionalText(node.get("status")),
                optionalDate(node.get("date")), optional(node.get("url"), this::url), optionalText(node.get("summary")));
    }

    private Person person(JsonNode node) {
        if (node.isTextual()) {
            return Person.named(text(node));
        }
        object(node, PERSON_KEYS);
        return new Person(text(required(node, "name")), optionalText(node.get("affiliation")));
    }

    private Answer answer(JsonNode node) {
        object(node, ANSWER_KEYS);
        return new Answer(impact(required(node, "impact")), optionalConfidence(node.get("confidence")),
                optionalText(node.get("rationale")), optionalList(node.get("evidence"), this::evidence));
    }

    private Evidence evidence(JsonNode node) {
        if (node.isTextual()) {
            return new Evidence(url(node), null, null, null);
        }
        object(node, EVIDENCE_KEYS);
        return new Evidence(url(required(node, "url")), optionalText(node.get("title")),
                optionalText(node.get("publisher")), optionalDate(node.get("date")));
    }

    private Provision provision(JsonNode node) {
        object(node, PROVISION_KEYS);
        return new Provision(text(required(node, "provision")), optionalText(node.get("summary")),
                optionalList(node.get("criteria"), this::criterion), optionalText(node.get("rationale")));
    }

    private Recommendation recommendation(JsonNode node) {
        if (node.isTextual()) {
            return Recommendation.plain(text(node));
        }
        object(node, RECOMMENDATION_KEYS);
        JsonNode changes = node.get("changes");
        require(changes == null || changes.isObject());
        return new Recommendation(text(required(node, "text")), optionalMap(changes, questionIds, this::change));
    }

    private Answer change(JsonNode node) {
        object(node, CHANGE_KEYS);
        return new Answer(impact(required(node, "impact")), optionalConfidence(node.get("confidence")),
                optionalText(node.get("rationale")), null);
    }

    private List<DisputedAnswer> dispute(JsonNode node) {
        require(node.isArray() && node.size() >= 2);
        return optionalList(node, item -> {
            object(item, DISPUTE_KEYS);
            return new DisputedAnswer(text(required(item, "analyst")), impact(required(item, "impact")),
                    optionalConfidence(item.get("confidence")), optionalText(item.get("rationale")),
                    optionalList(item.get("evidence"), this::evidence));
        });
    }

    private String impact(JsonNode node) {
        return oneOf(node, impacts);
    }

    private String confidence(JsonNode node) {
        return oneOf(node, confidences);
    }

    private String criterion(JsonNode node) {
        return oneOf(node, criterionIds);
    }

    private static String oneOf(JsonNode node, Set<String> allowed) {
        String value = string(node);
        require(allowed.contains(value));
        return value;
    }

    /** Text of at least one character. */
    private String text(JsonNode node) {
        String value = string(node);
        require(!value.isEmpty());
        return value;
    }

    /** A date written as text (a number is left to the mapper, which reads it its own way). */
    private String date(JsonNode node) {
        String value = string(node);
        require(value.length() <= MAX_DATE_LENGTH);
        return value;
    }

    private String url(JsonNode node) {
        String value = string(node);
        require(value.startsWith("http://") || value.startsWith("https://"));
        return value;
    }

    private static String string(JsonNode node) {
        require(node.isTextual());
        return node.textValue();
    }

    private static JsonNode required(JsonNode object, String key) {
        JsonNode value = object.get(key);
        require(value != null);
        return value;
    }

    /** A map with only the given keys. */
    private static void object(JsonNode node, Set<String> keys) {
        require(node.isObject());
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            require(keys.contains(names.next()));
        }
    }

    /** A value that is absent stays null; one that is there must be what {@code read} reads (null is not). */
    private static <T> T optional(JsonNode node, Function<JsonNode, T> read) {
        return node == null ? null : read.apply(node);
    }

    /*
     * The same for the values read in several places, without a method reference at each: a run links
     * every one where it is written, about 0.3 ms each on a cold JVM.
     */
    private String optionalText(JsonNode node) {
        return node == null ? null : text(node);
    }

    private String optionalDate(JsonNode node) {
        return node == null ? null : date(node);
    }

    private String optionalConfidence(JsonNode node) {
        return node == null ? null : confidence(node);
    }

    private static <T> List<T> optionalList(JsonNode node, Function<JsonNode, T> read) {
        if (node == null) {
            return null;
        }
        require(node.isArray());
        List<T> items = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            items.add(read.apply(item));
        }
        return items;
    }

    /** A map keyed by known ids; empty (null) in the file, as the schema allows, it is absent. */
    private static <T> Map<String, T> optionalMap(JsonNode node, Set<String> ids, Function<JsonNode, T> read) {
        if (node == null || node.isNull()) {
            return null;
        }
        require(node.isObject());
        Map<String, T> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            require(ids.contains(entry.getKey()));
            map.put(entry.getKey(), read.apply(entry.getValue()));
        }
        return map;
    }

    private static void require(boolean plain) {
        if (!plain) {
            throw NotPlain.INSTANCE;
        }
    }
}
