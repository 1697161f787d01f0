package dev.iia.cli;

import dev.iia.batch.ResultCache;
import dev.iia.interview.Line;
import dev.iia.interview.Tone;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link ScoreOutcome} as the bytes of a cache entry: each field in order, texts as UTF-8 with their length. */
final class ScoreOutcomeCodec implements ResultCache.Codec<ScoreOutcome> {
    /** More cells or lines than any outcome has: a count above it is a damaged entry. */
    private static final int MAX_ITEMS = 10_000;
    private static final Tone[] TONES = Tone.values();

    @Override
    public byte[] encode(ScoreOutcome outcome) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, outcome.status());
            out.writeBoolean(outcome.tripped());
            out.writeInt(outcome.errors().size());
            for (String error : outcome.errors()) {
                text(out, error);
            }
            out.writeBoolean(outcome.usage());
            ScoreOutput.Piece piece = outcome.piece();
            text(out, piece.text());
            out.writeInt(piece.cells().size());
            for (Line.Span cell : piece.cells()) {
                text(out, cell.text());
                out.writeByte(cell.tone().ordinal());
            }
            text(out, piece.count());
            out.writeInt(piece.rank());
            text(out, piece.explanation());
            text(out, piece.whatIf());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public Optional<ScoreOutcome> decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String status = text(in);
            boolean tripped = in.get() != 0;
            List<String> errors = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                errors.add(text(in));
            }
            boolean usage = in.get() != 0;
            String text = text(in);
            List<Line.Span> cells = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                cells.add(new Line.Span(text(in), tone(in.get() & 0xFF)));
            }
            ScoreOutput.Piece piece = new ScoreOutput.Piece(text, cells, text(in), in.getInt(), text(in), text(in));
            if (in.hasRemaining()) {
                throw new IOException("bytes after the outcome");
            }
            return Optional.of(new ScoreOutcome(status, tripped, errors, usage, piece));
        } catch (IOException | BufferUnderflowException e) {
            return Optional.empty();
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** A text decoded where it lies in the entry, without copying its bytes first. */
    private static String text(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IOException("a text longer than the entry");
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static int count(ByteBuffer in) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > MAX_ITEMS) {
            throw new IOException("a count out of range");
        }
        return count;
    }

    private static Tone tone(int ordinal) throws IOException {
        if (ordinal >= TONES.length) {
            throw new IOException("no such tone");
        }
        return TONES[ordinal];
    }
}
