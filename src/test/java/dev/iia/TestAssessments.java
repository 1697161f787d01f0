package dev.iia;

import dev.iia.assessment.AssessmentLoader;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small assessments that tests write to a temporary folder. */
public final class TestAssessments {
    /**
     * A partial assessment: on accessible-infrastructure a severe harm (medium confidence) and a strong
     * benefit make a capped trade-off, one answer is unclear and one unanswered; easy-access-affordability
     * is the only enabler answered; every other criterion is not assessed.
     */
    public static final String PARTIAL = """
            rubric: iwn@1.0
            proposal:
              title: Network Fee Act
              jurisdiction: Freedonia
              url: https://example.org/act
              summary: |
                Content providers must pay access networks a fee
                for every gigabyte delivered.
            authors: [Ana Analyst, Ben Reviewer, Cy Chapter]
            version: "2.0"
            date: "2026-01-31"
            context: |
              Freedonia has three access networks.

              The fee was proposed by the largest one.
            assumptions:
              - The fee is enforced.
            answers:
              access-connection-cost:
                impact: strongly-negative
                confidence: medium
                rationale: |
                  Fees raise the cost of reaching users.

                  Small providers pay the most.
                evidence:
                  - https://example.org/report
                  - url: https://example.org/annex (2)
                    title: Annex 2 of the report
              access-permission-to-connect:
                impact: strongly-positive
                confidence: high
                rationale: The act abolishes the licence for small networks.
              access-common-protocol:
                impact: unclear
                rationale: It depends on the implementing decree.
              easy-access-affordability:
                impact: negative
            effects:
              accessible-infrastructure: Users pay more for the same services.
            conclusions: |
              The fee should be dropped.
            recommendations:
              - Withdraw the fee.
              - Keep the licence exemption.
            """;

    private TestAssessments() {
    }

    public static Path write(Path folder, String name, String yaml) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoadedAssessment load(Path folder, String name, String yaml) {
        return new AssessmentLoader(RubricCatalog.shared()).load(write(folder, name, yaml));
    }
}
