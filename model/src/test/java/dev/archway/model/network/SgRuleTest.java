package dev.archway.model.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SgRuleTest {

    @Test
    void allTrafficCoversEveryProtocolAndPort() {
        assertTrue(SgRule.allTraffic("0.0.0.0/0").covers("udp", 53));
    }

    @Test
    void aPortRangeCoversItsEndsOnly() {
        SgRule rule = new SgRule("tcp", 8000, 8080, "10.0.0.0/16", null, null);
        assertTrue(rule.covers("tcp", 8000));
        assertTrue(rule.covers("tcp", 8080));
        assertFalse(rule.covers("tcp", 8081));
        assertFalse(rule.covers("udp", 8000));
    }

    @Test
    void protocolNumbersMatchTheirNames() {
        assertTrue(new SgRule("6", 443, 443, "0.0.0.0/0", null, null).covers("tcp", 443));
    }
}
