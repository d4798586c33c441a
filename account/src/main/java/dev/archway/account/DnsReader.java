package dev.archway.account;

import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Route 53 alias records that point at a load balancer read, and the hosted zones holding them (other records and
 * zones are not part of this design). Record sets are streamed page by page; only the matching ones are kept.
 */
final class DnsReader {
    private final Route53Client route53;
    private final Calls calls;
    private final ImportedDesign out;

    DnsReader(Route53Client route53, Calls calls, ImportedDesign out) {
        this.route53 = route53;
        this.calls = calls;
        this.out = out;
    }

    void read() {
        calls.each(ApiCall.ROUTE53_LIST_HOSTED_ZONES, () -> route53.listHostedZonesPaginator(r -> { }).hostedZones(),
                zone -> {
                    String zoneId = zone.id().substring(zone.id().lastIndexOf('/') + 1);
                    calls.each(ApiCall.ROUTE53_LIST_RESOURCE_RECORD_SETS,
                            () -> route53.listResourceRecordSetsPaginator(r -> r.hostedZoneId(zone.id()))
                                    .resourceRecordSets(), set -> {
                                String lb = set.aliasTarget() == null ? null
                                        : out.loadBalancerByDns(set.aliasTarget().dnsName());
                                if (lb != null) {
                                    HostedZone z = new HostedZone(zoneId, trim(zone.name()), trim(zone.name()),
                                            zone.config() != null && Boolean.TRUE.equals(zone.config().privateZone()));
                                    if (!out.contains(zoneId)) {
                                        out.put(z);
                                    }
                                    out.put(record(zoneId, set, lb));
                                }
                            });
                });
    }

    private static DnsRecord record(String zoneId, ResourceRecordSet set, String loadBalancerId) {
        String name = trim(set.name());
        String id = zoneId + "/" + name + "/" + set.typeAsString()
                + (set.setIdentifier() == null ? "" : "/" + set.setIdentifier());
        return new DnsRecord(id, name + " " + set.typeAsString(), zoneId, name, set.typeAsString(), loadBalancerId,
                java.util.List.of(), null);
    }

    /** Route 53 names end in a dot and spell a wildcard's {@code *} as {@code \\052}; the model's do neither. */
    private static String trim(String name) {
        String n = name.replace("\\052", "*");
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
