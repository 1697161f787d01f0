import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes N varied synthetic assessments of the built-in rubric for the benchmark:
 * java bench/Generate.java RUBRIC.yaml OUT_DIR N [SEED]
 * Question and criterion ids are read from the rubric file; answers, confidences, rationales
 * (of realistic length), evidence and effects vary with a seeded random generator; about one
 * file in ten is left partly unanswered.
 */
public class Generate {
    private static final String[] IMPACTS = {"strongly-negative", "negative", "none", "positive", "strongly-positive", "unclear"};
    private static final String[] CONFIDENCE = {"high", "medium", "low"};
    private static final String[] WORDS = ("the proposal requires operators to route traffic through licensed gateways which raises "
            + "costs for small networks and users while the regulator gains powers over interconnection and content "
            + "without independent oversight evidence from similar measures shows slower growth of local exchange "
            + "points and fewer new entrants although some provisions improve transparency of network management").split(" ");

    public static void main(String[] args) throws IOException {
        String rubric = Files.readString(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42);
        List<String> questions = ids(rubric, "^          - id: ([a-z0-9-]+)");
        List<String> criteria = ids(rubric, "^      - id: ([a-z0-9-]+)");
        Files.createDirectories(out);
        for (int i = 0; i < count; i++) {
            Path folder = out.resolve(String.format("%03d", i / 1000));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(String.format("assessment-%06d.yaml", i)),
                    assessment(i, random, questions, criteria), StandardCharsets.UTF_8);
        }
    }

    private static List<String> ids(String text, String regex) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String assessment(int index, Random random, List<String> questions, List<String> criteria) {
        StringBuilder yaml = new StringBuilder(16_000);
        yaml.append("rubric: iwn@1.0\nproposal:\n  title: Synthetic proposal ").append(index).append('\n')
                .append("  jurisdiction: Country ").append(random.nextInt(200)).append('\n')
                .append("  status: Proposed\n  date: \"2026-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10)).append("\"\n")
                .append("  summary: |\n    ").append(sentence(random, 40)).append('\n')
                .append("authors:\n  - Benchmark generator\nversion: \"1.").append(index % 7).append("\"\n")
                .append("context: |\n  ").append(sentence(random, 80)).append("\nassumptions:\n  - ").append(sentence(random, 15))
                .append("\nanswers:\n");
        boolean partial = random.nextInt(10) == 0;
        int bias = random.nextInt(IMPACTS.length - 1);
        for (String question : questions) {
            if (partial && random.nextInt(3) == 0) {
                continue;
            }
            String impact = random.nextInt(3) == 0 ? IMPACTS[random.nextInt(IMPACTS.length)] : IMPACTS[bias];
            yaml.append("  ").append(question).append(":\n    impact: ").append(impact).append('\n')
                    .append("    confidence: ").append(CONFIDENCE[random.nextInt(CONFIDENCE.length)]).append('\n')
                    .append("    rationale: |\n      ").append(sentence(random, 20 + random.nextInt(30))).append("\n      ")
                    .append(sentence(random, 10)).append('\n');
            if (random.nextBoolean()) {
                yaml.append("    evidence:\n      - https://example.org/evidence/").append(random.nextInt(10_000)).append('\n');
            }
        }
        yaml.append("effects:\n");
        for (String criterion : criteria) {
            yaml.append("  ").append(criterion).append(": ").append(sentence(random, 15)).append('\n');
        }
        yaml.append("recommendations:\n  - ").append(sentence(random, 20)).append("\n  - ").append(sentence(random, 12)).append('\n');
        return yaml.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
