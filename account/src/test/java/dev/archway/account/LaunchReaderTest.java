package dev.archway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;

/**
 * A launch template version as the group's launch: one of only an image, a type and security groups is Archway's to
 * write (as a template's import treats it); one with more is kept, by name in the design and by id and version number
 * in the group's CloudFormation extras, so that an export launches from it.
 */
class LaunchReaderTest {
    private static LaunchTemplateVersion version(boolean withUserData) {
        return LaunchTemplateVersion.builder().launchTemplateId("lt-0abc").launchTemplateName("web").versionNumber(7L)
                .launchTemplateData(d -> d.imageId("ami-1").instanceType("t3.small").securityGroupIds("sg-1")
                        .userData(withUserData ? "IyEvYmluL3NoCg==" : null)).build();
    }

    @Test
    void aTemplateOfAnImageATypeAndGroupsIsArchwaysToWrite() {
        assertEquals(new LaunchReader.Launch("t3.small", "ami-1", List.of("sg-1"), null, Map.of()),
                LaunchReader.launch(version(false)));
    }

    @Test
    void aTemplateWithMoreIsKeptByNameAndLaunchedFromByIdAndVersionNumber() {
        assertEquals(new LaunchReader.Launch("t3.small", "ami-1", List.of("sg-1"), "web",
                Map.of("LaunchTemplate", Map.of("LaunchTemplateId", "lt-0abc", "Version", "7"))),
                LaunchReader.launch(version(true)));
    }
}
