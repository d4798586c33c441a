package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
    @Test
    void theBuildRecordsItsVersionAndItsGitCommit() {
        BuildInfo built = new BuildInfo();
        assertTrue(built.version().matches("\\d+\\.\\d+\\.\\d+.*"), built.version());
        assertTrue(built.commit().matches("[0-9a-f]{12}(-dirty)?|unknown"), built.commit());
    }

    @Test
    void versionNamesTheVersionTheCommitAndTheJavaRuntime() {
        Properties properties = new Properties();
        properties.setProperty("version", "1.2.3");
        properties.setProperty("commit", "0123456789ab");
        String[] lines = new BuildInfo(properties).getVersion();
        assertEquals("Archway 1.2.3 (commit 0123456789ab)", lines[0]);
        assertTrue(lines[1].startsWith("Java " + System.getProperty("java.version") + " ("), lines[1]);
    }

    @Test
    void aBuildWithoutBuildInfoSaysSoRatherThanFailing() {
        assertEquals("Archway unknown (commit unknown)", new BuildInfo(new Properties()).getVersion()[0]);
    }
}
