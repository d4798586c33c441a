package dev.archway.model.diagram;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every relation of a design the diagram can draw, both ends in the design. */
public final class Relations {
    private Relations() {
    }

    public static List<Relation> of(Design design) {
        Set<Relation> out = new LinkedHashSet<>();
        for (Element e : design.elements()) {
            add(e, out);
        }
        List<Relation> kept = new ArrayList<>();
        for (Relation r : out) {
            if (design.contains(r.from()) && design.contains(r.to())) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static void add(Element e, Set<Relation> out) {
        if (e instanceof DnsRecord r && r.aliasTargetId() != null) {
            out.add(new Relation(r.id(), r.aliasTargetId(), Relation.Kind.ALIAS));
        } else if (e instanceof Listener l) {
            if (l.loadBalancerId() != null) {
                out.add(new Relation(l.loadBalancerId(), l.id(), Relation.Kind.LISTENS));
            }
            forwards(l.id(), l.defaultActions(), out);
            l.certificateIds().forEach(c -> out.add(new Relation(l.id(), c, Relation.Kind.CERTIFICATE)));
        } else if (e instanceof ListenerRule rule) {
            if (rule.listenerId() != null) {
                out.add(new Relation(rule.listenerId(), rule.id(), Relation.Kind.LISTENS));
            }
            forwards(rule.id(), rule.actions(), out);
        } else if (e instanceof TargetGroup tg) {
            tg.targetIds().forEach(t -> out.add(new Relation(tg.id(), t, Relation.Kind.TARGET)));
        } else if (e instanceof AppNode app) {
            app.runsOn().forEach(t -> out.add(new Relation(app.id(), t, Relation.Kind.RUNS_ON)));
            app.databases().stream().map(DbAlias::clusterId).distinct()
                    .forEach(c -> out.add(new Relation(app.id(), c, Relation.Kind.USES_DB)));
        } else if (e instanceof SecurityGroup sg) {
            for (SgRule rule : sg.ingress()) {
                if (rule.securityGroupId() != null && !rule.securityGroupId().equals(sg.id())) {
                    out.add(new Relation(rule.securityGroupId(), sg.id(), Relation.Kind.SG_REFERENCE));
                }
            }
        } else if (e instanceof DbInstance db && db.clusterId() != null) {
            out.add(new Relation(db.clusterId(), db.id(), Relation.Kind.DB_MEMBER));
        } else if (e instanceof Subnet s && s.routeTableId() != null) {
            out.add(new Relation(s.routeTableId(), s.id(), Relation.Kind.ROUTE_TABLE));
        }
    }

    private static void forwards(String from, List<Action> actions, Set<Relation> out) {
        for (Action a : actions) {
            a.targetGroupIds().forEach(tg -> out.add(new Relation(from, tg, Relation.Kind.FORWARDS)));
        }
    }
}
