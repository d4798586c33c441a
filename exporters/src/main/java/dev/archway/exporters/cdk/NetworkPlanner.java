package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.THIS;
import static dev.archway.exporters.cdk.CdkExpr.get;
import static dev.archway.exporters.cdk.CdkExpr.lit;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.List;
import java.util.Objects;

/**
 * VPCs, subnets, gateways and routes. The L2 {@code Vpc} chooses its own subnet CIDRs, so a design's explicit
 * subnets are L1 resources, wrapped as {@code IVpc}/{@code ISubnet} ({@code fromVpcAttributes},
 * {@code fromSubnetAttributes}) for the L2 constructs that follow.
 */
final class NetworkPlanner {
    private static final CdkType CFN_VPC = CdkType.ec2("CfnVPC");
    private static final CdkType CFN_SUBNET = CdkType.ec2("CfnSubnet");
    private final CdkStackDraft plan;

    NetworkPlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        for (Vpc vpc : plan.design.all(Vpc.class)) {
            plan.about(vpc.id());
            plan.comment("VPC " + vpc.name() + " " + vpc.cidr());
            cfnVpc(vpc);
            plan.design.all(InternetGateway.class).stream().filter(i -> vpc.id().equals(i.vpcId()))
                    .forEach(this::internetGateway);
            List<Subnet> subnets = plan.design.all(Subnet.class).stream().filter(s -> vpc.id().equals(s.vpcId()))
                    .toList();
            subnets.forEach(this::cfnSubnet);
            plan.design.all(NatGateway.class).stream()
                    .filter(n -> subnets.stream().anyMatch(s -> s.id().equals(n.subnetId())))
                    .forEach(this::natGateway);
            plan.design.all(RouteTable.class).stream().filter(r -> vpc.id().equals(r.vpcId()))
                    .forEach(this::routeTable);
            subnets.forEach(this::importedSubnet);
            importedVpc(vpc, subnets);
        }
        new NetworkAclPlanner(plan).plan();
    }

    private void cfnVpc(Vpc vpc) {
        plan.declare(CdkStackDraft.cfn(vpc.id()), "cfn " + vpc.name(), CFN_VPC,
                new CdkExpr.Construct(CFN_VPC, CdkNames.constructId(vpc.name()), CdkProps.of()
                        .lit("cidrBlock", vpc.cidr()).lit("enableDnsSupport", true).lit("enableDnsHostnames", true)
                        .map()));
    }

    /** The VPC as an {@code IVpc} for L2 constructs, listing its subnets by kind where CDK can take them. */
    private void importedVpc(Vpc vpc, List<Subnet> subnets) {
        plan.about(vpc.id());
        List<String> zones = plan.design.all(AvailabilityZone.class).stream()
                .filter(az -> vpc.id().equals(az.vpcId())).map(AvailabilityZone::zone).distinct().toList();
        CdkProps attributes = CdkProps.of().put("vpcId", get(plan.ref(CdkStackDraft.cfn(vpc.id())), "ref"))
                .lit("vpcCidrBlock", vpc.cidr()).put("availabilityZones", CdkExpr.strings(zones));
        new SubnetGroups(plan, zones, subnets).addTo(attributes);
        plan.declare(vpc.id(), vpc.name(), CdkType.ec2("IVpc"), CdkExpr.staticCall(CdkType.ec2("Vpc"),
                "fromVpcAttributes", THIS, lit(CdkNames.constructId(vpc.name()) + "Ref"),
                new CdkExpr.Struct(CdkType.ec2("VpcAttributes"), attributes.map())));
    }

    private void internetGateway(InternetGateway igw) {
        plan.about(igw.id());
        CdkType type = CdkType.ec2("CfnInternetGateway");
        CdkExpr gateway = plan.declare(igw.id(), igw.name(), type,
                new CdkExpr.Construct(type, CdkNames.constructId(igw.name()), CdkProps.of().map()));
        CdkType attachment = CdkType.ec2("CfnVPCGatewayAttachment");
        plan.declare("attachment:" + igw.id(), igw.name() + " attachment", attachment,
                new CdkExpr.Construct(attachment, CdkNames.constructId(igw.name()) + "Attachment", CdkProps.of()
                        .put("vpcId", get(plan.ref(CdkStackDraft.cfn(igw.vpcId())), "ref"))
                        .put("internetGatewayId", get(gateway, "ref")).map()));
    }

    private void cfnSubnet(Subnet subnet) {
        plan.about(subnet.id());
        AvailabilityZone az = plan.topology.azOf(subnet);
        plan.declare(CdkStackDraft.cfn(subnet.id()), "cfn " + subnet.name(), CFN_SUBNET,
                new CdkExpr.Construct(CFN_SUBNET, CdkNames.constructId(subnet.name()), CdkProps.of()
                        .put("vpcId", get(plan.ref(CdkStackDraft.cfn(subnet.vpcId())), "ref"))
                        .lit("cidrBlock", subnet.cidr())
                        .lit("availabilityZone", az == null ? null : az.zone())
                        .lit("mapPublicIpOnLaunch", subnet.mapPublicIpOnLaunch() ? true : null).map()));
    }

    private void natGateway(NatGateway nat) {
        plan.about(nat.id());
        CdkProps props = CdkProps.of().put("subnetId", get(plan.ref(CdkStackDraft.cfn(nat.subnetId())), "ref"));
        if (nat.publicConnectivity() && nat.elasticIp()) {
            CdkType eip = CdkType.ec2("CfnEIP");
            CdkExpr address = plan.declare("eip:" + nat.id(), nat.name() + " eip", eip,
                    new CdkExpr.Construct(eip, CdkNames.constructId(nat.name()) + "Eip",
                            CdkProps.of().lit("domain", "vpc").map()));
            props.put("allocationId", get(address, "attrAllocationId"));
        }
        if (!nat.publicConnectivity()) {
            props.lit("connectivityType", "private");
        }
        CdkType type = CdkType.ec2("CfnNatGateway");
        plan.declare(nat.id(), nat.name(), type,
                new CdkExpr.Construct(type, CdkNames.constructId(nat.name()), props.map()));
    }

    private void routeTable(RouteTable table) {
        plan.about(table.id());
        CdkType type = CdkType.ec2("CfnRouteTable");
        CdkExpr rt = plan.declare(table.id(), table.name(), type, new CdkExpr.Construct(type,
                CdkNames.constructId(table.name()), CdkProps.of()
                        .put("vpcId", get(plan.ref(CdkStackDraft.cfn(table.vpcId())), "ref")).map()));
        int n = 0;
        for (Route route : table.routes()) {
            n++;
            route(table, rt, route, n);
        }
    }

    private void route(RouteTable table, CdkExpr rt, Route route, int n) {
        CdkProps props = CdkProps.of().put("routeTableId", get(rt, "ref")).lit("destinationCidrBlock",
                route.destinationCidr());
        if (route.target() == RouteTarget.INTERNET_GATEWAY && plan.has(route.targetId())) {
            props.put("gatewayId", get(plan.ref(route.targetId()), "ref"));
        } else if (route.target() == RouteTarget.NAT_GATEWAY && plan.has(route.targetId())) {
            props.put("natGatewayId", get(plan.ref(route.targetId()), "ref"));
        } else {
            plan.comment("route " + route.destinationCidr() + " -> " + route.targetId() + " of " + table.name()
                    + " has a target outside the design; add it by hand");
            return;
        }
        CdkType type = CdkType.ec2("CfnRoute");
        String id = CdkNames.constructId(table.name()) + (n == 1 ? "Route" : "Route" + n);
        CdkExpr created = plan.declare("route:" + table.id() + ":" + n, table.name() + " route " + n, type,
                new CdkExpr.Construct(type, id, props.map()));
        if (route.target() == RouteTarget.INTERNET_GATEWAY) {
            plan.run(CdkExpr.call(get(created, "node"), "addDependency", plan.ref("attachment:" + route.targetId())));
        }
    }

    private void importedSubnet(Subnet subnet) {
        plan.about(subnet.id());
        CdkExpr cfnSubnet = plan.ref(CdkStackDraft.cfn(subnet.id()));
        RouteTable table = plan.topology.routeTableOf(subnet);
        if (table != null && plan.has(table.id())) {
            CdkType association = CdkType.ec2("CfnSubnetRouteTableAssociation");
            plan.run(new CdkExpr.Construct(association, CdkNames.constructId(subnet.name()) + "RouteTable",
                    CdkProps.of().put("subnetId", get(cfnSubnet, "ref"))
                            .put("routeTableId", get(plan.ref(table.id()), "ref")).map()));
        }
        AvailabilityZone az = plan.topology.azOf(subnet);
        CdkExpr attributes = new CdkExpr.Struct(CdkType.ec2("SubnetAttributes"), CdkProps.of()
                .put("subnetId", get(cfnSubnet, "ref"))
                .lit("availabilityZone", az == null ? null : az.zone())
                .lit("ipv4CidrBlock", subnet.cidr())
                .put("routeTableId", table == null || !plan.has(table.id()) ? null : get(plan.ref(table.id()), "ref"))
                .map());
        plan.declare(subnet.id(), subnet.name(), CdkType.ec2("ISubnet"), CdkExpr.staticCall(CdkType.ec2("Subnet"),
                "fromSubnetAttributes", THIS, lit(CdkNames.constructId(subnet.name()) + "Ref"), attributes));
    }

    /** {@code { subnets: [a, b] }}: a selection of exactly the design's subnets. */
    static CdkExpr selection(CdkStackDraft plan, List<String> subnetIds) {
        return new CdkExpr.Struct(CdkType.ec2("SubnetSelection"),
                CdkProps.of().put("subnets", CdkExpr.list(plan.refs(subnetIds))).map());
    }

    /** Makes an internet-facing load balancer wait for the internet gateway of its VPC to be attached. */
    static void dependOnInternetGateway(CdkStackDraft plan, LoadBalancer lb, CdkExpr construct) {
        if (!lb.internetFacing()) {
            return;
        }
        plan.design.all(InternetGateway.class).stream().filter(i -> Objects.equals(i.vpcId(), lb.vpcId()))
                .map(i -> plan.ref("attachment:" + i.id())).filter(Objects::nonNull).findFirst()
                .ifPresent(a -> plan.run(CdkExpr.call(get(construct, "node"), "addDependency", a)));
    }
}
