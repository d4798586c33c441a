package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogicalIdsTest {

    @Test
    void keepsLettersAndDigitsAndJoinsWordsInCamelCase() {
        assertEquals(List.of("WebALB", "webAlb", "PublicSubnetA", "Subnet1a", "Resource"),
                List.of("Web ALB", "web-alb", "Public subnet (A)", "1a", "---").stream()
                        .map(n -> LogicalIds.sanitize(n, n.equals("1a") ? "Subnet" : "Resource")).toList());
    }

    @Test
    void claimsAnotherIdWhenOneIsTaken() {
        LogicalIds ids = new LogicalIds();
        assertEquals(List.of("Web", "Web2", "Web3"), List.of(ids.claim("Web"), ids.claim("Web"), ids.claim("Web")));
    }
}
