package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.iia.assessment.AssessmentLoader;
import dev.iia.batch.Batch;
import dev.iia.rubric.RubricCatalog;
import dev.iia.scoring.Scorer;
import dev.iia.scoring.WhatIf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON entries written by hand are the ones Jackson's binding of the same records writes. */
class JsonEntryWriterTest {
    /** How score's JSON was bound before it was written by hand: absent values left out. */
    private static final ObjectMapper BINDING = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    @TempDir
    Path folder;

    private List<Batch.Result> results(Scorer.Traces traces, List<Path> files) {
        List<Batch.Result> results = new ArrayList<>();
        new Batch(new AssessmentLoader(RubricCatalog.shared()), 1, traces).run(files, results::add);
        return results;
    }

    private static List<Path> files(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyKindOfEntryIsWrittenAsJacksonBindsIt() throws IOException {
        List<Path> files = new ArrayList<>(files("assessments"));
        files.addAll(files("src/test/resources/hostile"));
        files.add(Path.of("src/main/resources/rubrics/iwn.yaml"));
        files.add(folder.resolve("missing.yaml"));
        List<Batch.Result> results = new ArrayList<>(results(Scorer.Traces.KEPT, files));
        results.addAll(results(Scorer.Traces.SKIPPED, files));

        assertThat(results).extracting(Batch.Result::status).contains("scored", "invalid", "unreadable", "skipped");
        int withResidual = 0;
        for (Batch.Result result : results) {
            List<Optional<WhatIf>> residuals = new ArrayList<>(List.of(Optional.empty()));
            if (result instanceof Batch.Scored scored && scored.loaded().assessment().hasRecommendedChanges()) {
                residuals.add(Optional.of(WhatIf.ofAll(scored.loaded().rubric(), scored.loaded().assessment())));
                withResidual++;
            }
            for (Optional<WhatIf> residual : residuals) {
                JsonScoreOutput.Entry entry = JsonScoreOutput.entry(result, residual);
                assertThat(JsonEntryWriter.write(entry)).as(result.source()).isEqualTo(BINDING.writeValueAsString(entry));
            }
        }
        assertThat(withResidual).isPositive();
    }
}
