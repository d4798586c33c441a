package dev.archway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile names and regions come from the SDK's shared config and credentials files (never their secrets). */
class AccountProfilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void profileFiles() throws IOException {
        Path config = Files.writeString(dir.resolve("config"), """
                [default]
                region = eu-west-1
                [profile audit]
                region = us-east-2
                [profile sso-dev]
                sso_session = corp
                """);
        Path credentials = Files.writeString(dir.resolve("credentials"), """
                [ci]
                aws_access_key_id = AKIAEXAMPLE
                aws_secret_access_key = not-a-real-secret
                """);
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
    }

    @Test
    void namesEveryProfileOfBothFilesSorted() {
        assertEquals(List.of("audit", "ci", "default", "sso-dev"), AccountProfiles.names());
    }

    @Test
    void aProfilesRegionIfItHasOne() {
        assertEquals(Optional.of("us-east-2"), AccountProfiles.defaultRegion("audit"));
        assertEquals(Optional.empty(), AccountProfiles.defaultRegion("sso-dev"));
        assertEquals(Optional.empty(), AccountProfiles.defaultRegion("nobody"));
    }
}
