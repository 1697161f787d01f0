package dev.iia.brief;

import dev.iia.assessment.Answer;
import dev.iia.assessment.Assessment;
import dev.iia.assessment.Evidence;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.assessment.Person;
import dev.iia.assessment.Proposal;
import dev.iia.assessment.Provision;
import dev.iia.brief.Brief.ConfidenceItem;
import dev.iia.brief.Brief.CriterionView;
import dev.iia.brief.Brief.Finding;
import dev.iia.brief.Brief.GoalView;
import dev.iia.brief.Brief.LevelRule;
import dev.iia.brief.Brief.Link;
import dev.iia.brief.Brief.Note;
import dev.iia.brief.Brief.OpenQuestion;
import dev.iia.brief.Brief.Row;
import dev.iia.brief.Brief.ScaleItem;
import dev.iia.rubric.ConfidenceLevel;
import dev.iia.rubric.Criterion;
import dev.iia.rubric.LevelBound;
import dev.iia.rubric.Numbers;
import dev.iia.rubric.Question;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.ScaleEntry;
import dev.iia.rubric.SevereHarmRule;
import dev.iia.scoring.AssessmentScore;
import dev.iia.scoring.Band;
import dev.iia.scoring.Contribution;
import dev.iia.scoring.CriterionScore;
import dev.iia.scoring.GoalScore;
import dev.iia.scoring.Levels;
import dev.iia.scoring.ScoreReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Builds the {@link Brief} of a scored assessment: one-line texts normalised, numbers formatted, rules put in words. */
final class BriefBuilder {
    /** Shown where there is no number or no confidence. */
    static final String NONE = "–";
    private static final int BAR_CELLS = 4;

    private final Rubric rubric;
    private final Assessment assessment;
    private final AssessmentScore score;
    private final References references = new References();
    private final AuthorTexts texts = new AuthorTexts();
    private final Analysis analysis;

    BriefBuilder(LoadedAssessment loaded, AssessmentScore score) {
        this.rubric = loaded.rubric();
        this.assessment = loaded.assessment();
        this.score = score;
        this.analysis = new Analysis(rubric, assessment, references, texts);
    }

    Brief build() {
        Proposal proposal = assessment.proposal();
        List<String> authors = assessment.authors().stream().map(Person::credit).map(Markdown::oneLine).toList();
        List<CriterionView> properties = numbered(score.properties());
        List<GoalView> goals = IntStream.range(0, score.goals().size()).mapToObj(i -> goal(score.goals().get(i), i + 1)).toList();
        List<Brief.ProvisionView> provisions = assessment.provisions().stream().map(this::provision).toList();
        List<Brief.Reference> cited = references.list();
        ResidualView residual = ResidualProse.of(rubric, assessment, score);
        Markup context = author(assessment.context());
        List<Markup> assumptions = authorList(assessment.assumptions());
        Markup conclusions = author(assessment.conclusions());
        List<Markup> recommendations = authorList(assessment.recommendationTexts());
        Brief.Front front = front(authors);
        List<Brief.Footnote> notes = texts.notes();
        return new Brief("Internet Impact Brief: " + Markdown.oneLine(proposal.title()), proposal(proposal), authors,
                authors.isEmpty() ? null : Prose.join(authors), Markdown.oneLine(assessment.version()),
                Markdown.oneLine(assessment.date()), rubricInfo(), overall(), methodology(), context, assumptions, properties, goals,
                conclusions, recommendations, front, glance(properties, goals, residual), provisions, !provisions.isEmpty(), cited,
                !cited.isEmpty(), notes, !notes.isEmpty(), TeamView.of(rubric, assessment), residual, false);
    }

    /** The author's text made safe, its footnotes among the brief's notes; null for null or nothing. */
    private Markup author(String text) {
        String markdown = texts.safe(text);
        return markdown == null || markdown.isEmpty() ? null : new Markup(markdown);
    }

    private List<Markup> authorList(List<String> texts) {
        return texts.stream().map(this::author).filter(java.util.Objects::nonNull).toList();
    }

    private Brief.Front front(List<String> authors) {
        List<String> contributors = assessment.contributors().stream().map(Person::credit).map(Markdown::oneLine).toList();
        String date = Dates.asWritten(assessment.date());
        String version = Markdown.oneLine(assessment.version());
        String versionLine = version != null ? "Version " + version + (date != null ? " (" + date + ")" : "") : date;
        List<Markup> findings = authorList(assessment.keyFindings());
        return new Brief.Front(authors.isEmpty() ? null : Prose.join(authors),
                contributors.isEmpty() ? null : Prose.join(contributors), versionLine, abstractLead(), findings,
                !findings.isEmpty(), author(assessment.callToAction()), MethodologyText.paragraphs(rubric, score));
    }

