package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class OutputFormatTest {
    private static final String EXAMPLE = "assessments/community-networks-licensing.yaml";

    @Test
    void markdownIsSpeltMarkdownWithMdAcceptedInAnyCase() {
        OutputFormat.Document document = new OutputFormat.Document();

        assertThat(document.convert("markdown")).isEqualTo(OutputFormat.markdown);
        assertThat(document.convert("md")).isEqualTo(OutputFormat.markdown);
        assertThat(document.convert("MD")).isEqualTo(OutputFormat.markdown);
        assertThat(new OutputFormat.Results().convert("Md")).isEqualTo(OutputFormat.markdown);
        assertThat(document).containsExactly("markdown", "json");
    }

    @Test
    void aFormatTheCommandDoesNotWriteIsRefusedWithTheOnesItDoes() {
        assertThatThrownBy(() -> new OutputFormat.Document().convert("csv")).isInstanceOf(TypeConversionException.class)
                .hasMessage("expected one of [markdown, json] (md for markdown) but was 'csv'");
    }

    @Test
    void everyCommandThatWritesMarkdownTakesBothSpellings() {
        assertThat(Cli.run("score", "--format", "md", EXAMPLE)).isEqualTo(Cli.run("score", "--format", "markdown", EXAMPLE));
        assertThat(Cli.run("brief", "--format", "md", "-o", "-", EXAMPLE))
                .isEqualTo(Cli.run("brief", "--format", "markdown", "-o", "-", EXAMPLE))
                .satisfies(run -> assertThat(run.out()).startsWith("# Internet Impact Brief"));
        Cli.Run diff = Cli.run("diff", "--format", "md", EXAMPLE, EXAMPLE);
        assertThat(diff.code()).isZero();
        assertThat(diff).isEqualTo(Cli.run("diff", "--format", "markdown", EXAMPLE, EXAMPLE));
    }

    @Test
    void aWrongFormatIsAUsageError() {
        Cli.Run run = Cli.run("diff", "--format", "table", EXAMPLE, EXAMPLE);

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("iia diff: --format must be one of markdown, json (got 'table')\n");
    }
}
