package dev.archway.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.rule.Finding;
import dev.archway.model.validation.Validator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** AZ slots: the Nth zone of the region, as {@code Fn::Select [N-1, Fn::GetAZs '']} names it. */
class ZoneSlotTest {

    @Test
    void slotsAreTheOrdinalsOfTheRegionsZones() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "5th", "6th"), IntStream.range(0, ZoneSlot.MAX)
                .mapToObj(ZoneSlot::of).toList());
        assertEquals(1, ZoneSlot.index("2nd"));
        assertThrows(IllegalArgumentException.class, () -> ZoneSlot.of(ZoneSlot.MAX));
        for (String notASlot : List.of("eu-west-1a", "7th", "2st", "0th", "", "1st AZ")) {
            assertFalse(ZoneSlot.isSlot(notASlot), notASlot);
        }
        assertFalse(ZoneSlot.isSlot(null));
    }

    @Test
    void aSlotIsLabelledByItsRegionAndItsLikelyNameIsOnlyAHint() {
        assertEquals("3rd AZ of the region", ZoneSlot.label("3rd", null));
        assertEquals("3rd AZ of eu-west-1", ZoneSlot.label("3rd", "eu-west-1"));
        assertEquals("eu-west-1c", ZoneSlot.label("eu-west-1c", "eu-west-1"), "a zone name is itself");
        assertEquals("eu-west-1c", ZoneSlot.likelyName("3rd", "eu-west-1"));
        assertNull(ZoneSlot.likelyName("3rd", null));
        assertEquals("3rd AZ", ZoneSlot.title("3rd"));
    }

    private static Design albIn(String firstZone, String secondZone, String regionCode) {
        DesignBuilder b = new DesignBuilder("slots");
        String vpc = b.vpc("Vpc", b.region("Region", regionCode), "10.0.0.0/16");
        String rt = b.publicRouteTable("PublicRt", vpc, b.internetGateway("Igw", vpc));
        String first = b.az(ZoneSlot.title(firstZone), vpc, firstZone);
        String second = firstZone.equals(secondZone) ? first : b.az(ZoneSlot.title(secondZone), vpc, secondZone);
        String a = b.subnet("A", vpc, first, "10.0.0.0/24", rt);
        String c = b.subnet("B", vpc, second, "10.0.1.0/24", rt);
        b.alb("Alb", vpc, List.of(a, c), List.of());
        return b.build();
    }

    private static List<String> twoAz(Design d) {
        return new Validator().validate(d).stream().filter(f -> f.ruleId().equals("LB-TWO-AZ"))
                .map(Finding::message).toList();
    }

    @Test
    void loadBalancersSpanAzsBySlot() {
        assertEquals(List.of(), twoAz(albIn("1st", "2nd", null)));
        assertEquals(List.of("Alb has subnets in only 1st AZ of the region"), twoAz(albIn("1st", "1st", null)));
        assertEquals(List.of("Alb has subnets in only 1st AZ of sa-east-1"), twoAz(albIn("1st", "1st", "sa-east-1")));
    }
}