    /** "This brief assesses X (Freedonia) with the toolkit. It finds that the proposal undermines ..." */
    private String abstractLead() {
        Proposal proposal = assessment.proposal();
        String where = proposal.jurisdiction() == null ? "" : " (" + Markdown.oneLine(proposal.jurisdiction()) + ")";
        String verdict = score.verdict().text();
        String finding = verdict.isEmpty() ? "" : " It finds that the proposal " + Character.toLowerCase(verdict.charAt(0))
                + verdict.substring(1);
        return "This brief assesses " + Markdown.oneLine(proposal.title()) + where + " with the Internet Society's Internet "
                + "Impact Assessment Toolkit." + finding;
    }

    private List<Brief.GlanceRow> glance(List<CriterionView> properties, List<GoalView> goals, ResidualView residual) {
        Map<String, String> ifAdopted = new HashMap<>();
        if (residual != null) {
            residual.criteria().forEach(row -> ifAdopted.put(row.id(), analysis.impact(row.residualLevel(), false, false)));
        }
        List<Brief.GlanceRow> rows = new ArrayList<>();
        properties.forEach(p -> rows.add(new Brief.GlanceRow(p.title(), "Critical property", p.impact(), p.why(),
                ifAdopted.get(p.id()))));
        goals.forEach(g -> g.enablers().forEach(e -> rows.add(new Brief.GlanceRow(e.title(), g.title(), e.impact(), e.why(),
                ifAdopted.get(e.id())))));
        return rows;
    }

    private Brief.ProvisionView provision(Provision provision) {
        List<String> touched = provision.criteria().stream()
                .map(id -> rubric.criterion(id).map(c -> Markdown.oneLine(c.title())).orElse(id)).toList();
        return new Brief.ProvisionView(Markdown.oneLine(provision.provision()), author(provision.summary()),
                touched.isEmpty() ? null : Prose.join(touched), author(provision.rationale()));
    }

    private static Brief.ProposalInfo proposal(Proposal proposal) {
        return new Brief.ProposalInfo(Markdown.oneLine(proposal.title()), Markdown.oneLine(proposal.jurisdiction()),
                Markdown.oneLine(proposal.sponsor()), Markdown.oneLine(proposal.status()), Markdown.oneLine(proposal.date()),
                Markdown.oneLine(proposal.url()), paragraphs(proposal.summary()));
    }

    private Brief.RubricInfo rubricInfo() {
        return new Brief.RubricInfo(rubric.id(), rubric.version(), rubric.reference(), Markdown.oneLine(rubric.title()),
                paragraphs(rubric.description()), Markdown.oneLine(rubric.source()));
    }

    private Brief.Overall overall() {
        return new Brief.Overall(score.level(), Levels.label(rubric, score.level()), ScoreReport.round(score.score()),
                signed(score.score()), possibleRange(score.band()), score.answered(), score.total(),
                score.answered() + "/" + score.total(), score.verdict().text(), Prose.summary(score),
                Prose.propertyTitles(score, -1), Prose.propertyTitles(score, 1), Prose.goalTitles(score, -1),
                Prose.goalTitles(score, 1), score.trace());
    }

    private Brief.Methodology methodology() {
        List<ScaleItem> scale = rubric.scale().stream()
                .map(e -> new ScaleItem(e.key(), e.label(), e.value(), e.valued() ? value(e.value()) : "not scored")).toList();
        List<ConfidenceItem> confidence = rubric.confidence().stream()
                .map(c -> new ConfidenceItem(c.key(), c.label(), c.weight(), Numbers.plain(c.weight()))).toList();
        List<LevelRule> levels = rubric.levels().stream()
                .map(b -> new LevelRule(b.level(), rubric.levelLabel(b.level()), b.rule())).toList();
        return new Brief.Methodology(scale,
                Prose.join(scale.stream().map(s -> Prose.lower(s.label()) + " (" + s.valueText() + ")").toList(), "or"),
                confidence,
                Prose.join(confidence.stream().map(c -> Prose.lower(c.label()) + " (" + c.weightText() + ")").toList(), "or"),
                confidenceLabel(rubric.defaultConfidence()), levels, levelsText(), severeHarmText());
    }

