package dev.iia.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * Paths from the command line, as picocli's own converter makes them, but without its reflective
 * call to {@code Paths.get}: from JDK 18 on, the first reflective call of a run generates method
 * handle classes, about 7 ms of every score.
 */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        return Path.of(value);
    }
}
