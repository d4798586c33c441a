package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CdkNamesTest {

    @Test
    void variablesAreLowerCamelCaseOfElementNames() {
        CdkNames names = new CdkNames();
        assertEquals(List.of("webAlb", "albSg", "publicSubnetA", "orders2"), List.of(names.variable("WebAlb"),
                names.variable("ALBSg"), names.variable("public-subnet a"), names.variable("orders2")));
    }

    @Test
    void repeatedAndReservedNamesGetDistinctIdentifiers() {
        CdkNames names = new CdkNames();
        assertEquals(List.of("web", "web2", "web3", "theNew", "theDesign1a"), List.of(names.variable("Web"),
                names.variable("web"), names.variable("WEB"), names.variable("new"), names.variable("1a")));
    }

    /** A nested stack hands its constructs on as properties, which must not hide the stack's own members. */
    @Test
    void namesOfStackMembersAreReserved() {
        CdkNames names = new CdkNames();
        assertEquals(List.of("theNode", "theRegion", "theTags"), List.of(names.variable("node"),
                names.variable("region"), names.variable("tags")));
    }

    @Test
    void classAndFileNamesFollowEachLanguage() {
        assertEquals("EdgeCases", CdkNames.upperCamel("Edge cases"));
        assertEquals("Design3Tier", CdkNames.upperCamel("3-tier"));
        assertEquals("NlbTcpMessageGateway", CdkNames.upperCamel("NLB TCP message gateway"));
        assertEquals("edge-cases-stack", CdkNames.kebab("EdgeCasesStack"));
    }
}
