package dev.iia.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.JavaLiterals;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BuiltInRubricTexts} holds the text of every built-in rubric in src/main/resources/rubrics,
 * so that a run finds it among its classes (in the start-up archive) without opening the jar. This
 * test makes that class again from the resources and fails on any difference; after changing a
 * rubric, write it anew with
 * {@code mvn test -Dtest=BuiltInRubricTextsTest -Diia.rubrics.update=true}.
 */
class BuiltInRubricTextsTest {
    private static final Path RUBRICS = Path.of("src", "main", "resources", "rubrics");
    private static final Path CLASS = Path.of("src", "main", "java", "dev", "iia", "rubric", "BuiltInRubricTexts.java");
    private static final String UPDATE = "write it anew: mvn test -Dtest=BuiltInRubricTextsTest -Diia.rubrics.update=true";
    /** Well below the 65,535 bytes a class file allows one string constant. */
    private static final int CHUNK = 16_000;

    @Test
    void theClassHoldsEveryBuiltInRubricAsItIsInTheResources() throws IOException {
        String source = source();
        if (Boolean.getBoolean("iia.rubrics.update")) {
            Files.writeString(CLASS, source, StandardCharsets.UTF_8);
        }

        assertThat(CLASS).as(UPDATE).content(StandardCharsets.UTF_8).isEqualTo(source);
        for (Path file : files()) {
            String name = file.getFileName().toString().replace(".yaml", "");
            assertThat(BuiltInRubricTexts.text(name)).as("%s; %s", name, UPDATE).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
        assertThat(BuiltInRubricTexts.text("no-such-rubric")).isNull();
        assertThat(BuiltInRubricTexts.DIGEST).as(UPDATE).isEqualTo(digest());
    }

    /** SHA-256 of every rubric's name and text, in the order of their names, each with its length first. */
    private static String digest() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path file : files()) {
            for (byte[] field : List.of(file.getFileName().toString().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file))) {
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(field.length).array());
                digest.update(field);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(RUBRICS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String source() throws IOException {
        StringBuilder cases = new StringBuilder();
        StringBuilder constants = new StringBuilder();
        for (Path file : files()) {
            String name = file.getFileName().toString().replace(".yaml", "");
            String constant = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
            cases.append("            case \"").append(name).append("\" -> String.join(\"\", ").append(constant).append(");\n");
            constants.append("\n    private static final String[] ").append(constant).append(" = {\n");
            for (String chunk : chunks(Files.readString(file, StandardCharsets.UTF_8))) {
                constants.append("        ").append(chunk).append(",\n");
            }
            constants.append("    };\n");
        }
        return """
                package dev.iia.rubric;

                /**
                 * The text of every built-in rubric, made from src/main/resources/rubrics by BuiltInRubricTextsTest
                 * (do not edit; -Diia.rubrics.update=true writes it anew). A run reads the rubric from here, a class
                 * the start-up archive holds, rather than from the jar, whose opening alone costs a score tens of
                 * milliseconds.
                 */
                final class BuiltInRubricTexts {
                    /**
                     * SHA-256 of every rubric's file name and text, in the order of their names, each with its length
                     * first: what a cached result depends on, without hashing the texts at each run.
                     */
                """ + "    static final String DIGEST = \"" + digest() + "\";\n" + """

                    private BuiltInRubricTexts() {
                    }

                    /** The rubric {@code name} ({@code iwn}, {@code iwn-2.0}: its resource's name), or null. */
                    static String text(String name) {
                        return switch (name) {
                """ + cases + """
                            default -> null;
                        };
                    }
                """ + constants + "}\n";
    }

    /** The text as string literals, each a run of whole lines concatenated, at most CHUNK characters. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int size = 0;
        for (String line : text.split("(?<=\n)")) {
            if (size + line.length() > CHUNK && size > 0) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                size = 0;
            }
            chunk.append(size > 0 ? "\n            + " : "").append(JavaLiterals.quoted(line));
            size += line.length();
        }
        if (size > 0) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }
}
