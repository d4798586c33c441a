package dev.archway.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignTest {

    @Test
    void namesAreUniqueWithinADesign() {
        Design design = new Design("d");
        design.put(new Vpc("vpc-1", "Main", null, "10.0.0.0/16"));
        DesignException e = assertThrows(DesignException.class,
                () -> design.put(new Vpc("vpc-2", "Main", null, "10.1.0.0/16")));
        assertEquals("duplicate name 'Main'", e.getMessage());
    }

    @Test
    void replacingAnElementKeepsItsTypeIndexAndFreesItsOldName() {
        Design design = new Design("d");
        design.put(new Vpc("vpc-1", "Main", null, "10.0.0.0/16"));
        design.put(new Vpc("vpc-1", "Renamed", null, "10.0.0.0/16"));
        design.put(new Vpc("vpc-2", "Main", null, "10.1.0.0/16"));
        assertEquals(List.of("Renamed", "Main"), design.all(Vpc.class).stream().map(Vpc::name).toList());
    }

    @Test
    void removingAnElementRemovesItsLayoutAndExtras() {
        Design design = new Design("d");
        design.put(new Vpc("vpc-1", "Main", null, "10.0.0.0/16"));
        design.setBounds("vpc-1", new Bounds(0, 0, 100, 100));
        design.setCfnExtras("vpc-1", java.util.Map.of("EnableDnsSupport", true));
        design.remove("vpc-1");
        assertNull(design.bounds("vpc-1"));
        assertEquals(java.util.Map.of(), design.cfnExtras("vpc-1"));
    }

    @Test
    void aBatchIsHeardAsOneChangeListingEveryId() {
        Design design = new Design("d");
        List<Set<String>> heard = new ArrayList<>();
        design.addListener((d, ids) -> heard.add(Set.copyOf(ids)));
        design.batch(() -> {
            design.put(new Vpc("vpc-1", "Main", null, "10.0.0.0/16"));
            design.put(new Subnet("sn-1", "A", "vpc-1", null, "10.0.1.0/24", null, null, false));
        });
        assertEquals(List.of(Set.of("vpc-1", "sn-1")), heard);
    }

    @Test
    void copiesAreEqualAndIndependent() {
        Design design = new Design("d");
        design.put(new Vpc("vpc-1", "Main", null, "10.0.0.0/16"));
        Design copy = design.copy();
        assertEquals(design, copy);
        copy.remove("vpc-1");
        assertEquals(1, design.size());
    }

    @Test
    void integrityNamesEveryDanglingReference() {
        Design design = new Design("d");
        design.put(new Subnet("sn-1", "A", "vpc-missing", null, "10.0.1.0/24", null, null, false));
        assertEquals(List.of("A refers to 'vpc-missing', which is not in the design"),
                DesignIntegrity.problems(design));
    }
}
