package dev.archway.model.validation.rules.db;

import dev.archway.model.Element;
import dev.archway.model.command.Command;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import dev.archway.model.validation.rules.SubnetChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DB-PRIVATE-SUBNET: DB instances (Aurora or RDS) are not publicly accessible and their subnet group offers them only
 * private subnets in their Availability Zone.
 */
public final class DbPrivateSubnetRule extends KindRule<DbInstance> {
    public static final RuleInfo INFO = new RuleInfo("DB-PRIVATE-SUBNET", Severity.WARNING,
            "Aurora instances are private",
            "A database reached only by the application belongs in private subnets without a public endpoint; a "
                    + "publicly accessible instance in a public subnet can be reached from the internet.",
            AwsDocs.AURORA_VPC);

    public DbPrivateSubnetRule() {
        super(INFO, List.of(DbInstance.class));
    }

    @Override
    public List<Finding> check(DbInstance instance, Topology index) {
        DbSubnetGroup group = index.dbSubnetGroupOf(instance);
        AvailabilityZone az = index.get(instance.azId(), AvailabilityZone.class);
        List<Subnet> publicOnes = group == null || az == null ? List.of() : index.subnetsOf(group).stream()
                .filter(s -> az.zone().equals(index.zoneOf(s)) && index.isPublic(s)).toList();
        if (!instance.publiclyAccessible() && publicOnes.isEmpty()) {
            return List.of();
        }
        List<Element> resources = new ArrayList<>(List.of(instance));
        resources.addAll(publicOnes);
        List<String> why = new ArrayList<>();
        if (instance.publiclyAccessible()) {
            why.add("is publicly accessible");
        }
        if (!publicOnes.isEmpty()) {
            why.add("can be placed in public subnet " + SubnetChoice.names(publicOnes));
        }
        return List.of(Finding.of(INFO, resources, "%s %s".formatted(instance.name(), String.join(" and ", why)),
                fix(instance, group, publicOnes, index)));
    }

    private static Fix fix(DbInstance instance, DbSubnetGroup group, List<Subnet> publicOnes, Topology index) {
        List<String> dropped = publicOnes.stream().map(Subnet::id).toList();
        if (!publicOnes.isEmpty()) {
            List<Subnet> kept = index.subnetsOf(group).stream().filter(s -> !dropped.contains(s.id())).toList();
            Set<String> zones = index.zonesOf(kept);
            if (group == null || zones.size() < 2) {
                return null;
            }
        }
        List<String> parts = new ArrayList<>();
        if (instance.publiclyAccessible()) {
            parts.add("make " + instance.name() + " private");
        }
        if (!publicOnes.isEmpty()) {
            parts.add("remove " + SubnetChoice.names(publicOnes) + " from " + group.name());
        }
        String label = Character.toUpperCase(parts.get(0).charAt(0)) + String.join(" and ", parts).substring(1);
        String groupId = group == null ? null : group.id();
        return new Fix(label, design -> {
            List<Command> commands = new ArrayList<>();
            DbInstance i = Fixes.current(design, instance.id(), DbInstance.class);
            if (i.publiclyAccessible()) {
                commands.add(new PutElementCommand(label, i.withPubliclyAccessible(false)));
            }
            if (!dropped.isEmpty()) {
                DbSubnetGroup g = Fixes.current(design, groupId, DbSubnetGroup.class);
                commands.add(new PutElementCommand(label, new DbSubnetGroup(g.id(), g.name(), g.description(),
                        g.subnetIds().stream().filter(id -> !dropped.contains(id)).toList())));
            }
            return new CompositeCommand(label, commands);
        });
    }
}
