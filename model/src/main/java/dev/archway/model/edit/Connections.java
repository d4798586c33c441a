package dev.archway.model.edit;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * What dragging from one element's handle onto another means: a DNS alias to a load balancer, a rule or listener
 * forwarding to a target group, a target registered in a group, a certificate on a listener, a member joining a
 * security group (or a group admitting another), a route table routing to a gateway or associated with a subnet, a DB
 * instance joining a cluster, an app using a cluster. Either direction of a pair means the same.
 */
public final class Connections {
    private Connections() {
    }

    /** The outcome: the edited elements, or a reason the connection is refused. */
    public record Result(List<Element> updated, String refusal) {
        public static Result ok(Element... e) {
            return new Result(List.of(e), null);
        }

        public static Result ok(List<Element> e) {
            return new Result(List.copyOf(e), null);
        }

        public static Result no(String reason) {
            return new Result(List.of(), reason);
        }

        public boolean accepted() {
            return refusal == null;
        }
    }

    public static Result connect(Design design, Element from, Element to) {
        if (from.id().equals(to.id())) {
            return Result.no("An element cannot connect to itself");
        }
        Result forward = oneWay(design, from, to);
        if (forward.accepted() || forward.refusal().startsWith(ALREADY)) {
            return forward;
        }
        Result backward = oneWay(design, to, from);
        return backward.accepted() || backward.refusal().startsWith(ALREADY) ? backward : forward;
    }

    private static final String ALREADY = "Already: ";

    static Result already(String what) {
        return Result.no(ALREADY + what);
    }

    private static Result oneWay(Design design, Element from, Element to) {
        if (from instanceof SecurityGroup sg) {
            return to instanceof SecurityGroup target ? Admission.admit(design, sg, target)
                    : Membership.join(design, to, sg);
        }
        if (from instanceof DnsRecord r) {
            return to instanceof LoadBalancer ? Result.ok(r.withAliasTarget(to.id()))
                    : Result.no("A DNS record can alias only a load balancer");
        }
        if (from instanceof ListenerRule rule) {
            return to instanceof TargetGroup ? Result.ok(rule.withActions(List.of(Action.forward(to.id()))))
                    : Result.no("A listener rule forwards only to a target group");
        }
        if (from instanceof Listener l) {
            return listener(design, l, to);
        }
        if (from instanceof TargetGroup tg) {
            return Registration.register(tg, to);
        }
        if (from instanceof RouteTable rt) {
            return routeTable(rt, to);
        }
        if (from instanceof DbInstance db) {
            return to instanceof AuroraCluster c ? DbMembership.connect(design, db, c)
                    : Result.no("A DB instance joins an Aurora cluster");
        }
        if (from instanceof AppNode app) {
            return app(app, to);
        }
        return Result.no("Nothing connects a " + Containment.phrase(from.kind()) + " to a "
                + Containment.phrase(to.kind()));
    }

    private static Result listener(Design design, Listener l, Element to) {
        if (to instanceof TargetGroup) {
            return Result.ok(l.withDefaultActions(List.of(Action.forward(to.id()))));
        }
        if (to instanceof LoadBalancer) {
            return Result.ok(new Listener(l.id(), l.name(), to.id(), l.protocol(), l.port(), l.certificateIds(),
                    l.sslPolicy(), l.defaultActions()));
        }
        if (to instanceof Certificate cert) {
            return ListenerSecurity.attach(design, l, cert);
        }
        return Result.no("A listener belongs to a load balancer, forwards to a target group and takes certificates");
    }

    private static Result routeTable(RouteTable rt, Element to) {
        if (to instanceof Subnet s) {
            return rt.id().equals(s.routeTableId()) ? already(s.name() + " uses " + rt.name())
                    : Result.ok(s.withRouteTable(rt.id()));
        }
        if (to instanceof InternetGateway || to instanceof NatGateway) {
            return Result.ok(Routes.defaultRouteTo(rt, to));
        }
        return Result.no("A route table is associated with subnets and routes to internet or NAT gateways");
    }

    private static Result app(AppNode app, Element to) {
        if (to instanceof AuroraCluster) {
            List<DbAlias> aliases = List.of(new DbAlias("default", to.id(), "cluster"),
                    new DbAlias("reader", to.id(), "reader"));
            return Result.ok(app.withDatabases(aliases));
        }
        if (to instanceof Ec2Instance || to instanceof EcsService || to instanceof IpTarget) {
            List<String> runsOn = new ArrayList<>(app.runsOn());
            if (runsOn.contains(to.id())) {
                return already(app.name() + " runs on " + to.name());
            }
            runsOn.add(to.id());
            return Result.ok(new AppNode(app.id(), app.name(), app.framework(), runsOn, app.securityGroupIds(),
                    app.databases(), app.routers()));
        }
        return Result.no("An application uses an Aurora cluster and runs on instances or services");
    }
}
