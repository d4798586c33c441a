package dev.archway.model.validation.rules.network;

import dev.archway.model.dns.DnsRecord;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;

/** R53-ALIAS-TO-LB: an alias record carries no TTL (Route 53 uses the target's). */
public final class R53AliasToLbRule extends KindRule<DnsRecord> {
    public static final RuleInfo INFO = new RuleInfo("R53-ALIAS-TO-LB", Severity.ERROR,
            "Alias records carry no TTL",
            "An alias record takes its TTL from the load balancer it points to; Route 53 rejects a record that has "
                    + "both an alias target and a TTL.",
            AwsDocs.ROUTE53_ALIAS);

    public R53AliasToLbRule() {
        super(INFO, List.of(DnsRecord.class));
    }

    @Override
    public List<Finding> check(DnsRecord record, Topology index) {
        // Issue 21: read the TTL however the record sets it, modelled or kept from a template as an extra property.
        Object kept = index.cfnExtras(record.id()).get("TTL");
        Object ttl = record.ttl() != null ? record.ttl() : kept;
        if (!record.isAlias() || ttl == null) {
            return List.of();
        }
        String message = "alias record %s has a TTL of %s".formatted(record.name(), ttl);
        if (record.ttl() == null) {
            return List.of(Finding.of(INFO, record, message + " (kept from its template)", null));
        }
        return List.of(Finding.of(INFO, record, message,
                Fixes.edit("Remove the TTL of " + record.name(), record.id(), DnsRecord.class,
                        c -> new DnsRecord(c.id(), c.name(), c.hostedZoneId(), c.recordName(), c.type(),
                                c.aliasTargetId(), c.values(), null))));
    }
}
