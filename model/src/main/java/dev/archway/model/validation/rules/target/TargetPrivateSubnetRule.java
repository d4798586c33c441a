package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.query.Unknown;
import dev.archway.model.rule.CannotTell;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import dev.archway.model.validation.rules.SubnetChoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** TARGET-PRIVATE-SUBNET: load-balancer targets sit in private subnets without public addresses. */
public final class TargetPrivateSubnetRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("TARGET-PRIVATE-SUBNET", Severity.WARNING,
            "Load balancer targets sit in private subnets",
            "A load balancer reaches its targets by private address, so they need no route from the internet; in a "
                    + "public subnet or with a public address they can be attacked directly, bypassing the load balancer.",
            AwsDocs.ALB_OVERVIEW);

    public TargetPrivateSubnetRule() {
        super(INFO, Targets.TYPES);
    }

    @Override
    public List<Finding> check(Element target, Topology index) {
        if (Targets.loadBalancersOf(target, index).isEmpty()) {
            return List.of();
        }
        List<Subnet> publicOnes = index.subnetsOfTarget(target).stream().filter(index::isPublic).toList();
        boolean publicAddress = Targets.hasPublicAddress(target);
        if (publicOnes.isEmpty() && !publicAddress) {
            List<Unknown> unknown = index.unknownTiers(index.subnetsOfTarget(target));
            return unknown.isEmpty() ? List.of() : List.of(CannotTell.finding(INFO, target,
                    "whether target " + target.name() + " sits in private subnets", unknown));
        }
        List<Element> resources = new ArrayList<>(List.of(target));
        resources.addAll(publicOnes);
        List<String> why = new ArrayList<>();
        if (!publicOnes.isEmpty()) {
            why.add("sits in public subnet " + SubnetChoice.names(publicOnes));
        }
        if (publicAddress) {
            why.add("has a public IP address");
        }
        String message = "load balancer target %s %s".formatted(target.name(), String.join(" and ", why));
        return List.of(Finding.of(INFO, resources, message, fix(target, publicOnes, index).orElse(null)));
    }

    private static Optional<Fix> fix(Element target, List<Subnet> publicOnes, Topology index) {
        Set<String> used = new HashSet<>(index.subnetsOfTarget(target).stream().map(Subnet::id).toList());
        Map<String, String> swaps = new LinkedHashMap<>();
        for (Subnet s : publicOnes) {
            String zone = index.zoneOf(s);
            Optional<Subnet> twin = zone == null ? Optional.empty()
                    : SubnetChoice.inZone(index, s.vpcId(), zone, false, used);
            if (twin.isEmpty()) {
                return Optional.empty();
            }
            used.add(twin.get().id());
            swaps.put(s.id(), twin.get().id());
        }
        String moves = swaps.isEmpty() ? "" : " to " + String.join(", ", swaps.values().stream().map(index::name).toList());
        if (target instanceof Ec2Instance i) {
            String label = "Move %s%s without a public IP".formatted(i.name(), moves);
            return Optional.of(Fixes.edit(label, i.id(), Ec2Instance.class, c -> {
                String subnet = swaps.getOrDefault(c.subnetId(), c.subnetId());
                String ip = subnet.equals(c.subnetId()) ? c.privateIp() : null;
                return new Ec2Instance(c.id(), c.name(), subnet, c.securityGroupIds(), c.instanceType(), c.imageId(),
                        ip, false);
            }));
        }
        if (target instanceof AutoScalingGroup g) {
            return Optional.of(Fixes.edit("Run %s%s".formatted(g.name(), moves), g.id(), AutoScalingGroup.class,
                    c -> c.withSubnets(c.subnetIds().stream().map(id -> swaps.getOrDefault(id, id)).toList())));
        }
        if (target instanceof EcsService s) {
            String label = "Run %s%s without public IPs".formatted(s.name(), moves);
            return Optional.of(Fixes.edit(label, s.id(), EcsService.class, c -> new EcsService(c.id(), c.name(),
                    c.cluster(), c.launchType(), c.subnetIds().stream().map(id -> swaps.getOrDefault(id, id)).toList(),
                    c.securityGroupIds(), c.desiredCount(), c.containerName(), c.containerPort(), c.image(), false,
                    c.networkMode())));
        }
        return Optional.empty();
    }
}
