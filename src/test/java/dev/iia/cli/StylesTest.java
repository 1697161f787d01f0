package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.scoring.Levels;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

class StylesTest {
    private final Rubric iwn = RubricCatalog.shared().builtIn("iwn");

    @Test
    void harmsAreRedBenefitsGreenTheExtremesBold() {
        assertThat(Styles.style(iwn, "strongly-negative")).isEqualTo("bold,red");
        assertThat(Styles.style(iwn, "negative")).isEqualTo("red");
        assertThat(Styles.style(iwn, "none")).isEqualTo("reset");
        assertThat(Styles.style(iwn, "positive")).isEqualTo("green");
        assertThat(Styles.style(iwn, "strongly-positive")).isEqualTo("bold,green");
        assertThat(Styles.style(iwn, Levels.UNCLEAR)).isEqualTo("yellow");
        assertThat(Styles.style(iwn, Levels.NOT_ASSESSED)).isEqualTo("faint");
    }

    @Test
    void theLevelWordIsAlwaysThereWithOrWithoutColour() {
        assertThat(Styles.level(Ansi.ON, iwn, "negative", "Negative")).contains("Negative").contains("\u001B[");
        assertThat(Styles.level(Ansi.OFF, iwn, "negative", "Negative")).isEqualTo("Negative");
    }
}
