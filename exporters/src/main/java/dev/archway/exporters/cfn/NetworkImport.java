package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.ResourceRef;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** VPCs, gateways, subnets, route tables and network ACLs from their resources; then the security groups. */
final class NetworkImport {
    static final Set<String> ATTACHMENT = Set.of("AWS::EC2::VPCGatewayAttachment");
    private final ImportContext cx;
    private final ImplicitElements places;

    NetworkImport(ImportContext cx, ImplicitElements places) {
        this.cx = cx;
        this.places = places;
    }

    void run() {
        vpcs();
        internetGateways();
        routeTables();
        networkAcls();
        subnets();
        natGateways();
        routes();
        new SecurityGroupImport(cx).run();
    }

    private void vpcs() {
        for (String lid : cx.free("AWS::EC2::VPC")) {
            try {
                ImportedProps p = cx.props(lid);
                String cidr = p.string("CidrBlock");
                if (cidr == null) {
                    throw new Unresolved("no CidrBlock");
                }
                p.fixed("EnableDnsSupport", true);
                p.fixed("EnableDnsHostnames", true);
                String region = places.regionFor(lid);
                cx.addTyped(lid, new Vpc(cx.elementId(lid), cx.name(lid), region, cidr), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    private void internetGateways() {
        for (String lid : cx.free("AWS::EC2::InternetGateway")) {
            ImportedProps p = cx.props(lid);
            cx.addTyped(lid, new InternetGateway(cx.elementId(lid), cx.name(lid), null), p);
        }
        for (String lid : cx.free("AWS::EC2::VPCGatewayAttachment")) {
            try {
                ImportedProps p = cx.props(lid);
                Vpc vpc = p.ref("VpcId", Vpc.class);
                Object igwRef = p.value("InternetGatewayId");
                InternetGateway igw = cx.referenced(igwRef, InternetGateway.class);
                String igwLid = (String) ImportedProps.refTarget(igwRef);
                if (igw.vpcId() != null) {
                    continue;
                }
                cx.typed.put(igwLid, new InternetGateway(igw.id(), igw.name(), vpc.id()));
                cx.absorb(igw.id(), igwLid, "Attachment", igwLid + "Attachment", p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    private void routeTables() {
        for (String lid : cx.free("AWS::EC2::RouteTable")) {
            try {
                ImportedProps p = cx.props(lid);
                Vpc vpc = p.ref("VpcId", Vpc.class);
                boolean main = Boolean.TRUE.equals(cx.metadata.field(lid, "Main"));
                cx.addTyped(lid, new RouteTable(cx.elementId(lid), cx.name(lid), vpc.id(), main, List.of()), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    private void networkAcls() {
        for (String lid : cx.free("AWS::EC2::NetworkAcl")) {
            try {
                ImportedProps p = cx.props(lid);
                Vpc vpc = p.ref("VpcId", Vpc.class);
                cx.addTyped(lid, new NetworkAcl(cx.elementId(lid), cx.name(lid), vpc.id(), List.of()), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String lid : cx.free("AWS::EC2::NetworkAclEntry")) {
            try {
                ImportedProps p = cx.props(lid);
                Object aclRef = p.value("NetworkAclId");
                NetworkAcl acl = cx.referenced(aclRef, NetworkAcl.class);
                String aclLid = (String) ImportedProps.refTarget(aclRef);
                int number = p.integer("RuleNumber");
                boolean egress = p.bool("Egress", false);
                String protocol = p.string("Protocol");
                String action = p.string("RuleAction");
                String cidr = p.string("CidrBlock");
                Map<String, Object> range = Cfn.asMap(p.value("PortRange"));
                int from = range == null ? -1 : ImportedProps.toInt(range.get("From"));
                int to = range == null ? -1 : ImportedProps.toInt(range.get("To"));
                if (cidr == null || protocol == null || action == null) {
                    throw new Unresolved("incomplete entry");
                }
                String role = (egress ? "Egress:" : "Ingress:") + number;
                Object kept = cx.extras.getOrDefault(acl.id(), Map.of()).get(Cfn.AUX);
                if (Cfn.asMap(kept) != null && Cfn.asMap(kept).containsKey(role)) {
                    continue;
                }
                int index = counts.merge(acl.id(), 1, Integer::sum) - 1;
                List<Object> protocols = Cfn.asList(cx.metadata.field(aclLid, "Protocols"));
                if (protocols != null && index < protocols.size()) {
                    protocol = String.valueOf(protocols.get(index));
                }
                List<NaclEntry> entries = new ArrayList<>(acl.entries());
                entries.add(new NaclEntry(number, egress, protocol, from, to, cidr, "allow".equals(action)));
                cx.typed.put(aclLid, new NetworkAcl(acl.id(), acl.name(), acl.vpcId(), entries));
                cx.absorb(acl.id(), aclLid, role, aclLid + (egress ? "Egress" : "Ingress") + number, p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    private void subnets() {
        for (String lid : cx.free("AWS::EC2::Subnet")) {
            try {
                ImportedProps p = cx.props(lid);
                Vpc vpc = p.ref("VpcId", Vpc.class);
                String cidr = p.string("CidrBlock");
                if (cidr == null) {
                    throw new Unresolved("no CidrBlock");
                }
                Object given = p.value("AvailabilityZone");
                // a zone another resource answers at deploy time (a custom resource's attribute): a slot of its own
                String zone = given instanceof Intrinsics.ResourceRef r && r.attribute() != null
                        && !"AWS::EC2::Subnet".equals(cx.typeOf(r.logicalId())) ? r.logicalId() + "." + r.attribute()
                        : p.string("AvailabilityZone");
                String azId = zone == null ? null : places.az(vpc.id(), vpc.name(), zone);
                boolean mapPublic = p.bool("MapPublicIpOnLaunch", false);
                cx.addTyped(lid, new Subnet(cx.elementId(lid), cx.name(lid), vpc.id(), azId, cidr, null, null,
                        mapPublic), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
        for (String lid : cx.free("AWS::EC2::SubnetRouteTableAssociation")) {
            associate(lid, "RouteTableId", RouteTable.class, "RouteTableAssociation");
        }
        for (String lid : cx.free("AWS::EC2::SubnetNetworkAclAssociation")) {
            associate(lid, "NetworkAclId", NetworkAcl.class, "NetworkAclAssociation");
        }
    }

    private void associate(String lid, String key, Class<? extends dev.archway.model.Element> type, String role) {
        try {
            ImportedProps p = cx.props(lid);
            Object subnetRef = p.value("SubnetId");
            Subnet subnet = cx.referenced(subnetRef, Subnet.class);
            String subnetLid = (String) ImportedProps.refTarget(subnetRef);
            String target = p.ref(key, type).id();
            boolean table = type == RouteTable.class;
            if ((table ? subnet.routeTableId() : subnet.networkAclId()) != null) {
                return;
            }
            cx.typed.put(subnetLid, table ? subnet.withRouteTable(target) : subnet.withNetworkAcl(target));
            cx.absorb(subnet.id(), subnetLid, role, subnetLid + role, p);
        } catch (Unresolved | RuntimeException e) {
            cx.keep(lid, e);
        }
    }

    private void natGateways() {
        for (String lid : cx.free("AWS::EC2::NatGateway")) {
            try {
                ImportedProps p = cx.props(lid);
                Subnet subnet = p.ref("SubnetId", Subnet.class);
                boolean isPublic = !"private".equals(p.string("ConnectivityType"));
                String eip = null;
                if (p.has("AllocationId")) {
                    Object alloc = p.value("AllocationId");
                    if (!(alloc instanceof ResourceRef r) || !"AllocationId".equals(r.attribute())
                            || !"AWS::EC2::EIP".equals(cx.typeOf(r.logicalId())) || !cx.isFree(r.logicalId())
                            || !plainEip(r.logicalId())) {
                        throw new Unresolved("allocation is not an EIP of this template");
                    }
                    eip = r.logicalId();
                }
                NatGateway nat = new NatGateway(cx.elementId(lid), cx.name(lid), subnet.id(), isPublic, eip != null);
                cx.addTyped(lid, nat, p);
                if (eip != null) {
                    ImportedProps e = cx.props(eip);
                    e.fixed("Domain", "vpc");
                    e.dropDependsOnTypes(ATTACHMENT);
                    cx.absorb(nat.id(), lid, "Eip", lid + "Eip", e);
                }
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    boolean plainEip(String lid) {
        ImportedProps p = cx.props(lid);
        return !p.has("InstanceId") && !p.has("PublicIpv4Pool") && !p.has("Address");
    }

    private void routes() {
        for (String lid : cx.free("AWS::EC2::Route")) {
            try {
                ImportedProps p = cx.props(lid);
                Object rtRef = p.value("RouteTableId");
                RouteTable rt = cx.referenced(rtRef, RouteTable.class);
                String rtLid = (String) ImportedProps.refTarget(rtRef);
                String cidr = p.string("DestinationCidrBlock");
                Route route;
                if (p.has("GatewayId")) {
                    route = new Route(cidr, RouteTarget.INTERNET_GATEWAY, p.ref("GatewayId", InternetGateway.class).id());
                } else if (p.has("NatGatewayId")) {
                    route = new Route(cidr, RouteTarget.NAT_GATEWAY, p.ref("NatGatewayId", NatGateway.class).id());
                } else {
                    throw new Unresolved("route to something the model does not draw");
                }
                if (cidr == null || rt.routes().stream().anyMatch(r -> r.destinationCidr().equals(cidr))) {
                    throw new Unresolved("duplicate route");
                }
                List<Route> routes = new ArrayList<>(rt.routes());
                routes.add(route);
                cx.typed.put(rtLid, rt.withRoutes(routes));
                p.dropDependsOnTypes(ATTACHMENT);
                int n = routes.size();
                cx.absorb(rt.id(), rtLid, "Route:" + cidr, rtLid + (n == 1 ? "Route" : "Route" + n), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }
}
