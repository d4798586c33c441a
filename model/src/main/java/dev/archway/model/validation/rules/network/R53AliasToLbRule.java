package dev.archway.model.validation.rules.network;

import dev.archway.model.dns.DnsRecord;
import dev.archway.model.query.Topology;
import dev.archway.model.validation.ElementRule;
import dev.archway.model.validation.Finding;
import dev.archway.model.validation.RuleInfo;
import dev.archway.model.validation.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;

/** R53-ALIAS-TO-LB: an alias record carries no TTL (Route 53 uses the target's). */
public final class R53AliasToLbRule implements ElementRule<DnsRecord> {
    public static final RuleInfo INFO = new RuleInfo("R53-ALIAS-TO-LB", Severity.ERROR,
            "Alias records carry no TTL",
            "An alias record takes its TTL from the load balancer it points to; Route 53 rejects a record that has "
                    + "both an alias target and a TTL.",
            AwsDocs.ROUTE53_ALIAS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Class<? extends DnsRecord>> subjectTypes() {
        return List.of(DnsRecord.class);
    }

    @Override
    public List<Finding> check(DnsRecord record, Topology index) {
        if (!record.isAlias() || record.ttl() == null) {
            return List.of();
        }
        return List.of(Finding.of(INFO, record, "alias record %s has a TTL of %d".formatted(record.name(), record.ttl()),
                Fixes.edit("Remove the TTL of " + record.name(), record.id(), DnsRecord.class,
                        c -> new DnsRecord(c.id(), c.name(), c.hostedZoneId(), c.recordName(), c.type(),
                                c.aliasTargetId(), c.values(), null))));
    }
}
