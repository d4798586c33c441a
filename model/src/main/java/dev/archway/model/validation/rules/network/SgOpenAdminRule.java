package dev.archway.model.validation.rules.network;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** SG-OPEN-ADMIN: no security group admits SSH (22) or RDP (3389) from 0.0.0.0/0. */
public final class SgOpenAdminRule extends KindRule<SecurityGroup> {
    public static final RuleInfo INFO = new RuleInfo("SG-OPEN-ADMIN", Severity.WARNING,
            "SSH and RDP are not open to the internet",
            "Remote administration ports open to 0.0.0.0/0 are scanned and brute-forced constantly; admit them from "
                    + "a known range or use Session Manager.",
            AwsDocs.SECURITY_GROUP_RULES);

    private static final String ANYWHERE = "0.0.0.0/0";

    public SgOpenAdminRule() {
        super(INFO, List.of(SecurityGroup.class));
    }

    @Override
    public List<Finding> check(SecurityGroup group, Topology index) {
        List<String> open = new ArrayList<>();
        List<SgRule> offending = new ArrayList<>();
        boolean quietLoadBalancers = onlyOnQuietLoadBalancers(group, index);
        for (SgRule r : group.ingress()) {
            boolean allTrafficToQuietLb = quietLoadBalancers && SecurityGroupWearers.allTrafficFromAnywhere(r);
            if (!ANYWHERE.equals(r.cidr()) || allTrafficToQuietLb) {
                continue; // issue 21: only the listener ports answer; that is SG-LB-ALL-TRAFFIC's advice
            }
            if (r.covers("tcp", 22)) {
                open.add("SSH (tcp/22)");
            }
            if (r.covers("tcp", 3389)) {
                open.add("RDP (tcp/3389)");
            }
            if (r.covers("tcp", 22) || r.covers("tcp", 3389)) {
                offending.add(r);
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, group, "%s admits %s from 0.0.0.0/0".formatted(group.name(),
                String.join(" and ", open.stream().distinct().toList())), fix(group, offending)));
    }

    /** Worn only by load balancers that listen on neither admin port: an all-traffic rule exposes neither. */
    private static boolean onlyOnQuietLoadBalancers(SecurityGroup group, Topology index) {
        List<LoadBalancer> lbs = SecurityGroupWearers.onlyLoadBalancers(group, index);
        Set<Integer> ports = SecurityGroupWearers.listenerPorts(lbs, index);
        return !lbs.isEmpty() && !ports.contains(22) && !ports.contains(3389);
    }

    /** Remove the rules, but only when each opens nothing but the admin port (never a wider rule). */
    private static Fix fix(SecurityGroup group, List<SgRule> offending) {
        boolean onlyAdmin = offending.stream().allMatch(r -> !r.allProtocols() && r.fromPort() == r.toPort()
                && (r.fromPort() == 22 || r.fromPort() == 3389));
        if (!onlyAdmin) {
            return null;
        }
        return Fixes.edit("Close SSH/RDP to the internet in " + group.name(), group.id(), SecurityGroup.class,
                c -> c.withIngress(c.ingress().stream().filter(r -> !offending.contains(r)).toList()));
    }
}