    /** {@code A score of at most -1.25 is strongly negative, at most -0.25 negative, ... and otherwise strongly positive}. */
    private String levelsText() {
        List<String> parts = new ArrayList<>();
        for (LevelBound bound : rubric.levels()) {
            String label = Prose.lower(rubric.levelLabel(bound.level()));
            String rule = !bound.bounded() ? "otherwise" : (bound.upTo() != null ? "at most " : "below ") + Numbers.signed(bound.bound());
            parts.add(parts.isEmpty() ? "A score " + (bound.bounded() ? "of " : "") + rule + " is " + label : rule + " " + label);
        }
        return Prose.join(parts);
    }

    private String severeHarmText() {
        SevereHarmRule rule = rubric.severeHarm();
        if (rule == null) {
            return null;
        }
        return "A property or enabler with an answer rated " + Prose.lower(rubric.levelLabel(rule.impact())) + " with "
                + confidenceLabel(rule.minConfidence()) + " confidence or more is at best "
                + Prose.lower(rubric.levelLabel(rule.cap())) + ", and so is a goal with such an enabler: "
                + "positive answers elsewhere never hide a severe harm.";
    }

    private List<CriterionView> numbered(List<CriterionScore> criteria) {
        return IntStream.range(0, criteria.size()).mapToObj(i -> criterion(criteria.get(i), i + 1)).toList();
    }

    private GoalView goal(GoalScore goal, int number) {
        List<Note> notes = new ArrayList<>();
        if (goal.capped()) {
            notes.add(new Note("Severe harm", "At least one of its enablers is "
                    + Prose.lower(rubric.levelLabel(rubric.severeHarm().impact())) + ", so this goal is at best "
                    + Prose.lower(rubric.levelLabel(rubric.severeHarm().cap())) + ", although the mean of its enablers alone would make it "
                    + Prose.lower(rubric.levelLabel(Levels.of(rubric, goal.score()))) + "."));
        }
        if (goal.tradeOff()) {
            notes.add(new Note("Trade-off", "Its enablers pull in different directions: the proposal harms some of what "
                    + "this goal needs and supports some of it."));
        }
        List<Criterion> enablers = goal.enablers().stream().map(CriterionScore::criterion).toList();
        return new GoalView(number, goal.goal().id(), Markdown.oneLine(goal.goal().title()), paragraphs(goal.goal().description()),
                Prose.join(enablers.stream().map(e -> Prose.inSentence(Markdown.oneLine(e.title()))).toList()),
                goal.level(), Levels.label(rubric, goal.level()), ScoreReport.round(goal.score()), signed(goal.score()),
                possibleRange(goal.band()), bar(goal.score()), goal.answered(), goal.total(), goal.answered() + "/" + goal.total(),
                goal.tradeOff(), goal.capped(), notes, numbered(goal.enablers()), goal.trace(),
                analysis.impact(goal.level(), goal.tradeOff(), goal.possibleHarm()), analysis.goalLead(goal));
    }

