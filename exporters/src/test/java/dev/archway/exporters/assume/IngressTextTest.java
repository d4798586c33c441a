package dev.archway.exporters.assume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Assumptions panel's line of inbound rules reads as an assumptions file's rules, and writes back the same. */
class IngressTextTest {

    @Test
    void readsRulesFromAddressesAndGroupsAsTheFileGivesThem() {
        assertEquals(List.of(Map.of("protocol", "tcp", "ports", "443", "cidr", "0.0.0.0/0"),
                Map.of("protocol", "tcp", "ports", "8080-8081", "group", "LbSg"),
                Map.of("protocol", "all", "cidr", "10.0.0.0/8")),
                IngressText.parse("tcp 443 from 0.0.0.0/0; TCP 8080-8081 from LbSg ;all from 10.0.0.0/8"));
    }

    @Test
    void noneIsAGroupKnownToAdmitNothing() {
        assertEquals(List.of(), IngressText.parse("none"));
        assertEquals("none", IngressText.format(List.of()));
    }

    @Test
    void writesWhatItReads() {
        String line = "tcp 443 from 0.0.0.0/0; udp 53 from LbSg; all from 10.0.0.0/8";
        assertEquals(line, IngressText.format(IngressText.parse(line)));
    }

    @Test
    void refusesWhatIsNotARuleSayingWhatOneLooksLike() {
        assertEquals("'tcp from' is not a rule such as tcp 443 from 0.0.0.0/0 or tcp 8080 from LbSg",
                assertThrows(IllegalArgumentException.class, () -> IngressText.parse("tcp from")).getMessage());
        assertEquals("'tcp from 0.0.0.0/0' needs a port or a range, such as 443 or 1024-65535",
                assertThrows(IllegalArgumentException.class, () -> IngressText.parse("tcp from 0.0.0.0/0"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> IngressText.parse("tcp 443 from 10.0.0.300/8"));
    }
}
