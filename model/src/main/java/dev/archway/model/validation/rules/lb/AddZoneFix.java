package dev.archway.model.validation.rules.lb;

import dev.archway.model.Lists;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Fix;
import dev.archway.model.validation.rules.Fixes;
import dev.archway.model.validation.rules.SubnetChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Adds to a load balancer a subnet of a zone it does not use yet (public for an internet-facing one). */
final class AddZoneFix {
    private AddZoneFix() {
    }

    static Optional<Fix> forLoadBalancer(LoadBalancer lb, Set<String> usedZones, Topology index) {
        Optional<Subnet> extra = SubnetChoice.inNewZone(index, lb, usedZones);
        return extra.map(subnet -> Fixes.edit("Add " + subnet.name() + " to " + lb.name(), lb.id(), LoadBalancer.class,
                current -> {
                    List<String> ids = new ArrayList<>(Lists.copy(current.subnetIds()));
                    ids.add(subnet.id());
                    return current.withSubnets(ids);
                }));
    }
}
