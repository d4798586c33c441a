package dev.archway.model.edit;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.command.Command;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "public subnet" switch: AWS has no such flag, a subnet is public when its route table sends 0.0.0.0/0 to an
 * internet gateway. Switching on associates the subnet with the VPC's public route table (made, with the internet
 * gateway, when missing); switching off associates it with a private one (routing to a NAT gateway of the VPC when
 * there is one).
 */
public final class PublicSubnets {
    private PublicSubnets() {
    }

    /** What the switch shows: the one answer validation, simulation and the canvas give too ({@link Topology}). */
    public static boolean isPublic(Design design, Subnet s) {
        return new Topology(design).isPublic(s);
    }

    private static boolean routesToInternet(RouteTable rt) {
        return rt.routes().stream().anyMatch(r -> r.target() == RouteTarget.INTERNET_GATEWAY);
    }

    public static Edit set(Design design, String subnetId, boolean makePublic) {
        Subnet s = design.get(subnetId, Subnet.class);
        if (s == null || design.get(s.vpcId(), Vpc.class) == null) {
            return Edit.refused("The subnet must be in a VPC");
        }
        if (isPublic(design, s) == makePublic) {
            return Edit.refused(s.name() + " is already " + (makePublic ? "public" : "private"));
        }
        Vpc vpc = design.get(s.vpcId(), Vpc.class);
        Plan plan = new Plan(design, vpc);
        RouteTable table = makePublic ? plan.publicTable() : plan.privateTable();
        plan.parts.add(new PutElementCommand("Associate", s.withRouteTable(table.id())));
        String label = "Make " + s.name() + (makePublic ? " public" : " private");
        return Edit.of(new CompositeCommand(label, plan.parts), subnetId);
    }

    /** The commands that find or make the tables and gateways, in order. */
    private static final class Plan {
        final Design design;
        final Vpc vpc;
        final List<Command> parts = new ArrayList<>();

        Plan(Design design, Vpc vpc) {
            this.design = design;
            this.vpc = vpc;
        }

        RouteTable publicTable() {
            Optional<RouteTable> existing = tables().stream().filter(PublicSubnets::routesToInternet).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            InternetGateway igw = design.all(InternetGateway.class).stream().filter(g -> vpc.id().equals(g.vpcId()))
                    .findFirst().orElseGet(() -> add(ElementKind.INTERNET_GATEWAY, InternetGateway.class));
            return put(Routes.defaultRouteTo(newTable("public-rt"), igw));
        }

        RouteTable privateTable() {
            Optional<RouteTable> existing = tables().stream().filter(rt -> !routesToInternet(rt) && !rt.main())
                    .findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            RouteTable table = newTable("private-rt");
            Optional<NatGateway> nat = design.all(NatGateway.class).stream().filter(n -> {
                Subnet home = design.get(n.subnetId(), Subnet.class);
                return home != null && vpc.id().equals(home.vpcId());
            }).findFirst();
            return put(nat.map(n -> table.withRoutes(List.of(Route.toNatGateway(n.id())))).orElse(table));
        }

        private List<RouteTable> tables() {
            return design.all(RouteTable.class).stream().filter(rt -> vpc.id().equals(rt.vpcId())).toList();
        }

        private RouteTable newTable(String name) {
            Element made = ElementFactory.create(design, ElementKind.ROUTE_TABLE, vpc);
            return ((RouteTable) made.withName(ElementFactory.uniqueName(design, name)));
        }

        private <T extends Element> T add(ElementKind kind, Class<T> type) {
            return type.cast(put(ElementFactory.create(design, kind, vpc)));
        }

        private <T extends Element> T put(T e) {
            Bounds vb = design.bounds(vpc.id());
            Bounds at = vb == null ? null : Landing.place(design, vpc, e.kind(), Placement.defaultBounds(e.kind(),
                    vb.x() + (parts.size() + 0.5) * (Placement.CHIP_W + Landing.PAD), vb.y() + Landing.TITLE + Placement.CHIP_H / 2)).at();
            parts.add(new PutElementCommand("Add " + e.name(), e, at));
            return e;
        }
    }
}
