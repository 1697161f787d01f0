package dev.iia.batch;

import dev.iia.io.CacheFolder;
import dev.iia.io.FileAccessException;
import dev.iia.io.SafeFiles;
import dev.iia.rubric.Rubric;
import dev.iia.rubric.RubricCatalog;
import dev.iia.yaml.YamlReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a batch made of each file (its rendered output, say), kept in a {@link CacheFolder} under
 * a key made of everything that result depends on: the file's bytes, its name as given and where it
 * is, the bytes of every built-in rubric (by their digest, made when they were built in), and the
 * caller's context (iia's version and build, and the options that shape the result). A file whose
 * key has an entry is not parsed at all; any change to one of those makes a new key, so an entry is
 * never stale. Only results scored against a built-in rubric are kept: a rubric file can change
 * without the assessment changing.
 *
 * @param <T> what the batch makes of a result
 */
public final class ResultCache<T> {
    /** How a value is kept: {@code decode} returns empty for bytes it cannot read, which are then a miss. */
    public interface Codec<T> {
        byte[] encode(T value);

        Optional<T> decode(byte[] bytes);
    }

    private static final String SCHEME = "iia score cache 1";

    private final CacheFolder folder;
    private final RubricCatalog catalog;
    private final Codec<T> codec;
    private final byte[] prefix;

    /** @param context what else the result depends on: iia's version and build, the options that shape it */
    public ResultCache(CacheFolder folder, RubricCatalog catalog, String context, Codec<T> codec) {
        this.folder = folder;
        this.catalog = catalog;
        this.codec = codec;
        MessageDigest digest = sha256();
        field(digest, SCHEME.getBytes(StandardCharsets.UTF_8));
        field(digest, context.getBytes(StandardCharsets.UTF_8));
        field(digest, RubricCatalog.builtInDigest().getBytes(StandardCharsets.UTF_8));
        this.prefix = digest.digest();
    }

    /** What {@code then} makes of the file's result: from the cache, or scored and then kept. */
    T apply(Path file, Batch batch, Function<Batch.Result, T> then) {
        byte[] bytes;
        try {
            bytes = SafeFiles.read(file, file.toString(), YamlReader.MAX_FILE_BYTES);
        } catch (FileAccessException e) {
            return then.apply(batch.score(file));
        }
        String key = key(file, bytes);
        Optional<T> kept = folder.read(key).flatMap(codec::decode);
        if (kept.isPresent()) {
            return kept.get();
        }
        Batch.Result result = batch.score(file, bytes);
        T value = then.apply(result);
        if (keepable(result)) {
            folder.write(key, codec.encode(value));
        }
        return value;
    }

    /** The key of a file: its bytes, its name as given and as an absolute path (where a relative rubric is looked for). */
    String key(Path file, byte[] bytes) {
        MessageDigest digest = sha256();
        field(digest, prefix);
        field(digest, file.toString().getBytes(StandardCharsets.UTF_8));
        field(digest, file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        field(digest, bytes);
        return HexFormat.of().formatHex(digest.digest());
    }

    private boolean keepable(Batch.Result result) {
        if (!(result instanceof Batch.Scored scored)) {
            return false;
        }
        Rubric rubric = scored.loaded().rubric();
        return RubricCatalog.versions(rubric.id()).contains(rubric.version()) && catalog.builtIn(rubric.id(), rubric.version()) == rubric;
    }

    /** Each field with its length first, so no two different sets of fields hash the same bytes. */
    private static void field(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
