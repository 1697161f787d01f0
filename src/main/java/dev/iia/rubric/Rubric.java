package dev.iia.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The questions, the answer scale and the scoring settings that assessments are made against. */
public record Rubric(
        @JsonProperty("$schema") String schema,
        String id,
        String version,
        String title,
        String description,
        String source,
        List<ScaleEntry> scale,
        List<ConfidenceLevel> confidence,
        String defaultConfidence,
        List<LevelBound> levels,
        SevereHarmRule severeHarm,
        Aggregation aggregation,
        String credibleConfidence,
        List<Change> changes,
        List<Goal> goals,
        List<Section> sections) {

    public Rubric {
        scale = List.copyOf(scale);
        confidence = List.copyOf(confidence);
        levels = List.copyOf(levels);
        aggregation = aggregation == null ? Aggregation.MEAN : aggregation;
        credibleConfidence = credibleConfidence == null ? defaultConfidence : credibleConfidence;
        changes = changes == null ? List.of() : List.copyOf(changes);
        goals = goals == null ? List.of() : List.copyOf(goals);
        sections = List.copyOf(sections);
    }

    /** How assessments name this rubric: {@code iwn@1.0}. */
    @JsonIgnore
    public String reference() {
        return id + "@" + version;
    }

    /** What changed since version {@code from}, if this rubric says. */
    public Optional<Change> changesFrom(String from) {
        for (Change change : changes) {
            if (change.from().equals(from)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    @JsonIgnore
    public List<Criterion> criteria() {
        return criteriaOf(null, null);
    }

    @JsonIgnore
    public List<Criterion> properties() {
        return criteriaOf(true, null);
    }

    @JsonIgnore
    public List<Criterion> enablers() {
        return criteriaOf(false, null);
    }

    /**
     * The criteria in order, a loop with no lambda, as scoring asks for them for every file on a cold JVM.
     *
     * @param property only the critical properties (true) or only the enablers (false); all when null
     * @param goalId   only the enablers of this goal; any goal when null
     */
    private List<Criterion> criteriaOf(Boolean property, String goalId) {
        List<Criterion> chosen = new ArrayList<>();
        for (Section section : sections) {
            for (Criterion criterion : section.criteria()) {
                if ((property == null || property == criterion.isProperty()) && (goalId == null || goalId.equals(criterion.goal()))) {
                    chosen.add(criterion);
                }
            }
        }
        return List.copyOf(chosen);
    }

    public List<Criterion> enablersOf(Goal goal) {
        return criteriaOf(null, goal.id());
    }

    @JsonIgnore
    public List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        for (Criterion criterion : criteria()) {
            questions.addAll(criterion.questions());
        }
        return List.copyOf(questions);
    }

    // The lookups below are loops over the tree as it is: scoring and briefs call them for every
    // question of every file, and listing the criteria or questions anew for each was a hot spot.
    public Optional<Criterion> criterion(String criterionId) {
        for (Section section : sections) {
            for (Criterion criterion : section.criteria()) {
                if (criterion.id().equals(criterionId)) {
                    return Optional.of(criterion);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Question> question(String questionId) {
        Criterion criterion = criterionOf(questionId).orElse(null);
        for (Question question : criterion == null ? List.<Question>of() : criterion.questions()) {
            if (question.id().equals(questionId)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    public Optional<Criterion> criterionOf(String questionId) {
        for (Section section : sections) {
            for (Criterion criterion : section.criteria()) {
                for (Question question : criterion.questions()) {
                    if (question.id().equals(questionId)) {
                        return Optional.of(criterion);
                    }
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Goal> goal(String goalId) {
        for (Goal goal : goals) {
            if (goal.id().equals(goalId)) {
                return Optional.of(goal);
            }
        }
        return Optional.empty();
    }

    public Optional<ScaleEntry> scaleEntry(String key) {
        for (ScaleEntry entry : scale) {
            if (entry.key().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public Optional<ConfidenceLevel> confidenceLevel(String key) {
        for (ConfidenceLevel level : confidence) {
            if (level.key().equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Where a level stands, worst first (0); -1 for a key that is not one of the levels. */
    public int levelIndex(String level) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level().equals(level)) {
                return i;
            }
        }
        return -1;
    }

    /** Level keys, worst first. */
    @JsonIgnore
    public List<String> levelKeys() {
        List<String> keys = new ArrayList<>();
        for (LevelBound bound : levels) {
            keys.add(bound.level());
        }
        return List.copyOf(keys);
    }

    /** The display label of a level (from the scale), or the key itself. */
    public String levelLabel(String level) {
        ScaleEntry entry = scaleEntry(level).orElse(null);
        return entry == null ? level : entry.label();
    }

    /** Lowest and highest value on the scale: the range every score lies in. */
    @JsonIgnore
    public BigDecimal exactMinValue() {
        return extremeValue(-1);
    }

    @JsonIgnore
    public BigDecimal exactMaxValue() {
        return extremeValue(1);
    }

    /** The lowest value on the scale ({@code side} -1) or the highest (1); zero for a scale without values. */
    private BigDecimal extremeValue(int side) {
        BigDecimal extreme = null;
        for (ScaleEntry entry : scale) {
            BigDecimal value = entry.exactValue();
            if (value != null && (extreme == null || Integer.signum(value.compareTo(extreme)) == side)) {
                extreme = value;
            }
        }
        return extreme == null ? BigDecimal.ZERO : extreme;
    }

    @JsonIgnore
    public double minValue() {
        return exactMinValue().doubleValue();
    }

    @JsonIgnore
    public double maxValue() {
        return exactMaxValue().doubleValue();
    }

    @JsonIgnore
    public BigDecimal maxConfidenceWeight() {
        BigDecimal highest = null;
        for (ConfidenceLevel level : confidence) {
            if (highest == null || level.exactWeight().compareTo(highest) > 0) {
                highest = level.exactWeight();
            }
        }
        return highest == null ? BigDecimal.ONE : highest;
    }

    /** The exact weight of a confidence key, or 1 for a key the rubric does not define. */
    public BigDecimal confidenceWeight(String key) {
        ConfidenceLevel level = confidenceLevel(key).orElse(null);
        return level == null ? BigDecimal.ONE : level.exactWeight();
    }
}
