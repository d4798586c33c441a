package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * One thing a target group can send a request to: an EC2 instance, an IP target, one task of an ECS service
 * ({@code key} {@code serviceId#n}, name {@code ServiceName#n}), one instance of an Auto Scaling group (the same
 * way, spread as {@link InstanceSpread} says), or, for an {@code alb} target group behind an
 * NLB, the ALB's node in one AZ ({@code key} {@code albId@zone}, name {@code AlbName@zone}). {@code zone} is the AWS
 * zone name of its subnet.
 */
public record TargetSlot(String key, String elementId, String name, String subnetId, String azId, String zone,
        int port, String address, Cidr block, List<String> securityGroupIds) {

    /** Expands a target group's registrations into slots, in registration order (tasks in task order). */
    public static List<TargetSlot> of(Design design, TargetGroup group) {
        List<TargetSlot> out = new ArrayList<>();
        for (TargetRegistration reg : group.targets()) {
            Element e = design.get(reg.targetId());
            int port = reg.port() != null ? reg.port() : group.port();
            if (e instanceof Ec2Instance i) {
                out.add(slot(design, i.id(), i.id(), i.name(), i.subnetId(), port, i.privateIp(),
                        i.securityGroupIds()));
            } else if (e instanceof IpTarget ip) {
                out.add(slot(design, ip.id(), ip.id(), ip.name(), ip.subnetId(), port, ip.ip(), ip.securityGroupIds()));
            } else if (e instanceof LoadBalancer alb) {
                for (String subnetId : alb.subnetIds()) {
                    TargetSlot node = slot(design, alb.id(), alb.id(), alb.name(), subnetId, port, null,
                            alb.securityGroupIds());
                    out.add(new TargetSlot(alb.id() + "@" + node.zone(), alb.id(), alb.name() + "@" + ZoneNames.label(design, node.zone()),
                            subnetId, node.azId(), node.zone(), port, null, node.block(), node.securityGroupIds()));
                }
            } else if (e instanceof AutoScalingGroup g) {
                List<String> subnets = InstanceSpread.subnetsOfInstances(design, g);
                for (int n = 0; n < subnets.size(); n++) {
                    out.add(slot(design, g.id() + "#" + (n + 1), g.id(), g.name() + "#" + (n + 1), subnets.get(n),
                            port, null, g.securityGroupIds()));
                }
            } else if (e instanceof EcsService s) {
                int taskPort = reg.port() != null ? reg.port() : s.containerPort() > 0 ? s.containerPort() : port;
                for (int t = 0; t < s.desiredCount(); t++) {
                    out.add(s.onContainerInstances() ? onContainerInstance(design, group, s, t, taskPort)
                            : slot(design, s.id() + "#" + (t + 1), s.id(), s.name() + "#" + (t + 1),
                                    s.subnetOfTask(t), taskPort, null, s.securityGroupIds()));
                }
            }
        }
        return out;
    }

    /**
     * A bridge or host task, reached on a container instance of its cluster, which the design does not place: in
     * the zones of the group's VPC in turn, as the default placement of a service spreads tasks over zones.
     */
    private static TargetSlot onContainerInstance(Design design, TargetGroup group, EcsService s, int task,
            int port) {
        List<AvailabilityZone> zones = design.all(AvailabilityZone.class).stream()
                .filter(z -> z.vpcId() != null && z.vpcId().equals(group.vpcId())).toList();
        AvailabilityZone az = zones.isEmpty() ? null : zones.get(task % zones.size());
        String name = s.name() + "#" + (task + 1) + " (a task on a container instance of cluster " + s.cluster() + ")";
        Vpc vpc = group.vpcId() == null ? null : design.get(group.vpcId(), Vpc.class);
        return new TargetSlot(s.id() + "#" + (task + 1), s.id(), name, null, az == null ? null : az.id(),
                az == null ? null : ZoneNames.of(az), port, null, vpc == null ? null : NaclCheck.cidr(vpc.cidr()),
                s.securityGroupIds());
    }

    private static TargetSlot slot(Design design, String key, String elementId, String name, String subnetId, int port,
            String address, List<String> groups) {
        Subnet subnet = subnetId == null ? null : design.get(subnetId, Subnet.class);
        AvailabilityZone az = subnet == null ? null : design.get(subnet.azId(), AvailabilityZone.class);
        Cidr block = address != null && SimRequest.isIpv4(address) ? new Cidr(Cidr.parseAddress(address, address), 32)
                : subnet == null ? null : NaclCheck.cidr(subnet.cidr());
        return new TargetSlot(key, elementId, name, subnetId, az == null ? null : az.id(),
                az == null ? null : ZoneNames.of(az), port, address, block, groups);
    }

    /** {@code 10.0.1.15:80}, or the port and subnet when the address is not fixed. */
    public String endpoint(Design design) {
        if (address != null) {
            return address + ":" + port;
        }
        return "port " + port + (subnetId == null ? "" : " of its address in " + design.nameOf(subnetId));
    }
}
