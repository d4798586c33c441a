package dev.archway.exporters.cfn;

import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NaclEntry;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** VPCs, subnets, gateways, route tables, network ACLs and security groups as CloudFormation resources. */
final class NetworkExport {
    private final ExportContext cx;

    NetworkExport(ExportContext cx) {
        this.cx = cx;
    }

    void vpc(Vpc vpc) {
        cx.add(vpc.id(), cx.lid(vpc.id()), "AWS::EC2::VPC", Cfn.map("CidrBlock", vpc.cidr(), "EnableDnsSupport", true,
                "EnableDnsHostnames", true), List.of());
    }

    void internetGateway(InternetGateway igw) {
        cx.add(igw.id(), cx.lid(igw.id()), "AWS::EC2::InternetGateway", Map.of(), List.of());
        if (igw.vpcId() != null) {
            cx.addAux(igw.id(), "Attachment", attachmentId(igw), "AWS::EC2::VPCGatewayAttachment",
                    Cfn.map("VpcId", cx.ref(igw.vpcId()), "InternetGatewayId", cx.ref(igw.id())), List.of());
        }
    }

    private final java.util.Map<String, String> attachments = new java.util.HashMap<>();

    private String attachmentId(InternetGateway igw) {
        return attachments.computeIfAbsent(igw.id(), k -> cx.auxId(igw.id(), "Attachment", "Attachment"));
    }

    /** The gateway attachment of a VPC's internet gateway, which public resources must depend on (none: empty). */
    List<String> attachmentOf(String vpcId) {
        for (InternetGateway igw : cx.design.all(InternetGateway.class)) {
            if (vpcId != null && vpcId.equals(igw.vpcId()) && !cx.isExternal(igw.id())) {
                return List.of(attachmentId(igw));
            }
        }
        return List.of();
    }

    void subnet(Subnet s) {
        AvailabilityZone az = cx.design.get(s.azId(), AvailabilityZone.class);
        cx.add(s.id(), cx.lid(s.id()), "AWS::EC2::Subnet", Cfn.map("VpcId", cx.ref(s.vpcId()), "CidrBlock", s.cidr(),
                "AvailabilityZone", Cfn.availabilityZone(az), "MapPublicIpOnLaunch",
                s.mapPublicIpOnLaunch() ? Boolean.TRUE : null), List.of());
        if (s.routeTableId() != null) {
            cx.addAux(s.id(), "RouteTableAssociation", cx.auxId(s.id(), "RouteTableAssociation",
                    "RouteTableAssociation"), "AWS::EC2::SubnetRouteTableAssociation",
                    Cfn.map("SubnetId", cx.ref(s.id()), "RouteTableId", cx.ref(s.routeTableId())), List.of());
        }
        if (s.networkAclId() != null) {
            cx.addAux(s.id(), "NetworkAclAssociation", cx.auxId(s.id(), "NetworkAclAssociation",
                    "NetworkAclAssociation"), "AWS::EC2::SubnetNetworkAclAssociation",
                    Cfn.map("SubnetId", cx.ref(s.id()), "NetworkAclId", cx.ref(s.networkAclId())), List.of());
        }
    }

    void natGateway(NatGateway nat) {
        Subnet subnet = cx.design.get(nat.subnetId(), Subnet.class);
        Object allocation = null;
        if (nat.elasticIp()) {
            String eip = cx.auxId(nat.id(), "Eip", "Eip");
            cx.addAux(nat.id(), "Eip", eip, "AWS::EC2::EIP", Cfn.map("Domain", "vpc"),
                    attachmentOf(subnet == null ? null : subnet.vpcId()));
            allocation = Cfn.getAtt(eip, "AllocationId");
        }
        cx.add(nat.id(), cx.lid(nat.id()), "AWS::EC2::NatGateway", Cfn.map("SubnetId", cx.ref(nat.subnetId()),
                "AllocationId", allocation, "ConnectivityType", nat.publicConnectivity() ? null : "private"), List.of());
    }

    void routeTable(RouteTable rt) {
        cx.add(rt.id(), cx.lid(rt.id()), "AWS::EC2::RouteTable", Cfn.map("VpcId", cx.ref(rt.vpcId())), List.of());
        int n = 0;
        for (Route route : rt.routes()) {
            String role = "Route:" + route.destinationCidr();
            String id = cx.auxId(rt.id(), role, n++ == 0 ? "Route" : "Route" + n);
            boolean viaIgw = route.target() == RouteTarget.INTERNET_GATEWAY;
            cx.addAux(rt.id(), role, id, "AWS::EC2::Route", Cfn.map("RouteTableId", cx.ref(rt.id()),
                    "DestinationCidrBlock", route.destinationCidr(), viaIgw ? "GatewayId" : "NatGatewayId",
                    cx.ref(route.targetId())), attachmentOf(rt.vpcId()));
        }
    }

