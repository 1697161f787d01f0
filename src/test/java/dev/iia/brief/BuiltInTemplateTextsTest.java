package dev.iia.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.JavaLiterals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BuiltInTemplateTexts} holds every template of the templates folder, so that a brief finds
 * them among its classes (in the start-up archive) without opening the jar. This test makes that
 * class again from the folder and fails on any difference; after changing a template, write it anew
 * with {@code mvn test -Dtest=BuiltInTemplateTextsTest -Diia.templates.update=true}.
 */
class BuiltInTemplateTextsTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final Path CLASS = Path.of("src", "main", "java", "dev", "iia", "brief", "BuiltInTemplateTexts.java");
    private static final String UPDATE = "write it anew: mvn test -Dtest=BuiltInTemplateTextsTest -Diia.templates.update=true";

    @Test
    void theClassHoldsEveryTemplateAsItIsInTheFolder() throws IOException {
        String source = source();
        if (Boolean.getBoolean("iia.templates.update")) {
            Files.writeString(CLASS, source, StandardCharsets.UTF_8);
        }

        assertThat(CLASS).as(UPDATE).content(StandardCharsets.UTF_8).isEqualTo(source);
        for (Path file : files()) {
            String name = file.getFileName().toString();
            assertThat(BuiltInTemplateTexts.text(name)).as("%s; %s", name, UPDATE).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
        assertThat(BuiltInTemplateTexts.text("no-such.mustache")).isNull();
    }

    @Test
    void theBuiltInSourceReadsThemAndNothingElse() throws IOException {
        for (Path file : files()) {
            String name = file.getFileName().toString();
            assertThat(TemplateSource.builtIn().read(name)).get().extracting(TemplateSource.TemplateText::shown)
                    .isEqualTo("templates/" + name + " (built in)");
        }
        assertThat(TemplateSource.builtIn().read("../pom.xml")).isEmpty();
        assertThat(TemplateSource.builtIn().read("brief")).isEmpty();
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".mustache")).sorted().toList();
        }
    }

    private static String source() throws IOException {
        StringBuilder cases = new StringBuilder();
        for (Path file : files()) {
            cases.append("            case ").append(JavaLiterals.quoted(file.getFileName().toString())).append(" -> ");
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("(?<=\n)");
            for (int i = 0; i < lines.length; i++) {
                cases.append(i == 0 ? "" : "\n                    + ").append(JavaLiterals.quoted(lines[i]));
            }
            cases.append(";\n");
        }
        return """
                package dev.iia.brief;

                /**
                 * The text of every built-in template, made from the templates folder by BuiltInTemplateTextsTest
                 * (do not edit; -Diia.templates.update=true writes it anew). A brief reads its templates from here, a
                 * class the start-up archive holds, rather than from the jar, whose opening alone costs tens of
                 * milliseconds.
                 */
                final class BuiltInTemplateTexts {
                    private BuiltInTemplateTexts() {
                    }

                    /** The template {@code name} ({@code brief.mustache}, {@code finding.mustache}), or null. */
                    static String text(String name) {
                        return switch (name) {
                """ + cases + """
                            default -> null;
                        };
                    }
                }
                """;
    }
}
