package dev.archway.app.ui.inspector;

import dev.archway.model.Element;
import dev.archway.model.edit.DesignEdits;
import dev.archway.model.edit.PublicSubnets;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Region;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.network.ZoneSlot;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Regions, VPCs, zones, subnets, gateways, route tables, network ACLs and security groups. */
final class NetworkForms {
    private final FormContext c;
    private final PropertyForm form;

    NetworkForms(FormContext c) {
        this.c = c;
        this.form = c.form();
    }

    boolean build(Element e) {
        if (e instanceof Region r) {
            form.edits("code").text("Region code", r.code(), v -> Region.isCode(v) ? null
                    : "e.g. eu-west-1", v -> c.edit("Edit region", new Region(r.id(), r.name(), v)));
        } else if (e instanceof Vpc v) {
            form.edits("cidr").text("CIDR", v.cidr(), ElementForms::vpcCidr, x -> c.edit("Edit CIDR", v.withCidr(x)));
            c.placed("regionId", "Region", v.regionId());
        } else if (e instanceof AvailabilityZone az) {
            form.edits("zone").text("Zone", az.zone(), v -> v.matches("[a-z]{2}(-[a-z]+)+-\\d[a-z]")
                    || ZoneSlot.isSlot(v) ? null : "e.g. eu-west-1a, or 1st for the region's first AZ",
                    v -> c.edit("Edit zone", new AvailabilityZone(az.id(), az.name(), az.vpcId(), v)));
            slot(az);
            c.placed("vpcId", "VPC", az.vpcId());
        } else if (e instanceof Subnet s) {
            subnet(s);
        } else if (e instanceof InternetGateway g) {
            c.placed("vpcId", "Attached to", g.vpcId());
        } else if (e instanceof NatGateway n) {
            c.placed("subnetId", "Subnet", n.subnetId());
            form.edits("publicConnectivity").flag("Public connectivity", n.publicConnectivity(), b -> c.edit(
                    "Edit NAT gateway", new NatGateway(n.id(), n.name(), n.subnetId(), b, n.elasticIp())));
            form.edits("elasticIp").flag("Elastic IP", n.elasticIp(), b -> c.edit("Edit NAT gateway",
                    new NatGateway(n.id(), n.name(), n.subnetId(), n.publicConnectivity(), b)));
        } else if (e instanceof RouteTable rt) {
            routeTable(rt);
        } else if (e instanceof SecurityGroup sg) {
            form.edits("description").text("Description", sg.description(), PropertyForm::notBlank,
                    v -> c.edit("Edit description", new SecurityGroup(sg.id(), sg.name(), sg.vpcId(), v,
                            sg.ingress(), sg.egress())));
            c.placed("vpcId", "VPC", sg.vpcId());
            form.info("Protects", protectedBy(sg));
            form.edits("ingress", "egress");
            c.add(new SgRulesTable(c.inspector(), sg, true));
            c.add(new SgRulesTable(c.inspector(), sg, false));
        } else if (e instanceof NetworkAcl acl) {
            c.placed("vpcId", "VPC", acl.vpcId());
            form.edits("entries").text("Entries", NaclText.format(acl.entries()), PropertyForm.parses(NaclText::parse),
                    v -> c.edit("Edit network ACL", new NetworkAcl(acl.id(), acl.name(), acl.vpcId(),
                            NaclText.parse(v))));
            c.form().info("Entry format", "100 allow in tcp 443 0.0.0.0/0; 200 deny out all 0-65535 10.0.0.0/8");
        } else {
            return false;
        }
        return true;
    }

