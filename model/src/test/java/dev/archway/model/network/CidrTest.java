package dev.archway.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void parsesNetworkAndPrefix() {
        Cidr cidr = Cidr.parse("10.0.1.0/24");
        assertEquals("10.0.1.0/24", cidr.toString());
        assertEquals(256, cidr.size());
        assertEquals("10.0.1.255", Cidr.format(cidr.last()));
    }

    @Test
    void aBareAddressIsASlash32() {
        assertEquals(32, Cidr.parse("192.168.0.7").prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.1.5/24", "10.0.0.0/33", "10.0.0/16", "300.0.0.0/8", "abc", "10.0.0.0/x"})
    void rejectsWhatIsNotACidr(String text) {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
    }

    @Test
    void containmentAndOverlap() {
        Cidr vpc = Cidr.parse("10.0.0.0/16");
        assertTrue(vpc.contains(Cidr.parse("10.0.1.0/24")));
        assertFalse(Cidr.parse("10.0.1.0/24").contains(vpc));
        assertTrue(vpc.overlaps(Cidr.parse("10.0.200.0/24")));
        assertFalse(Cidr.parse("10.0.1.0/24").overlaps(Cidr.parse("10.0.2.0/24")));
        assertTrue(Cidr.ANYWHERE.contains("203.0.113.9"));
    }
}
