package dev.archway.account;

import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;

/**
 * Security groups with their IPv4 rules. A rule naming a group outside the import (another VPC, another account)
 * or a prefix list has no element to point at: it is left out with a warning.
 */
final class SecurityGroupReader {
    private final Ec2Client ec2;
    private final Calls calls;
    private final ImportedDesign out;
    private final AccountRequest request;

    SecurityGroupReader(Ec2Client ec2, Calls calls, ImportedDesign out, AccountRequest request) {
        this.ec2 = ec2;
        this.calls = calls;
        this.out = out;
        this.request = request;
    }

    void read() {
        calls.each(ApiCall.EC2_DESCRIBE_SECURITY_GROUPS, () -> ec2.describeSecurityGroupsPaginator(
                r -> r.filters(NetworkReader.byVpc(request, "vpc-id"))).securityGroups(), g -> {
                    if (out.hasVpc(g.vpcId())) {
                        out.put(new SecurityGroup(g.groupId(), NetworkReader.nameTag(g.tags(), g.groupName()),
                                g.vpcId(), g.description(), rules(g.groupId(), g.ipPermissions()),
                                rules(g.groupId(), g.ipPermissionsEgress())));
                        out.deployedBy(g.groupId(), StackTags.ec2(g.tags()));
                    }
                });
        out.design().all(SecurityGroup.class).forEach(this::dropOutsidePeers);
    }

    private List<SgRule> rules(String groupId, List<IpPermission> permissions) {
        List<SgRule> rules = new ArrayList<>();
        for (IpPermission p : permissions) {
            String protocol = p.ipProtocol();
            int from = p.fromPort() == null ? -1 : p.fromPort();
            int to = p.toPort() == null ? -1 : p.toPort();
            p.ipRanges().forEach(r -> rules.add(new SgRule(protocol, from, to, r.cidrIp(), null, r.description())));
            p.userIdGroupPairs().forEach(g -> rules.add(new SgRule(protocol, from, to, null, g.groupId(),
                    g.description())));
            if (!p.prefixListIds().isEmpty()) {
                calls.warn("security group " + groupId + ": rules for prefix lists are not modelled and were left out");
            }
        }
        return rules;
    }

    private void dropOutsidePeers(SecurityGroup g) {
        List<SgRule> in = inside(g, g.ingress());
        List<SgRule> eg = inside(g, g.egress());
        if (in.size() != g.ingress().size() || eg.size() != g.egress().size()) {
            out.put(g.withIngress(in).withEgress(eg));
        }
    }

    private List<SgRule> inside(SecurityGroup g, List<SgRule> rules) {
        List<SgRule> kept = new ArrayList<>();
        for (SgRule r : rules) {
            if (r.securityGroupId() == null || out.contains(r.securityGroupId())) {
                kept.add(r);
            } else {
                calls.warn("security group " + g.id() + ": a rule naming group " + r.securityGroupId()
                        + ", which is outside the import, was left out");
            }
        }
        return kept;
    }
}
