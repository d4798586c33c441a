package dev.archway.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version and the commit this build was made from, written into {@code build-info.properties} by the build
 * (app/pom.xml); {@code archway --version} prints them. A build outside a Git checkout says its commit is unknown.
 */
public final class BuildInfo implements IVersionProvider {
    static final String RESOURCE = "build-info.properties";
    private static final String UNKNOWN = "unknown";

    private final String version;
    private final String commit;

    public BuildInfo() {
        this(read());
    }

    BuildInfo(Properties properties) {
        version = properties.getProperty("version", UNKNOWN);
        commit = properties.getProperty("commit", UNKNOWN);
    }

    public String version() {
        return version;
    }

    public String commit() {
        return commit;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Archway " + version + " (commit " + commit + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }

    private static Properties read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource reads as an unknown version and commit, which --version then says
        }
        return properties;
    }
}
