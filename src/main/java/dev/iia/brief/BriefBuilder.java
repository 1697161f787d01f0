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

/**
 * Builds the {@link Brief} of a scored assessment: one-line texts normalised, numbers formatted, rules put in words.
 *
 * <p>A default brief's path, from here to its rendered Markdown, uses loops and small classes rather than
 * lambdas and streams: a brief runs on a cold JVM, where each lambda costs start-up time when first run.
 */
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
        List<String> authors = credits(assessment.authors());
        List<CriterionView> properties = numbered(score.properties());
        List<GoalView> goals = goals(score.goals());
        List<Brief.ProvisionView> provisions = provisions(assessment.provisions());
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
        List<Markup> markups = new ArrayList<>();
        for (String text : texts) {
            Markup markup = author(text);
            if (markup != null) {
                markups.add(markup);
            }
        }
        return markups;
    }

    private static List<String> credits(List<Person> people) {
        List<String> credits = new ArrayList<>(people.size());
        for (Person person : people) {
            credits.add(Markdown.oneLine(person.credit()));
        }
        return credits;
    }

    private Brief.Front front(List<String> authors) {
        List<String> contributors = credits(assessment.contributors());
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
            for (ResidualView.Row row : residual.criteria()) {
                ifAdopted.put(row.id(), analysis.impact(row.residualLevel(), false, false));
            }
        }
        List<Brief.GlanceRow> rows = new ArrayList<>();
        for (CriterionView property : properties) {
            rows.add(glanceRow(property, "Critical property", ifAdopted));
        }
        for (GoalView goal : goals) {
            for (CriterionView enabler : goal.enablers()) {
                rows.add(glanceRow(enabler, goal.title(), ifAdopted));
            }
        }
        return rows;
    }

    private static Brief.GlanceRow glanceRow(CriterionView criterion, String kind, Map<String, String> ifAdopted) {
        return new Brief.GlanceRow(criterion.title(), kind, criterion.impact(), criterion.why(), ifAdopted.get(criterion.id()));
    }

    private List<Brief.ProvisionView> provisions(List<Provision> provisions) {
        List<Brief.ProvisionView> views = new ArrayList<>(provisions.size());
        for (Provision provision : provisions) {
            views.add(provision(provision));
        }
        return views;
    }

    private Brief.ProvisionView provision(Provision provision) {
        List<String> touched = new ArrayList<>();
        for (String id : provision.criteria()) {
            touched.add(criterionTitle(id));
        }
        return new Brief.ProvisionView(Markdown.oneLine(provision.provision()), author(provision.summary()),
                touched.isEmpty() ? null : Prose.join(touched), author(provision.rationale()));
    }

    private String criterionTitle(String criterionId) {
        Criterion criterion = rubric.criterion(criterionId).orElse(null);
        return criterion == null || criterion.title() == null ? criterionId : Markdown.oneLine(criterion.title());
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
        List<ScaleItem> scale = scaleItems();
        List<ConfidenceItem> confidence = confidenceItems();
        return new Brief.Methodology(scale, scaleText(scale), confidence, confidenceText(confidence),
                confidenceLabel(rubric.defaultConfidence()), levelRules(), levelsText(), severeHarmText());
    }

    private List<ScaleItem> scaleItems() {
        List<ScaleItem> items = new ArrayList<>();
        for (ScaleEntry entry : rubric.scale()) {
            String valueText = entry.valued() ? value(entry.value()) : "not scored";
            items.add(new ScaleItem(entry.key(), entry.label(), entry.value(), valueText));
        }
        return items;
    }

    /** {@code strongly negative (-2), negative (-1), ... or unclear (not scored)}. */
    private static String scaleText(List<ScaleItem> scale) {
        List<String> parts = new ArrayList<>();
        for (ScaleItem item : scale) {
            parts.add(Prose.lower(item.label()) + " (" + item.valueText() + ")");
        }
        return Prose.join(parts, "or");
    }

    private List<ConfidenceItem> confidenceItems() {
        List<ConfidenceItem> items = new ArrayList<>();
        for (ConfidenceLevel level : rubric.confidence()) {
            items.add(new ConfidenceItem(level.key(), level.label(), level.weight(), Numbers.plain(level.weight())));
        }
        return items;
    }

    /** {@code high (1), medium (0.7) or low (0.4)}. */
    private static String confidenceText(List<ConfidenceItem> confidence) {
        List<String> parts = new ArrayList<>();
        for (ConfidenceItem item : confidence) {
            parts.add(Prose.lower(item.label()) + " (" + item.weightText() + ")");
        }
        return Prose.join(parts, "or");
    }

    private List<LevelRule> levelRules() {
        List<LevelRule> rules = new ArrayList<>();
        for (LevelBound bound : rubric.levels()) {
            rules.add(new LevelRule(bound.level(), rubric.levelLabel(bound.level()), bound.rule()));
        }
        return rules;
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
        List<CriterionView> views = new ArrayList<>(criteria.size());
        for (int i = 0; i < criteria.size(); i++) {
            views.add(criterion(criteria.get(i), i + 1));
        }
        return views;
    }

    private List<GoalView> goals(List<GoalScore> goals) {
        List<GoalView> views = new ArrayList<>(goals.size());
        for (int i = 0; i < goals.size(); i++) {
            views.add(goal(goals.get(i), i + 1));
        }
        return views;
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
        return new GoalView(number, goal.goal().id(), Markdown.oneLine(goal.goal().title()), paragraphs(goal.goal().description()),
                Prose.join(enablerTitles(goal)),
                goal.level(), Levels.label(rubric, goal.level()), ScoreReport.round(goal.score()), signed(goal.score()),
                possibleRange(goal.band()), bar(goal.score()), goal.answered(), goal.total(), goal.answered() + "/" + goal.total(),
                goal.tradeOff(), goal.capped(), notes, numbered(goal.enablers()), goal.trace(),
                analysis.impact(goal.level(), goal.tradeOff(), goal.possibleHarm()), analysis.goalLead(goal));
    }

    private static List<String> enablerTitles(GoalScore goal) {
        List<String> titles = new ArrayList<>();
        for (CriterionScore enabler : goal.enablers()) {
            titles.add(Prose.inSentence(Markdown.oneLine(enabler.criterion().title())));
        }
        return titles;
    }

    private CriterionView criterion(CriterionScore scored, int number) {
        Criterion criterion = scored.criterion();
        List<Finding> findings = new ArrayList<>();
        for (Question question : criterion.questions()) {
            Answer answer = assessment.answer(question.id()).orElse(null);
            if (answer != null) {
                findings.add(finding(question, answer));
            }
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
                notes(scored), findings, author(assessment.effect(criterion.id()).orElse(null)),
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
        Question question = rubric.question(questionId).orElse(null);
        return question == null || question.text() == null ? questionId : Markdown.oneLine(question.text());
    }

    private String confidenceLabel(String key) {
        ConfidenceLevel level = rubric.confidenceLevel(key).orElse(null);
        return level == null || level.label() == null ? key : Prose.lower(level.label());
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
