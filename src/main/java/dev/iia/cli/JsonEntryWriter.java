package dev.iia.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iia.cli.JsonScoreOutput.Entry;
import dev.iia.cli.JsonScoreOutput.ProblemEntry;
import dev.iia.cli.JsonScoreOutput.ProposalInfo;
import dev.iia.scoring.Band;
import dev.iia.scoring.Contribution;
import dev.iia.scoring.ResidualReport;
import dev.iia.scoring.ScoreReport;
import dev.iia.scoring.ScoreReport.CriterionReport;
import dev.iia.scoring.ScoreReport.GoalReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * One file's entry of {@code score --format json}, and the summary that ends the document, written
 * field by field with jackson-core: the records of an {@link Entry}, each field in the order of its
 * record's components, absent values left out. A batch writes tens of thousands of entries, and
 * binding them by reflection was a tenth of its time; {@code JsonEntryWriterTest} checks that the
 * text is the one Jackson's binding of the same records gives.
 */
final class JsonEntryWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonEntryWriter() {
    }

    /** The summary that ends the document: how many files ended how, and how many tripped the gate. */
    static String summary(ScoreTally tally) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("files", tally.files);
            json.writeNumberField("scored", tally.scored);
            json.writeNumberField("invalid", tally.invalid);
            json.writeNumberField("unreadable", tally.unreadable);
            json.writeNumberField("skipped", tally.skipped);
            text(json, "failOn", tally.failOn);
            json.writeNumberField("atOrBelowFailOn", tally.tripped);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String write(Entry entry) {
        StringWriter text = new StringWriter(16 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            text(json, "file", entry.file());
            text(json, "status", entry.status());
            if (entry.proposal() != null) {
                json.writeFieldName("proposal");
                proposal(json, entry.proposal());
            }
            if (entry.score() != null) {
                json.writeFieldName("score");
                score(json, entry.score());
            }
            if (entry.residual() != null) {
                json.writeFieldName("residual");
                residual(json, entry.residual());
            }
            if (entry.problems() != null) {
                json.writeArrayFieldStart("problems");
                for (ProblemEntry problem : entry.problems()) {
                    json.writeStartObject();
                    json.writeNumberField("line", problem.line());
                    json.writeNumberField("column", problem.column());
                    text(json, "message", problem.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            text(json, "message", entry.message());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void proposal(JsonGenerator json, ProposalInfo proposal) throws IOException {
        json.writeStartObject();
        text(json, "title", proposal.title());
        text(json, "jurisdiction", proposal.jurisdiction());
        text(json, "sponsor", proposal.sponsor());
        text(json, "status", proposal.status());
        text(json, "date", proposal.date());
        text(json, "url", proposal.url());
        json.writeEndObject();
    }

    private static void score(JsonGenerator json, ScoreReport score) throws IOException {
        json.writeStartObject();
        text(json, "rubric", score.rubric());
        text(json, "aggregation", score.aggregation());
        standing(json, score.level(), score.label(), score.score(), score.band(), score.answered(), score.questions());
        text(json, "verdict", score.verdict());
        criteria(json, "properties", score.properties());
        json.writeArrayFieldStart("goals");
        for (GoalReport goal : score.goals()) {
            goal(json, goal);
        }
        json.writeEndArray();
        texts(json, "trace", score.trace());
        json.writeEndObject();
    }

    private static void goal(JsonGenerator json, GoalReport goal) throws IOException {
        json.writeStartObject();
        text(json, "id", goal.id());
        text(json, "title", goal.title());
        standing(json, goal.level(), goal.label(), goal.score(), goal.band(), goal.answered(), goal.questions());
        flags(json, goal.tradeOff(), goal.capped(), goal.possibleHarm());
        criteria(json, "enablers", goal.enablers());
        texts(json, "trace", goal.trace());
        json.writeEndObject();
    }

    private static void criteria(JsonGenerator json, String name, List<CriterionReport> criteria) throws IOException {
        json.writeArrayFieldStart(name);
        for (CriterionReport criterion : criteria) {
            criterion(json, criterion);
        }
        json.writeEndArray();
    }

    private static void criterion(JsonGenerator json, CriterionReport criterion) throws IOException {
        json.writeStartObject();
        text(json, "id", criterion.id());
        text(json, "title", criterion.title());
        text(json, "goal", criterion.goal());
        standing(json, criterion.level(), criterion.label(), criterion.score(), criterion.band(), criterion.answered(),
                criterion.questions());
        text(json, "confidence", criterion.confidence());
        flags(json, criterion.tradeOff(), criterion.capped(), criterion.possibleHarm());
        json.writeArrayFieldStart("answers");
        for (Contribution answer : criterion.answers()) {
            json.writeStartObject();
            text(json, "questionId", answer.questionId());
            text(json, "impact", answer.impact());
            decimal(json, "value", answer.exactValue());
            decimal(json, "weight", answer.exactWeight());
            text(json, "confidence", answer.confidence());
            decimal(json, "confidenceWeight", answer.exactConfidenceWeight());
            json.writeEndObject();
        }
        json.writeEndArray();
        texts(json, "unanswered", criterion.unanswered());
        texts(json, "trace", criterion.trace());
        json.writeEndObject();
    }

    private static void residual(JsonGenerator json, ResidualReport residual) throws IOException {
        json.writeStartObject();
        numbers(json, "adopted", residual.adopted());
        text(json, "level", residual.level());
        text(json, "label", residual.label());
        text(json, "verdict", residual.verdict());
        json.writeArrayFieldStart("criteria");
        for (ResidualReport.CriterionLevels criterion : residual.criteria()) {
            json.writeStartObject();
            text(json, "id", criterion.id());
            text(json, "kind", criterion.kind());
            text(json, "level", criterion.level());
            text(json, "label", criterion.label());
            text(json, "inherent", criterion.inherent());
            numbers(json, "movedBy", criterion.movedBy());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Where a whole, a goal or a criterion stands: its level, score, band and coverage. */
    private static void standing(JsonGenerator json, String level, String label, Double score, Band band, int answered,
                                 int questions) throws IOException {
        text(json, "level", level);
        text(json, "label", label);
        number(json, "score", score);
        band(json, band);
        json.writeNumberField("answered", answered);
        json.writeNumberField("questions", questions);
    }

    private static void flags(JsonGenerator json, boolean tradeOff, boolean capped, boolean possibleHarm) throws IOException {
        json.writeBooleanField("tradeOff", tradeOff);
        json.writeBooleanField("capped", capped);
        json.writeBooleanField("possibleHarm", possibleHarm);
    }

    private static void band(JsonGenerator json, Band band) throws IOException {
        if (band != null) {
            json.writeObjectFieldStart("band");
            json.writeNumberField("low", band.low());
            json.writeNumberField("high", band.high());
            json.writeEndObject();
        }
    }

    private static void text(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static void number(JsonGenerator json, String name, Double value) throws IOException {
        if (value != null) {
            json.writeNumberField(name, value.doubleValue());
        }
    }

    private static void decimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
        if (value != null) {
            json.writeNumberField(name, value);
        }
    }

    private static void texts(JsonGenerator json, String name, List<String> values) throws IOException {
        if (values != null) {
            json.writeArrayFieldStart(name);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }

    private static void numbers(JsonGenerator json, String name, List<Integer> values) throws IOException {
        if (values != null) {
            json.writeArrayFieldStart(name);
            for (int value : values) {
                json.writeNumber(value);
            }
            json.writeEndArray();
        }
    }
}
