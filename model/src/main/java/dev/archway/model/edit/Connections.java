package dev.archway.model.edit;

import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbAlias;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.ArrayList;
import java.util.List;

/**
 * What dragging from one element's handle onto another means: a DNS alias to a load balancer, a rule forwarding to
 * a target group, a target registered in a group, an app using a cluster, a security group admitting another.
 */
public final class Connections {
    private Connections() {
    }

    /** The outcome: the edited element, or a reason the connection is refused. */
    public record Result(Element updated, String refusal) {
        static Result ok(Element e) {
            return new Result(e, null);
        }

        static Result no(String reason) {
            return new Result(null, reason);
        }

        public boolean accepted() {
            return updated != null;
        }
    }

    public static Result connect(Element from, Element to) {
        if (from.id().equals(to.id())) {
            return Result.no("An element cannot connect to itself");
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
            return listener(l, to);
        }
        if (from instanceof TargetGroup tg) {
            return register(tg, to);
        }
        if (from instanceof AppNode app) {
            return app(app, to);
        }
        if (from instanceof SecurityGroup sg) {
            return admit(sg, to);
        }
        return Result.no("Connections start at a DNS record, listener, listener rule, target group, application or "
                + "security group, not at a " + Containment.phrase(from.kind()));
    }

    private static Result listener(Listener l, Element to) {
        if (to instanceof TargetGroup) {
            return Result.ok(l.withDefaultActions(List.of(Action.forward(to.id()))));
        }
        if (to instanceof LoadBalancer) {
            return Result.ok(new Listener(l.id(), l.name(), to.id(), l.protocol(), l.port(), l.certificateIds(),
                    l.sslPolicy(), l.defaultActions()));
        }
        return Result.no("A listener belongs to a load balancer and forwards to a target group");
    }

    private static Result register(TargetGroup tg, Element to) {
        boolean instance = to instanceof Ec2Instance;
        boolean ip = to instanceof IpTarget;
        boolean service = to instanceof EcsService;
        if (!instance && !ip && !service) {
            return Result.no("A target group registers EC2 instances, IP targets or ECS services, not a "
                    + Containment.phrase(to.kind()));
        }
        if (instance && tg.targetType() != TargetType.INSTANCE) {
            return Result.no("Target group " + tg.name() + " has target type " + tg.targetType().name().toLowerCase()
                    + "; an EC2 instance needs type instance");
        }
        if (ip && tg.targetType() != TargetType.IP) {
            return Result.no("Target group " + tg.name() + " has target type " + tg.targetType().name().toLowerCase()
                    + "; an IP target needs type ip");
        }
        if (tg.targetIds().contains(to.id())) {
            return Result.no(to.name() + " is already registered in " + tg.name());
        }
        List<TargetRegistration> targets = new ArrayList<>(tg.targets());
        targets.add(new TargetRegistration(to.id(), null));
        return Result.ok(tg.withTargets(targets));
    }

    private static Result app(AppNode app, Element to) {
        if (to instanceof AuroraCluster) {
            List<DbAlias> aliases = List.of(new DbAlias("default", to.id(), "cluster"),
                    new DbAlias("reader", to.id(), "reader"));
            return Result.ok(app.withDatabases(aliases));
        }
        if (to instanceof Ec2Instance || to instanceof EcsService) {
            List<String> runsOn = new ArrayList<>(app.runsOn());
            if (runsOn.contains(to.id())) {
                return Result.no(app.name() + " already runs on " + to.name());
            }
            runsOn.add(to.id());
            return Result.ok(new AppNode(app.id(), app.name(), app.framework(), runsOn, app.securityGroupIds(),
                    app.databases(), app.routers()));
        }
        return Result.no("An application uses an Aurora cluster and runs on instances or services");
    }

    /** Dragging from group A to group B: B admits traffic from A (TCP 80 to start with; edit it in the inspector). */
    private static Result admit(SecurityGroup source, Element to) {
        if (!(to instanceof SecurityGroup target)) {
            return Result.no("A security group can reference only another security group");
        }
        boolean present = target.ingress().stream().anyMatch(r -> source.id().equals(r.securityGroupId()));
        if (present) {
            return Result.no(target.name() + " already admits " + source.name());
        }
        List<SgRule> ingress = new ArrayList<>(target.ingress());
        ingress.add(new SgRule("tcp", 80, 80, null, source.id(), "from " + source.name()));
        return Result.ok(target.withIngress(ingress));
    }
}
