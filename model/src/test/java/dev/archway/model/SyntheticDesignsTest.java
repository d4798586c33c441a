package dev.archway.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SyntheticDesignsTest {

    @ParameterizedTest
    @ValueSource(ints = {100, 1000, 10000})
    void hasAboutTheRequestedSizeAndIsWhole(int n) {
        Design design = SyntheticDesigns.generate(n);
        assertTrue(design.size() <= n && design.size() > n - SyntheticDesigns.PER_SERVICE, "size " + design.size());
        assertEquals(List.of(), DesignIntegrity.problems(design));
    }

    @Test
    void isTheSameForTheSameSize() {
        assertEquals(SyntheticDesigns.generate(1000), SyntheticDesigns.generate(1000));
    }

    @Test
    void placesEveryElement() {
        Design design = SyntheticDesigns.generate(1000);
        List<String> unplaced = design.elements().stream().map(Element::id).filter(id -> design.bounds(id) == null)
                .toList();
        assertEquals(List.of(), unplaced);
    }

    @Test
    void putsLoadBalancersInPublicSubnetsOfTwoZones() {
        Design design = SyntheticDesigns.generate(300);
        Topology topology = new Topology(design);
        for (LoadBalancer lb : design.all(LoadBalancer.class)) {
            assertEquals(2, topology.azsOf(lb).size());
            assertTrue(topology.subnetsOf(lb).stream().allMatch(topology::isPublic), lb.name());
        }
    }

    @Test
    void keepsTargetsInPrivateSubnets() {
        Design design = SyntheticDesigns.generate(300);
        Topology topology = new Topology(design);
        List<String> publicTargets = design.all(dev.archway.model.lb.Ec2Instance.class).stream()
                .filter(i -> topology.isPublic(design.get(i.subnetId(), Subnet.class))).map(Element::name).toList();
        assertEquals(List.of(), publicTargets);
    }
}
