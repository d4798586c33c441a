package dev.archway.account;

import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NaclEntry;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.Tag;

/** EC2's network: VPCs, subnets (and their AZs), gateways, route tables and network ACLs. */
final class NetworkReader {
    /** The implicit last entry of every network ACL; the model's ACL ends in the same deny. */
    private static final int CATCH_ALL_RULE = 32767;

    private final Ec2Client ec2;
    private final Calls calls;
    private final ImportedDesign out;
    private final AccountRequest request;

    NetworkReader(Ec2Client ec2, Calls calls, ImportedDesign out, AccountRequest request) {
        this.ec2 = ec2;
        this.calls = calls;
        this.out = out;
        this.request = request;
    }

    void read() {
        vpcs();
        subnets();
        internetGateways();
        natGateways();
        routeTables();
        networkAcls();
    }

    /** The {@code --vpc} filter under an EC2 filter name, or none. */
    static List<Filter> byVpc(AccountRequest request, String filterName) {
        return request.vpcIds().isEmpty() ? List.of()
                : List.of(Filter.builder().name(filterName).values(request.vpcIds()).build());
    }

    static String nameTag(List<Tag> tags, String fallback) {
        return tags.stream().filter(t -> "Name".equals(t.key())).map(Tag::value).findFirst().orElse(fallback);
    }

    private void vpcs() {
        calls.each(ApiCall.EC2_DESCRIBE_VPCS,
                () -> ec2.describeVpcsPaginator(r -> r.filters(byVpc(request, "vpc-id"))).vpcs(), v -> {
                    out.addVpc(v.vpcId());
                    out.put(new Vpc(v.vpcId(), nameTag(v.tags(), v.vpcId()), out.regionId(), v.cidrBlock()));
                    out.deployedBy(v.vpcId(), StackTags.ec2(v.tags()));
                });
    }

    private void subnets() {
        calls.each(ApiCall.EC2_DESCRIBE_SUBNETS,
                () -> ec2.describeSubnetsPaginator(r -> r.filters(byVpc(request, "vpc-id"))).subnets(), s -> {
                    if (out.hasVpc(s.vpcId())) {
                        String az = out.zone(s.vpcId(), s.availabilityZone());
                        out.put(new Subnet(s.subnetId(), nameTag(s.tags(), s.subnetId()), s.vpcId(), az,
                                s.cidrBlock(), null, null, Boolean.TRUE.equals(s.mapPublicIpOnLaunch())));
                        out.deployedBy(s.subnetId(), StackTags.ec2(s.tags()));
                    }
                });
    }

    private void internetGateways() {
        calls.each(ApiCall.EC2_DESCRIBE_INTERNET_GATEWAYS, () -> ec2.describeInternetGatewaysPaginator(
                r -> r.filters(byVpc(request, "attachment.vpc-id"))).internetGateways(), g -> {
                    String vpc = g.attachments().stream().map(a -> a.vpcId()).filter(out::hasVpc).findFirst()
                            .orElse(null);
                    if (vpc != null) {
                        out.put(new InternetGateway(g.internetGatewayId(),
                                nameTag(g.tags(), g.internetGatewayId()), vpc));
                        out.deployedBy(g.internetGatewayId(), StackTags.ec2(g.tags()));
                    }
                });
    }

    private void natGateways() {
        calls.each(ApiCall.EC2_DESCRIBE_NAT_GATEWAYS,
                () -> ec2.describeNatGatewaysPaginator(r -> r.filter(byVpc(request, "vpc-id"))).natGateways(), n -> {
                    boolean gone = "deleted".equals(n.stateAsString()) || "deleting".equals(n.stateAsString());
                    if (!gone && out.contains(n.subnetId())) {
                        boolean isPublic = !"private".equals(n.connectivityTypeAsString());
                        boolean eip = n.natGatewayAddresses().stream().anyMatch(a -> a.allocationId() != null);
                        out.put(new NatGateway(n.natGatewayId(), nameTag(n.tags(), n.natGatewayId()), n.subnetId(),
                                isPublic, eip));
                        out.deployedBy(n.natGatewayId(), StackTags.ec2(n.tags()));
                    }
                });
    }

