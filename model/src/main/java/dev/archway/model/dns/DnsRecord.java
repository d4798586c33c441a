package dev.archway.model.dns;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.List;

/**
 * A Route 53 record. An alias record names a load balancer in {@code aliasTargetId}; other records carry
 * {@code values} (for a CNAME, the host name it points to).
 */
public record DnsRecord(String id, String name, String hostedZoneId, String recordName, String type,
        String aliasTargetId, List<String> values, Integer ttl) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.DNS_RECORD;
    }

    public DnsRecord {
        values = Lists.copy(values);
    }

    @Override
    public DnsRecord withName(String newName) {
        return new DnsRecord(id, newName, hostedZoneId, recordName, type, aliasTargetId, values, ttl);
    }

    public DnsRecord withAliasTarget(String targetId) {
        return new DnsRecord(id, name, hostedZoneId, recordName, type, targetId, values, ttl);
    }

    public boolean isAlias() {
        return aliasTargetId != null;
    }

    @Override
    public List<String> references() {
        return Ids.refs(hostedZoneId, aliasTargetId);
    }
}
