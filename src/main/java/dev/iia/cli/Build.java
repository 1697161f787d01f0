package dev.iia.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Which build of iia is running, beyond its version: a rebuilt jar keeps the version number. */
final class Build {
    private Build() {
    }

    /**
     * The jar's (or classes folder's) path, size and time of last change; when it cannot be found, a
     * text no other run has, so nothing this run caches is taken for another build's.
     */
    static String identity() {
        try {
            Path code = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes attributes = Files.readAttributes(code, BasicFileAttributes.class);
            return code + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown build " + System.nanoTime() + " " + ProcessHandle.current().pid();
        }
    }
}
