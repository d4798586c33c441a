package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;
import static dev.archway.exporters.cdk.CdkExpr.staticCall;

import dev.archway.model.network.NaclEntry;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Subnet;
import java.util.List;

/** Network ACLs as L2 {@code NetworkAcl} with {@code addEntry}, associated with the design's subnets. */
final class NetworkAclPlanner {
    private static final CdkType ACL = CdkType.ec2("NetworkAcl");
    private static final CdkType TRAFFIC = CdkType.ec2("AclTraffic");
    private final CdkStackDraft plan;

    NetworkAclPlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        for (NetworkAcl acl : plan.design.all(NetworkAcl.class)) {
            List<String> subnets = plan.design.all(Subnet.class).stream()
                    .filter(s -> acl.id().equals(s.networkAclId())).map(Subnet::id).toList();
            plan.about(acl.id());
            plan.comment("network ACL " + acl.name());
            CdkExpr construct = plan.declare(acl.id(), acl.name(), ACL, new CdkExpr.Construct(ACL,
                    CdkNames.constructId(acl.name()), CdkProps.of().put("vpc", plan.ref(acl.vpcId()))
                            .put("subnetSelection", subnets.isEmpty() ? null
                                    : NetworkPlanner.selection(plan, subnets)).map()));
            acl.entries().forEach(e -> plan.run(CdkExpr.call(construct, "addEntry",
                    lit((e.egress() ? "Egress" : "Ingress") + e.ruleNumber()), entry(e))));
        }
    }

    private CdkExpr entry(NaclEntry e) {
        CdkExpr cidr = "0.0.0.0/0".equals(e.cidr()) ? staticCall(CdkType.ec2("AclCidr"), "anyIpv4")
                : staticCall(CdkType.ec2("AclCidr"), "ipv4", lit(e.cidr()));
        return new CdkExpr.Struct(CdkType.ec2("CommonNetworkAclEntryOptions"), CdkProps.of()
                .lit("ruleNumber", e.ruleNumber())
                .put("cidr", cidr)
                .put("traffic", traffic(e))
                .put("direction", CdkExpr.enumValue(CdkType.ec2("TrafficDirection"), e.egress() ? "EGRESS" : "INGRESS"))
                .put("ruleAction", CdkExpr.enumValue(CdkType.ec2("Action"), e.allow() ? "ALLOW" : "DENY"))
                .map());
    }

    private static CdkExpr traffic(NaclEntry e) {
        String protocol = e.protocol().toLowerCase();
        boolean tcp = protocol.equals("6") || protocol.equals("tcp");
        boolean udp = protocol.equals("17") || protocol.equals("udp");
        if (!(tcp || udp) || e.fromPort() < 0) {
            return staticCall(TRAFFIC, "allTraffic");
        }
        String kind = tcp ? "tcp" : "udp";
        return e.fromPort() == e.toPort() ? staticCall(TRAFFIC, kind + "Port", lit(e.fromPort()))
                : staticCall(TRAFFIC, kind + "PortRange", lit(e.fromPort()), lit(e.toPort()));
    }
}
