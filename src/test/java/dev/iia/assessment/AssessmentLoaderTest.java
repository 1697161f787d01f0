package dev.iia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iia.Fixtures;
import dev.iia.io.FileAccessException;
import dev.iia.problem.InvalidInputException;
import dev.iia.problem.Problem;
import dev.iia.rubric.RubricCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentLoaderTest {
    @TempDir
    Path folder;

    private final AssessmentLoader loader = new AssessmentLoader(new RubricCatalog());

    private Path write(String name, String yaml) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    private List<String> problems(String yaml) throws IOException {
        Path file = write("a.yaml", yaml);
        try {
            loader.load(file);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).map(p -> p.replace(file.toString(), "a.yaml")).toList();
        }
    }

    @Test
    void loadsAValidAssessmentWithItsRubric() throws IOException {
        Path file = write("a.yaml", """
                rubric: iwn@1.0
                proposal:
                  title: A gateway
                  jurisdiction: NO
                version: 1.10
                answers:
                  access-connection-cost:
                    impact: negative
                    rationale: |
                      Two
                      lines.
                    evidence:
                      - https://example.org/a
                      - {url: https://example.org/b, title: B}
                """);

        LoadedAssessment loaded = loader.load(file);

        assertThat(loaded.rubric().reference()).isEqualTo("iwn@1.0");
        assertThat(loaded.assessment().proposal().jurisdiction()).isEqualTo("NO");
        assertThat(loaded.assessment().version()).isEqualTo("1.10");
        Answer answer = loaded.assessment().answers().get("access-connection-cost");
        assertThat(answer.impact()).isEqualTo("negative");
        assertThat(answer.confidence()).isNull();
        assertThat(answer.rationale()).isEqualTo("Two\nlines.\n");
        assertThat(answer.evidence()).containsExactly(new Evidence("https://example.org/a", null), new Evidence("https://example.org/b", "B"));
    }

    @Test
    void aPartialAssessmentIsValid() throws IOException {
        assertThat(problems("rubric: iwn\nproposal: {title: Draft}\n")).isEmpty();
    }

    @Test
    void reportsEveryKindOfProblemAtItsPlaceAllAtOnce() throws IOException {
        assertThat(problems("""
                rubric: iwn
                proposal:
                  titel: Typo
                  url: ftp://example.org
                answers:
                  access-connection-cost:
                    impact: strongly-neg
                    confidence: sure
                    rationale: 12
                  access-cost:
                    impact: negative
                effects:
                  privacy-typo: Some effect.
                recommendations: Do something.
                """)).containsExactly(
                "a.yaml:3:3: unknown key 'titel'; did you mean 'title'?",
                "a.yaml:4:8: 'ftp://example.org' is not a web address: it must start with http:// or https://",
                "a.yaml:7:13: 'strongly-neg' is not a valid impact; did you mean 'strongly-negative'? (one of: strongly-negative, negative, none, positive, strongly-positive, unclear)",
                "a.yaml:8:17: 'sure' is not a valid confidence (one of: high, medium, low)",
                "a.yaml:9:16: 'rationale' must be text, not the number 12",
                "a.yaml:10:3: unknown question 'access-cost'; did you mean 'access-connection-cost'?",
                "a.yaml:13:3: unknown criterion 'privacy-typo'",
                "a.yaml:14:18: 'recommendations' must be a list, not text");
    }

    @Test
    void reportsTheBriefsFieldsProblemsAtTheirPlaceWithSuggestions() throws IOException {
        assertThat(problems("""
                rubric: iwn
                proposal: {title: A gateway}
                authors:
                  - {name: Jane, afiliation: ISOC}
                  - {affiliation: ISOC}
                provisions:
                  - provision: Article 3
                    criteria: [accesible-infrastructure]
                  - summary: No article named.
                key-findings: One finding.
                """)).containsExactly(
                "a.yaml:4:18: unknown key 'afiliation'; did you mean 'affiliation'?",
                "a.yaml:5:5: authors item 2 is missing required key 'name'",
                "a.yaml:8:16: 'accesible-infrastructure' is not a valid criteria item 1; did you mean 'accessible-infrastructure'? "
                        + "(one of: accessible-infrastructure, open-architecture, decentralized-management, global-identifiers, "
                        + "general-purpose, easy-access, unrestricted-use, collaborative-governance, unrestricted-reachability, "
                        + "available-capacity, data-confidentiality, integrity, reliability, accountability, privacy)",
                "a.yaml:9:5: provisions item 2 is missing required key 'provision'",
                "a.yaml:10:15: 'key-findings' must be a list, not text");
    }

    @Test
    void readsAuthorsAsNamesOrWithAffiliationsAndEvidenceAsReferences() throws IOException {
        Assessment assessment = loader.load(write("a.yaml", """
                rubric: iwn
                proposal: {title: A gateway}
                authors: [Jane, {name: Ana, affiliation: ISOC}]
                answers:
                  access-connection-cost:
                    impact: negative
                    evidence:
                      - https://example.org/a
                      - {url: https://example.org/b, title: The law, publisher: Official Gazette, date: 2021-02-16}
                """)).assessment();

        assertThat(assessment.authors()).containsExactly(Person.named("Jane"), new Person("Ana", "ISOC"));
        assertThat(assessment.answers().get("access-connection-cost").evidence()).containsExactly(
                new Evidence("https://example.org/a", null),
                new Evidence("https://example.org/b", "The law", "Official Gazette", "2021-02-16"));
    }

    @Test
    void reportsAMissingProposalTitleAtTheProposal() throws IOException {
        assertThat(problems("rubric: iwn\nproposal:\n  jurisdiction: Kenya\n"))
                .containsExactly("a.yaml:3:3: 'proposal' is missing required key 'title'");
    }

    @Test
    void reportsAnUnknownBuiltInRubricWithASuggestion() throws IOException {
        assertThat(problems("rubric: iwm\nproposal: {title: x}\n"))
                .containsExactly("a.yaml:1:9: unknown rubric 'iwm'; did you mean 'iwn'? (built in: iwn@1.0, iwn@2.0; or give the path of a rubric file)");
    }

    @Test
    void reportsAVersionOfABuiltInRubricThatIsNotHere() throws IOException {
        assertThat(problems("rubric: iwn@9.9\nproposal: {title: x}\n")).singleElement().asString()
                .startsWith("a.yaml:1:9: rubric iwn has no version '9.9'; this iia has iwn@1.0");
    }

    @Test
    void reportsAMissingRubricAlongsideTheOtherProblems() throws IOException {
        assertThat(problems("proposal: {title: x, colour: red}\n")).containsExactly(
                "a.yaml:1:1: the document is missing required key 'rubric'",
                "a.yaml:1:22: unknown key 'colour'; expected one of: title, jurisdiction, sponsor, status, date, url, summary");
    }

    @Test
    void resolvesARubricFileRelativeToTheAssessment() throws IOException {
        write("rubrics/mini.yaml", new String(Fixtures.resource("/rubrics/mini.yaml")));
        Path file = write("sub/a.yaml", "rubric: ../rubrics/mini.yaml\nproposal: {title: x}\nanswers:\n  q1: {impact: negative}\n");

        assertThat(loader.load(file).rubric().reference()).isEqualTo("mini@2.1");
    }

    @Test
    void reportsARubricFileThatDoesNotExist() throws IOException {
        assertThat(problems("rubric: ./missing.yaml\nproposal: {title: x}\n")).singleElement().asString()
                .startsWith("a.yaml:1:9: rubric file './missing.yaml' not found");
    }

    @Test
    void refusesARubricThatIsTheAssessmentItself() throws IOException {
        assertThat(problems("rubric: ./a.yaml\nproposal: {title: x}\n")).containsExactly(
                "a.yaml:1:9: 'rubric' names this assessment itself; name a rubric file or a built-in rubric such as iwn");
    }

    @Test
    void refusesARubricThatIsAnotherAssessment() throws IOException {
        write("other.yaml", "rubric: iwn\nproposal: {title: other}\n");

        assertThat(problems("rubric: other.yaml\nproposal: {title: x}\n"))
                .containsExactly("a.yaml:1:9: 'other.yaml' is an assessment, not a rubric");
    }

    @Test
    void reportsAnInvalidRubricFileWithItsOwnProblems() throws IOException {
        write("bad.yaml", new String(Fixtures.resource("/rubrics/mini.yaml")).replace("goal: open", "goal: nowhere"));

        List<String> problems = problems("rubric: bad.yaml\nproposal: {title: x}\n");

        assertThat(problems.get(0)).isEqualTo("a.yaml:1:9: the rubric 'bad.yaml' is invalid; its problems follow");
        assertThat(problems.subList(1, problems.size())).isNotEmpty().allMatch(p -> p.contains("bad.yaml:") && p.contains("'nowhere' is not a defined goal"));
    }

    @Test
    void refusesARubricGivenAsAnAssessment() throws IOException {
        Path file = write("r.yaml", new String(Fixtures.resource("/rubrics/mini.yaml")));

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("this is a rubric, not an assessment; check it with 'iia rubric lint'");
    }

    @Test
    void aMissingFileIsAFileSystemError() {
        assertThatThrownBy(() -> loader.load(folder.resolve("none.yaml"))).isInstanceOf(FileAccessException.class);
    }
}
