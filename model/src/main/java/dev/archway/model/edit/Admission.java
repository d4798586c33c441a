package dev.archway.model.edit;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.ArrayList;
import java.util.List;

/**
 * A security group admitting another: an ingress rule whose source is the other group, on the port the protected
 * elements serve (the Aurora cluster's port, the target group's port, else 80; edit it in the inspector).
 */
final class Admission {
    private static final int DEFAULT_PORT = 80;

    private Admission() {
    }

    static Connections.Result admit(Design design, SecurityGroup source, SecurityGroup target) {
        boolean present = target.ingress().stream().anyMatch(r -> source.id().equals(r.securityGroupId()));
        if (present) {
            return Connections.already(target.name() + " admits " + source.name());
        }
        int port = servedPort(design, target);
        List<SgRule> ingress = new ArrayList<>(target.ingress());
        ingress.add(new SgRule("tcp", port, port, null, source.id(), "from " + source.name()));
        return Connections.Result.ok(target.withIngress(ingress));
    }

    /** The port the members of {@code sg} listen on. */
    static int servedPort(Design design, SecurityGroup sg) {
        for (AuroraCluster c : design.all(AuroraCluster.class)) {
            if (c.securityGroupIds().contains(sg.id())) {
                return c.port();
            }
        }
        for (TargetGroup tg : design.all(TargetGroup.class)) {
            for (String id : tg.targetIds()) {
                Element member = design.get(id);
                List<String> groups = member == null ? null : Membership.groupsOf(design, member);
                if (groups != null && groups.contains(sg.id())) {
                    return tg.port();
                }
            }
        }
        return DEFAULT_PORT;
    }
}
