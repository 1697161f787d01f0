package dev.iia.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats commands write. Markdown is spelt {@code markdown} everywhere; {@code md} is accepted for it. */
enum OutputFormat {
    table, markdown, json, csv;

    /**
     * The formats one command writes, for picocli: the converter of its {@code --format} (any case,
     * {@code md} for {@code markdown}) and the candidates that help and completion list.
     */
    abstract static class Offered implements ITypeConverter<OutputFormat>, Iterable<String> {
        private final List<OutputFormat> formats;

        Offered(OutputFormat... formats) {
            this.formats = List.of(formats);
        }

        @Override
        public OutputFormat convert(String value) {
            String name = value.toLowerCase(Locale.ROOT);
            String canonical = name.equals("md") ? markdown.name() : name;
            return formats.stream().filter(format -> format.name().equals(canonical)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected one of " + formats + " (md for markdown) but was '"
                            + value + "'"));
        }

        @Override
        public Iterator<String> iterator() {
            return formats.stream().map(OutputFormat::name).iterator();
        }
    }

    /** A document: Markdown to read, or its data as JSON ({@code brief}, {@code diff}). */
    static final class Document extends Offered {
        Document() {
            super(markdown, json);
        }
    }

    /** Score results: a table for people, or Markdown, JSON, CSV for tools ({@code score}). */
    static final class Results extends Offered {
        Results() {
            super(table, json, csv, markdown);
        }
    }
}