    private void routeTables() {
        calls.each(ApiCall.EC2_DESCRIBE_ROUTE_TABLES,
                () -> ec2.describeRouteTablesPaginator(r -> r.filters(byVpc(request, "vpc-id"))).routeTables(), t -> {
                    if (!out.hasVpc(t.vpcId())) {
                        return;
                    }
                    boolean main = t.associations().stream().anyMatch(a -> Boolean.TRUE.equals(a.main()));
                    List<Route> routes = new ArrayList<>();
                    t.routes().forEach(r -> route(r).ifPresent(routes::add));
                    out.put(new RouteTable(t.routeTableId(), nameTag(t.tags(), t.routeTableId()), t.vpcId(), main,
                            routes));
                    out.deployedBy(t.routeTableId(), StackTags.ec2(t.tags()));
                    for (RouteTableAssociation a : t.associations()) {
                        Subnet s = out.get(a.subnetId(), Subnet.class);
                        if (s != null) {
                            out.put(s.withRouteTable(t.routeTableId()));
                        }
                    }
                });
    }

    /** IPv4 routes; the VPC's local route is implied in the model. */
    private Optional<Route> route(software.amazon.awssdk.services.ec2.model.Route r) {
        if (r.destinationCidrBlock() == null || "local".equals(r.gatewayId())) {
            return Optional.empty();
        }
        if (r.gatewayId() != null && r.gatewayId().startsWith("igw-") && out.contains(r.gatewayId())) {
            return Optional.of(new Route(r.destinationCidrBlock(), RouteTarget.INTERNET_GATEWAY,
                    r.gatewayId()));
        }
        if (r.natGatewayId() != null && out.contains(r.natGatewayId())) {
            return Optional.of(new Route(r.destinationCidrBlock(), RouteTarget.NAT_GATEWAY,
                    r.natGatewayId()));
        }
        String other = firstNonNull(r.gatewayId(), r.natGatewayId(), r.vpcPeeringConnectionId(), r.transitGatewayId(),
                r.networkInterfaceId(), r.instanceId(), r.egressOnlyInternetGatewayId(), r.localGatewayId(),
                r.carrierGatewayId(), r.coreNetworkArn());
        return Optional.of(new Route(r.destinationCidrBlock(), RouteTarget.OTHER, other));
    }

    private void networkAcls() {
        calls.each(ApiCall.EC2_DESCRIBE_NETWORK_ACLS,
                () -> ec2.describeNetworkAclsPaginator(r -> r.filters(byVpc(request, "vpc-id"))).networkAcls(), a -> {
                    if (!out.hasVpc(a.vpcId())) {
                        return;
                    }
                    List<NaclEntry> entries = new ArrayList<>();
                    a.entries().stream().filter(e -> e.cidrBlock() != null && e.ruleNumber() != CATCH_ALL_RULE)
                            .map(NetworkReader::entry).forEach(entries::add);
                    out.put(new NetworkAcl(a.networkAclId(), nameTag(a.tags(), a.networkAclId()), a.vpcId(), entries));
                    out.deployedBy(a.networkAclId(), StackTags.ec2(a.tags()));
                    a.associations().forEach(as -> {
                        Subnet s = out.get(as.subnetId(), Subnet.class);
                        if (s != null) {
                            out.put(s.withNetworkAcl(a.networkAclId()));
                        }
                    });
                });
    }

    private static NaclEntry entry(NetworkAclEntry e) {
        boolean ports = e.portRange() != null;
        return new NaclEntry(e.ruleNumber(), Boolean.TRUE.equals(e.egress()), e.protocol(),
                ports ? e.portRange().from() : -1, ports ? e.portRange().to() : -1, e.cidrBlock(),
                "allow".equals(e.ruleActionAsString()));
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
