package dev.archway.model.validation.rules.db;

import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** DB-SUBNET-GROUP-AZ: a DB subnet group covers at least two Availability Zones. */
public final class DbSubnetGroupAzRule extends KindRule<DbSubnetGroup> {
    public static final RuleInfo INFO = new RuleInfo("DB-SUBNET-GROUP-AZ", Severity.ERROR,
            "DB subnet groups cover at least two Availability Zones",
            "RDS requires a DB subnet group to have subnets in at least two AZs, so that a failover can place the "
                    + "writer in another AZ; AWS rejects a group with fewer.",
            AwsDocs.AURORA_VPC);

    public DbSubnetGroupAzRule() {
        super(INFO, List.of(DbSubnetGroup.class));
    }

    @Override
    public List<Finding> check(DbSubnetGroup group, Topology index) {
        List<Subnet> subnets = index.resolve(group.subnetIds(), Subnet.class);
        Set<String> zones = index.zonesOf(subnets);
        if (zones.size() >= 2 || !index.zonesKnown(subnets)) {
            return List.of();
        }
        String where = zones.isEmpty() ? "no Availability Zone" : "only " + index.zoneLabels(zones);
        return List.of(Finding.of(INFO, group, group.name() + " covers " + where, fix(group, subnets, zones, index)));
    }

    /** Add a private subnet of the same VPC in another zone. */
    private static Fix fix(DbSubnetGroup group, List<Subnet> subnets, Set<String> zones, Topology index) {
        if (subnets.isEmpty()) {
            return null;
        }
        return index.referrers(subnets.get(0).vpcId(), Subnet.class).stream()
                .filter(s -> index.zoneOf(s) != null && !zones.contains(index.zoneOf(s)) && !index.isPublic(s))
                .findFirst().map(extra -> Fixes.edit("Add " + extra.name() + " to " + group.name(), group.id(),
                        DbSubnetGroup.class, c -> {
                            List<String> ids = new ArrayList<>(c.subnetIds());
                            ids.add(extra.id());
                            return new DbSubnetGroup(c.id(), c.name(), c.description(), ids);
                        }))
                .orElse(null);
    }
}
