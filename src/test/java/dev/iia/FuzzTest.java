package dev.iia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iia.cli.Cli;
import dev.iia.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing: thousands of inputs derived from the example assessments and the built-in
 * rubric by truncation, byte flips, line swaps, deletions, duplications, re-indentation and type
 * changes. Each must end in exit 0 or 3 with nothing but {@code file:line:column: message} lines,
 * never an exception or a stack trace. The seed is fixed; {@code -Dfuzz.iterations=N} and
 * {@code -Dfuzz.seed=S} run longer or other campaigns.
 */
class FuzzTest {
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final String[] REPLACEMENTS = {"[]", "{}", "42", "-1.5", "~", "", "'", "\"", "*x", "&x y", "!!str z",
        "!!binary aGk=", "true", "no", "1e999", "[a, {b: c}]", "{impact: negative}", "- item", ": :", "%", "@", "`",
        "|", ">", "? x", "\t", "\u0007", "é", "\uD83D\uDE00", "0x1F", "2022-05-11", ".inf", "!!java.io.File /"};

    @TempDir
    Path folder;

    @Test
    void everyMutantEndsInExitZeroOrThreeWithOnlyLocatedProblems() throws IOException {
        List<byte[]> assessments = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("assessments"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                assessments.add(Files.readAllBytes(file));
            }
        }
        byte[] rubric = Files.readAllBytes(Path.of("src/main/resources/rubrics/iwn.yaml"));
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < ITERATIONS && failures.size() < 5; i++) {
            boolean fuzzRubric = i % 10 == 9;
            byte[] original = fuzzRubric ? rubric : assessments.get(random.nextInt(assessments.size()));
            byte[] mutant = mutate(original, random);
            Path file = folder.resolve("mutant-" + i + ".yaml");
            Files.write(file, mutant);
            Cli.Run run = fuzzRubric ? Cli.run("rubric", "lint", file.toString()) : Cli.run("validate", "-q", file.toString());
            String verdict = judge(run, file);
            if (verdict != null) {
                Path kept = Path.of("target", "fuzz-failure-" + i + ".yaml");
                Files.write(kept, mutant);
                failures.add("iteration " + i + " (seed " + SEED + ", input kept in " + kept + "): " + verdict);
            } else {
                Files.delete(file);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Null when the run behaved; otherwise what was wrong. */
    private static String judge(Cli.Run run, Path file) {
        if (run.code() != ExitCodes.OK && run.code() != ExitCodes.INVALID) {
            return "exit " + run.code() + ": " + run.err();
        }
        if (run.all().contains("Exception") || run.all().contains("\tat ")) {
            return "stack trace or exception: " + run.all();
        }
        Pattern located = Pattern.compile(Pattern.quote(file.toString()) + ":\\d+:\\d+: (warning: )?\\S.*");
        for (String line : run.err().lines().toList()) {
            if (!located.matcher(line).matches()) {
                return "a line without file:line:column: " + line;
            }
        }
        if (run.code() == ExitCodes.INVALID && run.err().isEmpty()) {
            return "exit 3 without a problem";
        }
        return null;
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] mutant = original;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            mutant = switch (random.nextInt(8)) {
                case 0 -> Arrays.copyOf(mutant, random.nextInt(mutant.length + 1));
                case 1 -> flipBytes(mutant, random);
                case 2 -> lines(mutant, random, Mutation.SWAP);
                case 3 -> lines(mutant, random, Mutation.DELETE);
                case 4 -> lines(mutant, random, Mutation.DUPLICATE);
                case 5 -> lines(mutant, random, Mutation.REINDENT);
                default -> replaceValue(mutant, random);
            };
        }
        return mutant;
    }

    private enum Mutation { SWAP, DELETE, DUPLICATE, REINDENT }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int i = 0, flips = 1 + random.nextInt(4); i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] lines(byte[] bytes, Random random, Mutation mutation) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.size() < 2) {
            return bytes;
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (mutation) {
            case SWAP -> {
                String line = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, line);
            }
            case DELETE -> lines.remove(a);
            case DUPLICATE -> lines.add(b, lines.get(a));
            case REINDENT -> lines.set(a, " ".repeat(random.nextInt(7)) + lines.get(a).stripLeading());
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceValue(byte[] bytes, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int index = random.nextInt(lines.size());
        String line = lines.get(index);
        int colon = line.indexOf(": ");
        String replacement = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        lines.set(index, colon < 0 ? line + replacement : line.substring(0, colon + 2) + replacement);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
