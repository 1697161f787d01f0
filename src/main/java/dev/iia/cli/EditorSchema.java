package dev.iia.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.iia.io.AtomicFiles;
import dev.iia.io.SafeFiles;
import dev.iia.rubric.RubricCatalog;
import dev.iia.yaml.Mappers;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The JSON Schema file beside a YAML file that names it in a {@code # yaml-language-server: $schema=}
 * line, so editors complete and check the YAML. One file serves a folder: an existing one is kept.
 */
final class EditorSchema {
    private EditorSchema() {
    }

    /** The line that points editors at {@code schemaFile}, a name beside the YAML file. */
    static String line(String schemaFile) {
        return "# yaml-language-server: $schema=" + schemaFile;
    }

    /** Writes {@code schema} as {@code name} beside {@code yamlFile} unless a file of that name is there; says so on {@code err}. */
    static void writeBeside(Path yamlFile, String name, JsonNode schema, PrintWriter err) {
        Path file = yamlFile.toAbsolutePath().normalize().resolveSibling(name);
        if (SafeFiles.exists(file)) {
            return;
        }
        try {
            String json = Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(schema);
            AtomicFiles.write(file, (json + "\n").getBytes(StandardCharsets.UTF_8), false);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        err.println("iia: wrote " + RubricCatalog.displayPath(file) + " (the JSON Schema editors use to complete and check it)");
    }
}
