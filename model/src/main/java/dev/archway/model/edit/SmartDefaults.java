package dev.archway.model.edit;

import dev.archway.model.Design;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a new element gets so that it is valid where it lands: a free CIDR block, a free priority, a free port. */
public final class SmartDefaults {
    static final int SUBNET_PREFIX = 24;
    static final int PRIORITY_STEP = 10;

    private SmartDefaults() {
    }

    /** The first /24 of the VPC's block that no subnet of the VPC overlaps (the VPC's own block if it is smaller). */
    public static String nextSubnetCidr(Design design, String vpcId) {
        Vpc vpc = design.get(vpcId, Vpc.class);
        Cidr block = vpc == null || !Cidr.isValid(vpc.cidr()) ? Cidr.parse("10.0.0.0/16") : Cidr.parse(vpc.cidr());
        List<Cidr> used = design.all(Subnet.class).stream().filter(s -> vpcId != null && vpcId.equals(s.vpcId())
                && Cidr.isValid(s.cidr())).map(s -> Cidr.parse(s.cidr())).toList();
        int prefix = Math.max(SUBNET_PREFIX, block.prefix());
        long step = 1L << (32 - prefix);
        for (long n = block.first(); n + step - 1 <= block.last(); n += step) {
            Cidr candidate = new Cidr(n, prefix);
            if (used.stream().noneMatch(candidate::overlaps)) {
                return candidate.toString();
            }
        }
        return new Cidr(block.first(), prefix).toString();
    }

    /** The next multiple of 10 above the listener's highest rule priority. */
    public static int nextRulePriority(Design design, String listenerId) {
        int highest = design.all(ListenerRule.class).stream().filter(r -> listenerId.equals(r.listenerId()))
                .mapToInt(ListenerRule::priority).max().orElse(0);
        return (highest / PRIORITY_STEP + 1) * PRIORITY_STEP;
    }

    /** Ports the load balancer's listeners already use. */
    public static Set<Integer> usedPorts(Design design, String lbId) {
        return design.all(Listener.class).stream().filter(l -> lbId.equals(l.loadBalancerId())).map(Listener::port)
                .collect(Collectors.toSet());
    }
}