    private void subnet(Subnet s) {
        Vpc vpc = c.design().get(s.vpcId(), Vpc.class);
        form.edits("cidr").text("CIDR", s.cidr(), v -> ElementForms.subnetCidr(vpc, v),
                x -> c.edit("Edit CIDR", s.withCidr(x)));
        boolean pub = PublicSubnets.isPublic(c.design(), s);
        form.flag("Public subnet (route to an internet gateway)", pub,
                b -> c.apply(PublicSubnets.set(c.design(), s.id(), b))).setId("inspector-public-subnet");
        form.edits("routeTableId").pick("Route table", c.inVpc(RouteTable.class, s.vpcId(), RouteTable::vpcId),
                s.routeTableId(), "the VPC's main table", id -> c.edit("Route table of " + s.name(),
                        s.withRouteTable(id)));
        form.edits("networkAclId").pick("Network ACL", c.inVpc(NetworkAcl.class, s.vpcId(), NetworkAcl::vpcId),
                s.networkAclId(), "the VPC's default ACL", id -> c.edit("Network ACL of " + s.name(),
                        s.withNetworkAcl(id)));
        form.edits("mapPublicIpOnLaunch").flag("Auto-assign public IPv4", s.mapPublicIpOnLaunch(), b -> c.edit(
                "Edit subnet", new Subnet(s.id(), s.name(), s.vpcId(), s.azId(), s.cidr(), s.routeTableId(),
                        s.networkAclId(), b)));
        c.placed("azId", "Zone", s.azId());
        slot(c.design().get(s.azId(), AvailabilityZone.class));
        c.placed("vpcId", "VPC", s.vpcId());
    }

    /** What an AZ slot (a zone the template takes from Fn::GetAZs) is, in this design's region. */
    private void slot(AvailabilityZone az) {
        if (az == null || !ZoneSlot.isSlot(az.zone())) {
            return;
        }
        Topology topology = new Topology(c.design());
        String likely = ZoneSlot.likelyName(az.zone(), topology.regionCode());
        form.info("AZ slot", topology.zoneLabel(az.zone()) + " (Fn::GetAZs)" + (likely == null
                ? "; set the region's code to see its likely name" : ", likely named " + likely + " in your account"));
    }

    private void routeTable(RouteTable rt) {
        c.placed("vpcId", "VPC", rt.vpcId());
        form.edits("main").flag("Main table (for subnets with none)", rt.main(), b -> c.edit("Edit route table",
                new RouteTable(rt.id(), rt.name(), rt.vpcId(), b, rt.routes())));
        form.edits("routes").text("Routes", RouteText.format(c.design(), rt.routes()),
                PropertyForm.parses(v -> RouteText.parse(c.design(), v)), v -> c.edit("Edit routes",
                        rt.withRoutes(RouteText.parse(c.design(), v))));
        form.info("Route format", "0.0.0.0/0 → internet-gateway (or a NAT gateway's name); the local route is "
                + "implied. Or drag from the table's handle to a gateway.");
        List<Subnet> subnets = c.inVpc(Subnet.class, rt.vpcId(), Subnet::vpcId);
        List<String> associated = subnets.stream().filter(s -> rt.id().equals(s.routeTableId())).map(Subnet::id)
                .toList();
        form.checks("Subnets", subnets, associated, ids -> {
            List<Element> changed = new ArrayList<>();
            for (Subnet s : subnets) {
                boolean wanted = ids.contains(s.id());
                if (wanted != rt.id().equals(s.routeTableId())) {
                    changed.add(s.withRouteTable(wanted ? rt.id() : null));
                }
            }
            c.apply(dev.archway.model.edit.Edit.of(DesignEdits.puts("Subnets of " + rt.name(), changed)));
        });
    }

    /** What wears the group (membership is set by a drag from its handle or in the member's inspector). */
    private String protectedBy(SecurityGroup sg) {
        String members = c.design().elements().stream().filter(e -> Topology.wearsSecurityGroups(e)
                && Topology.securityGroupIdsOf(e).contains(sg.id()))
                .map(Element::name).sorted().collect(Collectors.joining(", "));
        return members.isEmpty() ? "nothing yet: drag from its handle to what it should protect" : members;
    }
}
