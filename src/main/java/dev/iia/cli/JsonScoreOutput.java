package dev.iia.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.iia.assessment.Proposal;
import dev.iia.scoring.Batch;
import dev.iia.scoring.ScoreReport;
import dev.iia.yaml.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Streams one JSON document: {@code {"iia": version, "results": [...], "summary": {...}}}, writing
 * each file's entry as soon as it is scored.
 */
final class JsonScoreOutput implements ScoreOutput {
    static final ObjectMapper MAPPER = JsonMapper.builder().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).build();

    record Entry(String file, String status, Proposal proposal, ScoreReport score, List<ProblemEntry> problems, String message) {
    }

    record ProblemEntry(int line, int column, String message) {
        static ProblemEntry of(Problem problem) {
            return new ProblemEntry(problem.location().line(), problem.location().column(), problem.message());
        }
    }

    record Summary(int files, int scored, int invalid, int unreadable, int skipped, String failOn, int atOrBelowFailOn) {
    }

    private final JsonGenerator json;

    JsonScoreOutput(PrintWriter out) {
        try {
            json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("iia", VersionProvider.version());
            json.writeArrayFieldStart("results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Batch.Result result) {
        Entry entry;
        if (result instanceof Batch.Scored s) {
            entry = new Entry(s.source(), s.status(), s.loaded().assessment().proposal(), ScoreReport.of(s.score()), null, null);
        } else if (result instanceof Batch.Invalid i) {
            entry = new Entry(i.source(), i.status(), null, null, i.problems().stream().map(ProblemEntry::of).toList(), null);
        } else {
            entry = new Entry(result.source(), result.status(), null, null, null, CsvScoreOutput.detail(result));
        }
        try {
            MAPPER.writeValue(json, entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(ScoreTally tally) {
        try {
            json.writeEndArray();
            json.writeFieldName("summary");
            MAPPER.writeValue(json, new Summary(tally.files, tally.scored, tally.invalid, tally.unreadable, tally.skipped,
                    tally.failOn, tally.tripped));
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