    private CriterionView criterion(CriterionScore scored, int number) {
        Criterion criterion = scored.criterion();
        List<Finding> findings = new ArrayList<>();
        for (Question question : criterion.questions()) {
            assessment.answer(question.id()).ifPresent(answer -> findings.add(finding(question, answer)));
        }
        List<OpenQuestion> unanswered = new ArrayList<>();
        for (String id : scored.unanswered()) {
            unanswered.add(new OpenQuestion(id, questionText(id), null));
        }
        List<OpenQuestion> unscored = new ArrayList<>();
        for (Finding finding : findings) {
            if (!finding.scored()) {
                unscored.add(new OpenQuestion(finding.questionId(), finding.question(), finding.rating()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Contribution contribution : scored.contributions()) {
            rows.add(row(contribution));
        }
        return new CriterionView(number, criterion.id(), Markdown.oneLine(criterion.title()), paragraphs(criterion.summary()),
                criterion.goal(), scored.level(), Levels.label(rubric, scored.level()), ScoreReport.round(scored.score()),
                signed(scored.score()), possibleRange(scored.band()), bar(scored.score()), scored.confidence(),
                scored.confidence() == null ? NONE : confidenceLabel(scored.confidence()), scored.answered(), scored.total(),
                scored.answered() + "/" + scored.total(), scored.assessed(), scored.tradeOff(), scored.capped(),
                notes(scored), findings, assessment.effect(criterion.id()).map(this::author).orElse(null),
                unanswered, !unanswered.isEmpty(), unscored, !unscored.isEmpty(), rows, !rows.isEmpty(), scored.trace(),
                analysis.impact(scored.level(), scored.tradeOff(), scored.possibleHarm()), analysis.why(scored), analysis.analysis(scored));
    }

    private List<Note> notes(CriterionScore scored) {
        String kind = scored.criterion().isProperty() ? "property" : "enabler";
        List<Note> notes = new ArrayList<>();
        if (scored.capped()) {
            SevereHarmRule rule = rubric.severeHarm();
            notes.add(new Note("Severe harm", "At least one answer is rated " + Prose.lower(rubric.levelLabel(rule.impact()))
                    + " with " + confidenceLabel(rule.minConfidence()) + " confidence or more, so this " + kind
                    + " is at best " + Prose.lower(rubric.levelLabel(rule.cap())) + ", although its score alone would make it "
                    + Prose.lower(rubric.levelLabel(Levels.of(rubric, scored.score()))) + "."));
        }
        if (scored.tradeOff()) {
            notes.add(new Note("Trade-off", "Some answers find that the proposal harms this " + kind
                    + " and others that it supports it; the findings below show both."));
        }
        return notes;
    }

    private Finding finding(Question question, Answer answer) {
        ScaleEntry entry = rubric.scaleEntry(answer.impact()).orElseThrow();
        String confidence = answer.confidence() != null ? answer.confidence() : rubric.defaultConfidence();
        List<Link> evidence = new ArrayList<>();
        for (Evidence source : answer.evidence()) {
            evidence.add(link(source));
        }
        return new Finding(question.id(), Markdown.oneLine(question.text()), entry.key(), Markdown.oneLine(entry.label()),
                entry.valued(), confidence, confidenceLabel(confidence), author(answer.rationale()), evidence,
                !evidence.isEmpty());
    }

    private Row row(Contribution c) {
        Double effectiveWeight = c.valued() ? ScoreReport.round(c.effectiveWeight()) : null;
        Double points = c.valued() ? ScoreReport.round(c.points()) : null;
        return new Row(c.questionId(), questionText(c.questionId()), c.impact(), Markdown.oneLine(rubric.levelLabel(c.impact())),
                c.value(), c.valued() ? value(c.value()) : NONE, c.weight(), Numbers.plain(c.weight()), c.confidence(),
                c.confidenceWeight(), Numbers.plain(c.confidenceWeight()), effectiveWeight,
                effectiveWeight == null ? NONE : Numbers.plain(effectiveWeight), points, signed(points));
    }

    private String questionText(String questionId) {
        return rubric.question(questionId).map(q -> Markdown.oneLine(q.text())).orElse(questionId);
    }

    private String confidenceLabel(String key) {
        return rubric.confidenceLevel(key).map(ConfidenceLevel::label).map(Prose::lower).orElse(key);
    }

    static Link link(Evidence evidence) {
        String url = evidence.url().strip();
        String text = evidence.title() != null ? Markdown.oneLine(evidence.title()) : url;
        return new Link(url, destination(url), text);
    }

    /** A URL made safe as a Markdown link destination: what would end or split it is percent-encoded. */
    static String destination(String url) {
        StringBuilder safe = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            if (c <= ' ' || c == 0x7f || c == '(' || c == ')' || c == '<' || c == '>') {
                safe.append(String.format("%%%02X", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** The score as a bar from the scale's lowest value (left) through zero to its highest (right). */
    private String bar(Double value) {
        if (value == null) {
            return NONE;
        }
        int harm = value < 0 && rubric.minValue() < 0 ? cells(value / rubric.minValue()) : 0;
        int help = value > 0 && rubric.maxValue() > 0 ? cells(value / rubric.maxValue()) : 0;
        return "░".repeat(BAR_CELLS - harm) + "▇".repeat(harm) + "│" + "▇".repeat(help) + "░".repeat(BAR_CELLS - help);
    }

    private static int cells(double fraction) {
        return (int) Math.round(Math.min(1, fraction) * BAR_CELLS);
    }

    private static String possibleRange(Band band) {
        return band.settled() ? null : Numbers.signed(band.low()) + " to " + Numbers.signed(band.high());
    }

    static String signed(Double value) {
        return value == null ? NONE : Numbers.signed(value);
    }

    /** An answer value as written on the scale: {@code -2}, {@code 0}, {@code +1}. */
    private static String value(double value) {
        return value > 0 ? "+" + Numbers.plain(value) : Numbers.plain(value);
    }

    /** Paragraph text without the trailing line break YAML block scalars add; null when blank. */
    private static String paragraphs(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
