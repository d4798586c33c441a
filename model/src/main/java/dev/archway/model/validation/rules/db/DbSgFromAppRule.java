package dev.archway.model.validation.rules.db;

import dev.archway.model.Element;
import dev.archway.model.command.Command;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.query.Topology;
import dev.archway.model.query.Unknown;
import dev.archway.model.rule.CannotTell;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.SecurityGroupAccess;
import dev.archway.model.validation.rules.Fixes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DB-SG-FROM-APP: a cluster's security groups admit its port from the application's security group, not a CIDR. */
public final class DbSgFromAppRule extends KindRule<AuroraCluster> {
    public static final RuleInfo INFO = new RuleInfo("DB-SG-FROM-APP", Severity.WARNING,
            "Databases admit their port only from the application's security group",
            "In the three-tier pattern the database accepts its port only from the application tier's security "
                    + "group; a CIDR admits every host in that range, including ones that should never reach it.",
            AwsDocs.SECURITY_GROUPS);

    public DbSgFromAppRule() {
        super(INFO, List.of(AuroraCluster.class));
    }

    @Override
    public List<Finding> check(AuroraCluster cluster, Topology index) {
        Map<SecurityGroup, List<SgRule>> byCidr = new LinkedHashMap<>();
        List<SecurityGroup> groups = index.securityGroupsOf(cluster);
        for (SecurityGroup g : SecurityGroupAccess.known(groups, index)) {
            for (SgRule r : g.ingress()) {
                if (r.cidr() != null && r.covers("tcp", cluster.port())) {
                    byCidr.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
                }
            }
        }
        if (byCidr.isEmpty()) {
            List<Unknown> unknown = index.unknownRules(groups);
            return unknown.isEmpty() ? List.of() : List.of(CannotTell.finding(INFO, cluster, "whether "
                    + cluster.name() + " admits its port only from security groups", unknown));
        }
        List<Element> resources = new ArrayList<>(List.of(cluster));
        resources.addAll(byCidr.keySet());
        List<String> sources = new ArrayList<>();
        byCidr.forEach((g, rules) -> rules.forEach(r -> sources.add(r.cidr() + " (" + g.name() + ")")));
        return List.of(Finding.of(INFO, resources, "%s admits port %d from %s instead of the application's security group"
                .formatted(cluster.name(), cluster.port(), String.join(", ", sources)), fix(cluster, byCidr, index)));
    }

    private static Fix fix(AuroraCluster cluster, Map<SecurityGroup, List<SgRule>> byCidr, Topology index) {
        Set<String> appGroups = new LinkedHashSet<>();
        for (AppNode app : index.referrers(cluster.id(), AppNode.class)) {
            appGroups.addAll(app.securityGroupIds());
        }
        if (appGroups.isEmpty()) {
            return null;
        }
        List<SgRule> added = appGroups.stream().map(g -> new SgRule("tcp", cluster.port(), cluster.port(), null, g,
                "from the application")).toList();
        String label = "Admit port %d only from %s".formatted(cluster.port(),
                String.join(", ", appGroups.stream().map(index::name).toList()));
        return new Fix(label, design -> {
            List<Command> commands = new ArrayList<>();
            boolean first = true;
            for (Map.Entry<SecurityGroup, List<SgRule>> e : byCidr.entrySet()) {
                SecurityGroup g = Fixes.current(design, e.getKey().id(), SecurityGroup.class);
                List<SgRule> kept = new ArrayList<>(g.ingress().stream().filter(r -> !e.getValue().contains(r)).toList());
                if (first) {
                    added.stream().filter(r -> !kept.contains(r)).forEach(kept::add);
                    first = false;
                }
                commands.add(new PutElementCommand(label, g.withIngress(kept)));
            }
            return new CompositeCommand(label, commands);
        });
    }
}