    void networkAcl(NetworkAcl acl) {
        cx.add(acl.id(), cx.lid(acl.id()), "AWS::EC2::NetworkAcl", Cfn.map("VpcId", cx.ref(acl.vpcId())), List.of());
        for (NaclEntry e : acl.entries()) {
            String role = (e.egress() ? "Egress:" : "Ingress:") + e.ruleNumber();
            String id = cx.auxId(acl.id(), role, (e.egress() ? "Egress" : "Ingress") + e.ruleNumber());
            boolean ports = e.fromPort() != -1;
            cx.addAux(acl.id(), role, id, "AWS::EC2::NetworkAclEntry", Cfn.map("NetworkAclId", cx.ref(acl.id()),
                    "RuleNumber", e.ruleNumber(), "Protocol", naclProtocol(e.protocol()),
                    "RuleAction", e.allow() ? "allow" : "deny", "Egress", e.egress(), "CidrBlock", e.cidr(),
                    "PortRange", ports ? Cfn.map("From", e.fromPort(), "To", e.toPort()) : null), List.of());
        }
    }

    static Object naclProtocol(String protocol) {
        switch (protocol.toLowerCase()) {
            case "tcp":
                return 6;
            case "udp":
                return 17;
            case "icmp":
                return 1;
            default:
                try {
                    return Integer.parseInt(protocol);
                } catch (NumberFormatException e) {
                    return protocol;
                }
        }
    }

    void securityGroup(SecurityGroup sg, CfnResourceCount counts) {
        Map<String, Object> props = Cfn.map("GroupDescription", sg.description() == null ? sg.name()
                : sg.description(), "VpcId", sg.vpcId() == null ? null : cx.ref(sg.vpcId()));
        List<Object> inline = new ArrayList<>();
        List<Integer> separate = new ArrayList<>();
        split(sg, sg.ingress(), "Ingress:", counts, inline, separate);
        if (!inline.isEmpty()) {
            props.put("SecurityGroupIngress", inline);
        }
        List<Object> inlineEgress = new ArrayList<>();
        List<Integer> separateEgress = new ArrayList<>();
        if (counts.keepsDefaultEgress(sg)) {
            for (int i = 1; i < sg.egress().size(); i++) {
                separateEgress.add(i);
            }
        } else if (!CfnResourceCount.hasDefaultEgress(sg)) {
            split(sg, sg.egress(), "Egress:", counts, inlineEgress, separateEgress);
            props.put("SecurityGroupEgress", inlineEgress);
        }
        cx.add(sg.id(), cx.lid(sg.id()), "AWS::EC2::SecurityGroup", props, List.of());
        separate.forEach(i -> standaloneRule(sg, sg.ingress().get(i), i, false));
        separateEgress.forEach(i -> standaloneRule(sg, sg.egress().get(i), i, true));
    }

    private void split(SecurityGroup sg, List<SgRule> rules, String rolePrefix, CfnResourceCount counts,
            List<Object> inline, List<Integer> separate) {
        for (int i = 0; i < rules.size(); i++) {
            if (counts.isStandalone(sg, rolePrefix, i)) {
                separate.add(i);
            } else {
                inline.add(rule(rules.get(i), rolePrefix.startsWith("Egress")));
            }
        }
    }

    private void standaloneRule(SecurityGroup sg, SgRule rule, int index, boolean egress) {
        String role = (egress ? "Egress:" : "Ingress:") + index;
        String id = cx.auxId(sg.id(), role, (egress ? "Egress" : "Ingress") + (index + 1));
        Map<String, Object> props = Cfn.map("GroupId", cx.groupId(sg.id()));
        props.putAll(rule(rule, egress));
        cx.addAux(sg.id(), role, id, egress ? "AWS::EC2::SecurityGroupEgress" : "AWS::EC2::SecurityGroupIngress", props,
                List.of());
    }

    private Map<String, Object> rule(SgRule r, boolean egress) {
        boolean ports = !r.allProtocols();
        return Cfn.map("IpProtocol", r.protocol(), "FromPort", ports ? r.fromPort() : null, "ToPort",
                ports ? r.toPort() : null, "CidrIp", r.cidr(),
                egress ? "DestinationSecurityGroupId" : "SourceSecurityGroupId",
                r.securityGroupId() == null ? null : cx.groupId(r.securityGroupId()), "Description", r.description());
    }
}
