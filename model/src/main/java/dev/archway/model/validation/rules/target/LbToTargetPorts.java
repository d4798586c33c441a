package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For one target: each load balancer that reaches it, with the ports it uses (traffic and health check). */
final class LbToTargetPorts {
    /** {@code tcp/80}: a transport protocol and a port. */
    record Port(String protocol, int port) {
        @Override
        public String toString() {
            return protocol + "/" + port;
        }
    }

    private LbToTargetPorts() {
    }

    static Map<LoadBalancer, Set<Port>> of(Element target, Topology index) {
        Map<LoadBalancer, Set<Port>> out = new LinkedHashMap<>();
        for (TargetGroup g : index.targetGroupsOfTarget(target)) {
            for (LoadBalancer lb : index.loadBalancersOf(g)) {
                Set<Port> ports = out.computeIfAbsent(lb, k -> new LinkedHashSet<>());
                int traffic = Targets.trafficPort(target, g);
                ports.add(new Port(g.protocol() == null ? "tcp" : g.protocol().transport(), traffic));
                boolean hcOnTraffic = g.healthCheck() == null || g.healthCheck().port() == null;
                ports.add(new Port("tcp", hcOnTraffic ? traffic : g.healthCheck().port()));
            }
        }
        return out;
    }

    static String join(List<Port> ports) {
        List<String> texts = new ArrayList<>();
        ports.forEach(p -> texts.add(p.toString()));
        return String.join(", ", texts);
    }
}
