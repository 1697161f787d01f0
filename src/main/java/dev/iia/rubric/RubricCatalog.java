package dev.iia.rubric;

import dev.iia.problem.InvalidInputException;
import dev.iia.io.Printable;
import dev.iia.problem.Suggestions;
import dev.iia.yaml.YamlDocument;
import dev.iia.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Finds rubrics by reference: a built-in one by {@code id} (its newest version) or {@code id@version}, or a rubric file
 * by path (anything with a slash or a .yaml/.yml ending), relative to the assessment that names it.
 * Each rubric is loaded once per run, however many assessments name it; safe for parallel use.
 */
public final class RubricCatalog {
    /** The ids of the rubrics in the jar. */
    public static final List<String> BUILT_IN_IDS = List.of("iwn");
    public static final String DEFAULT_ID = "iwn";
    /**
     * The versions of each built-in rubric, oldest first, each at {@code /rubrics/<id>-<version>.yaml},
     * except the first, which keeps the name it had before rubrics had versions: {@code /rubrics/<id>.yaml}.
     */
    private static final Map<String, List<String>> BUILT_IN_VERSIONS = Map.of("iwn", List.of("1.0", "2.0"));

    private static final RubricCatalog SHARED = new RubricCatalog();

    private final Map<String, Supplier<Rubric>> loaded = new ConcurrentHashMap<>();

    public static RubricCatalog shared() {
        return SHARED;
    }

    /** Every built-in rubric in every version, oldest version first. */
    public List<Rubric> builtIns() {
        return BUILT_IN_IDS.stream().flatMap(id -> BUILT_IN_VERSIONS.get(id).stream().map(v -> builtIn(id, v))).toList();
    }

    /** The newest version of a built-in rubric. */
    public Rubric builtIn(String id) {
        return builtIn(id, newestVersion(id));
    }

    public Rubric builtIn(String id, String version) {
        return cached("builtin:" + id + "@" + version, () -> prebuilt(id, version));
    }

    /** A SHA-256 digest of the text of every built-in rubric, made when they were built in. */
    public static String builtInDigest() {
        return BuiltInRubricTexts.DIGEST;
    }

    /** The versions of a built-in rubric, oldest first; empty for any other id. */
    public static List<String> versions(String id) {
        return BUILT_IN_VERSIONS.getOrDefault(id, List.of());
    }

    /**
     * The YAML text of a built-in rubric, comments included: the starting point for a custom rubric.
     * {@code id} gives the newest version, {@code id@version} that one.
     */
    public String builtInSource(String reference) {
        int at = reference.indexOf('@');
        String id = at < 0 ? reference : reference.substring(0, at);
        String version = at < 0 ? newestVersion(id) : knownVersion(id, reference.substring(at + 1));
        return new String(builtInBytes(id, version), StandardCharsets.UTF_8);
    }

    private static String newestVersion(String id) {
        List<String> versions = versions(checkedId(id));
        return versions.get(versions.size() - 1);
    }

    private static String checkedId(String id) {
        if (!BUILT_IN_IDS.contains(id)) {
            throw new RubricReferenceException("no built-in rubric '" + Printable.quote(id) + "'" + Suggestions.didYouMean(id, BUILT_IN_IDS)
                    + " (built in: " + String.join(", ", BUILT_IN_IDS) + ")");
        }
        return id;
    }

    private static String knownVersion(String id, String version) {
        if (!versions(checkedId(id)).contains(version)) {
            throw new RubricReferenceException("rubric " + id + " has no version '" + Printable.quote(version) + "'; this iia has "
                    + versions(id).stream().map(v -> id + "@" + v).collect(java.util.stream.Collectors.joining(", "))
                    + ": change the reference or give the path of a rubric file");
        }
        return version;
    }

    /** The rubric as its resource in the jar has it, from {@link BuiltInRubricTexts}, which a run loads without opening the jar. */
    private static byte[] builtInBytes(String id, String version) {
        return present(BuiltInRubricTexts.text(resourceName(id, version)), id, version).getBytes(StandardCharsets.UTF_8);
    }

    /** The records that rubric's resource loads into, built by {@link BuiltInRubrics} without parsing it. */
    private static Rubric prebuilt(String id, String version) {
        return present(BuiltInRubrics.rubric(resourceName(id, version)), id, version);
    }

    private static String resourceName(String id, String version) {
        return versions(id).get(0).equals(version) ? id : id + "-" + version;
    }

    private static <T> T present(T builtIn, String id, String version) {
        if (builtIn == null) {
            throw new IllegalStateException("built-in rubric " + id + "@" + version + " is missing from iia");
        }
        return builtIn;
    }

    public static boolean isPath(String reference) {
        return reference.contains("/") || reference.contains("\\") || reference.endsWith(".yaml") || reference.endsWith(".yml");
    }

    /**
     * @param baseDir where a relative rubric path starts: the folder of the assessment
     * @throws RubricReferenceException when nothing by that name exists
     * @throws InvalidInputException    when a rubric file exists but is not a valid rubric
     */
    public Rubric resolve(String reference, Path baseDir) {
        if (isPath(reference)) {
            return file(baseDir.resolve(reference).normalize(), reference);
        }
        int at = reference.indexOf('@');
        String id = at < 0 ? reference : reference.substring(0, at);
        if (!BUILT_IN_IDS.contains(id)) {
            throw new RubricReferenceException("unknown rubric '" + Printable.quote(id) + "'" + Suggestions.didYouMean(id, BUILT_IN_IDS)
                    + " (built in: " + String.join(", ", builtIns().stream().map(Rubric::reference).toList())
                    + "; or give the path of a rubric file)");
        }
        return at < 0 ? builtIn(id) : builtIn(id, knownVersion(id, reference.substring(at + 1)));
    }

    /** A rubric file given by path, e.g. on the command line. */
    public Rubric file(Path file, String shownAs) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new RubricReferenceException("rubric file '" + Printable.quote(shownAs) + "' not found (looked at " + absolute + ")");
        }
        return cached("file:" + absolute, () -> {
            YamlDocument document = YamlReader.read(absolute, displayPath(absolute));
            if (!document.root().has("sections") && (document.root().has("proposal") || document.root().has("answers"))) {
                throw new RubricReferenceException("'" + Printable.quote(shownAs) + "' is an assessment, not a rubric");
            }
            return RubricLoader.load(document);
        });
    }

    /**
     * How an assessment at {@code assessment} names a rubric given on the command line as
     * {@code given} (already resolved to {@code rubric}): a built-in one as id@version, a rubric file
     * by its path relative to the assessment's folder, starting with {@code ./} or {@code ../}.
     */
    public static String referenceFor(Path assessment, String given, Rubric rubric) {
        if (!isPath(given)) {
            return rubric.reference();
        }
        Path folder = assessment.toAbsolutePath().normalize().getParent();
        String relative = folder.relativize(Path.of(given).toAbsolutePath().normalize()).toString().replace('\\', '/');
        return relative.startsWith("../") ? relative : "./" + relative;
    }

    /** A path as short as it can be shown: relative to the working folder when inside it. */
    public static String displayPath(Path absolute) {
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** Loads once; a failure is remembered and rethrown too, so a broken rubric is parsed only once. */
    private Rubric cached(String key, Supplier<Rubric> loader) {
        return loaded.computeIfAbsent(key, k -> {
            try {
                Rubric rubric = loader.get();
                return () -> rubric;
            } catch (RuntimeException e) {
                return () -> {
                    throw e;
                };
            }
        }).get();
    }
}
