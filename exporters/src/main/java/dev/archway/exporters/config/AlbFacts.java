package dev.archway.exporters.config;

import dev.archway.model.Design;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a web server behind an Application Load Balancer needs to know: the addresses the ALB connects from (its
 * subnets), the ports its target groups use, and the host names it serves.
 */
record AlbFacts(LoadBalancer lb, List<Subnet> subnets, Set<Integer> ports, Set<String> hosts, boolean terminatesTls) {

    static List<AlbFacts> of(Design design) {
        Topology t = new Topology(design);
        List<AlbFacts> out = new ArrayList<>();
        for (LoadBalancer lb : design.all(LoadBalancer.class)) {
            if (!lb.isApplication()) {
                continue;
            }
            Set<Integer> ports = new TreeSet<>();
            for (TargetGroup tg : t.targetGroupsOf(lb)) {
                ports.add(tg.port());
            }
            Set<String> hosts = new LinkedHashSet<>();
            boolean tls = false;
            for (Listener l : t.listenersOf(lb)) {
                tls |= l.protocol().terminatesTls();
                for (String certId : l.certificateIds()) {
                    Certificate c = design.get(certId, Certificate.class);
                    if (c != null) {
                        hosts.addAll(c.allNames());
                    }
                }
                for (ListenerRule r : t.rulesOf(l)) {
                    r.conditions().stream().filter(c -> c.field() == ConditionField.HOST_HEADER)
                            .forEach(c -> hosts.addAll(c.values()));
                }
            }
            out.add(new AlbFacts(lb, t.subnetsOf(lb), ports.isEmpty() ? Set.of(80) : ports, hosts, tls));
        }
        return out;
    }

    String fileName() {
        return ConfigNames.slug(lb.name()) + ".conf";
    }
}
