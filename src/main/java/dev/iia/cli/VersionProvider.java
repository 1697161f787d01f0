package dev.iia.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code iia 0.1.0 (Java 17.0.15)}: the jar's Implementation-Version, or "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"iia " + version() + " (Java " + System.getProperty("java.version") + ")"};
    }

    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
