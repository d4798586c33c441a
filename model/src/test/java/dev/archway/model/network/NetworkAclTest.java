package dev.archway.model.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** AWS: NACL entries are evaluated in ascending rule number, the first match decides, and a final rule denies. */
class NetworkAclTest {
    private static final long CLIENT = Cidr.parseAddress("203.0.113.9", "test");

    @Test
    void theLowestMatchingRuleNumberDecides() {
        NetworkAcl acl = new NetworkAcl("acl", "Acl", "vpc", List.of(
                new NaclEntry(200, false, "tcp", 443, 443, "0.0.0.0/0", true),
                new NaclEntry(100, false, "tcp", 443, 443, "203.0.113.0/24", false)));
        assertFalse(acl.allows(false, "tcp", 443, CLIENT));
        assertTrue(acl.allows(false, "tcp", 443, Cidr.parseAddress("198.51.100.1", "test")));
    }

    @Test
    void trafficNoEntryMatchesIsDenied() {
        NetworkAcl custom = new NetworkAcl("acl", "Acl", "vpc", List.of());
        assertFalse(custom.allows(false, "tcp", 80, CLIENT));
    }

    @Test
    void directionsAreSeparate() {
        NetworkAcl acl = new NetworkAcl("acl", "Acl", "vpc", List.of(
                new NaclEntry(100, true, "-1", -1, -1, "0.0.0.0/0", true)));
        assertTrue(acl.allows(true, "tcp", 80, CLIENT));
        assertFalse(acl.allows(false, "tcp", 80, CLIENT));
    }
}
