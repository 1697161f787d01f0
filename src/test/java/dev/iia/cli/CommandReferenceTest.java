package dev.iia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * docs/reference holds every command's help as AsciiDoc, made by picocli's own generator from the
 * commands themselves, so it cannot go stale: this test makes it again and fails on any difference.
 * After changing a command, write it anew with
 * {@code mvn -o test -Dtest=CommandReferenceTest -Diia.reference.update=true}.
 */
class CommandReferenceTest {
    private static final Path REFERENCE = Path.of("docs", "reference");
    private static final String UPDATE = "write it anew: mvn -o test -Dtest=CommandReferenceTest -Diia.reference.update=true";

    @Test
    void theCommandReferenceIsTheCommandsHelpAsTheyAreNow() throws IOException {
        Map<String, String> pages = pages();
        if (Boolean.getBoolean("iia.reference.update")) {
            write(pages);
        }

        assertThat(written()).as("the pages in %s, one per command; %s", REFERENCE, UPDATE)
                .containsExactlyInAnyOrderElementsOf(pages.keySet());
        pages.forEach((name, page) -> assertThat(REFERENCE.resolve(name)).as("%s; %s", name, UPDATE)
                .content(StandardCharsets.UTF_8).isEqualTo(page));
    }

    @Test
    void everyCommandHasAPageAndTheIndexLinksToIt() throws IOException {
        Map<String, String> pages = pages();

        assertThat(pages).containsKeys("iia.adoc", "iia-score.adoc", "iia-rubric-lint.adoc", "index.md");
        assertThat(pages.get("index.md")).contains("[iia score](iia-score.adoc)", "[iia rubric lint](iia-rubric-lint.adoc)");
    }

    /** Every page by file name: one AsciiDoc page per command, and an index in Markdown. */
    static Map<String, String> pages() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CommandLine root = IiaCommand.commandLine(InputStream.nullInputStream(), nowhere, nowhere, Map.of());
        // The reference names iia's version, not the JDK the test happens to run on.
        root.getCommandSpec().versionProvider(() -> new String[] {"iia " + System.getProperty("iia.version", VersionProvider.version())});
        Map<String, String> pages = new TreeMap<>();
        StringBuilder index = new StringBuilder("# Command reference\n\n"
                + "Every command's options, arguments and exit codes, generated from the commands themselves by picocli\n"
                + "(`CommandReferenceTest` fails when a page is out of date). The narrative guide is\n"
                + "[docs/commands.md](../commands.md).\n\n");
        add(root, pages, index);
        pages.put("index.md", index.toString());
        return pages;
    }

    private static void add(CommandLine command, Map<String, String> pages, StringBuilder index) {
        if (command.getCommandSpec().usageMessage().hidden()) {
            return;
        }
        String name = command.getCommandSpec().qualifiedName();
        String file = name.replace(' ', '-') + ".adoc";
        StringWriter page = new StringWriter();
        try (PrintWriter out = new PrintWriter(page)) {
            ManPageGenerator.writeSingleManPage(out, command.getCommandSpec());
        }
        pages.put(file, page.toString());
        index.append("- [").append(name).append("](").append(file).append(")\n");
        command.getSubcommands().values().forEach(sub -> add(sub, pages, index));
    }

    private static void write(Map<String, String> pages) throws IOException {
        Files.createDirectories(REFERENCE);
        for (String stale : written()) {
            if (!pages.containsKey(stale)) {
                Files.delete(REFERENCE.resolve(stale));
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(REFERENCE.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> written() throws IOException {
        if (!Files.isDirectory(REFERENCE)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(REFERENCE)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
