package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.ResourceRef;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hosted zones, ACM certificates and Route 53 records from their resources. */
final class DnsImport {
    private final ImportContext cx;

    DnsImport(ImportContext cx) {
        this.cx = cx;
    }

    void zones() {
        for (String lid : cx.free("AWS::Route53::HostedZone")) {
            try {
                ImportedProps p = cx.props(lid);
                String name = stripDot(p.string("Name"));
                boolean isPrivate = p.has("VPCs");
                if (isPrivate && generatedVpcs(p.raw("VPCs"))) {
                    p.value("VPCs");
                }
                cx.addTyped(lid, new HostedZone(cx.elementId(lid), cx.name(lid), name, isPrivate), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    private boolean generatedVpcs(Object raw) {
        List<Object> vpcs = Cfn.asList(raw);
        List<String> all = new ArrayList<>();
        cx.typed.forEach((lid, e) -> {
            if (e instanceof Vpc) {
                all.add(lid);
            }
        });
        List<Object> expected = new ArrayList<>();
        all.forEach(v -> expected.add(Cfn.map("VPCId", Cfn.ref(v), "VPCRegion", Cfn.ref("AWS::Region"))));
        return expected.equals(vpcs);
    }

    private static String stripDot(String name) {
        return name != null && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    void certificates() {
        for (String lid : cx.free("AWS::CertificateManager::Certificate")) {
            try {
                ImportedProps p = cx.props(lid);
                String domain = p.value("DomainName") instanceof Intrinsics.External x ? deployTimeName(x)
                        : p.string("DomainName");
                List<String> sans = new ArrayList<>();
                Object rawSans = p.value("SubjectAlternativeNames");
                if (rawSans != null) {
                    for (Object s : Cfn.asList(rawSans)) {
                        sans.add(s instanceof Intrinsics.External x ? deployTimeName(x)
                                : String.valueOf(Intrinsics.literal(s)));
                    }
                }
                p.fixed("ValidationMethod", "DNS");
                String zoneId = null;
                List<Object> options = Cfn.asList(p.raw("DomainValidationOptions"));
                if (options != null && options.size() == 1) {
                    Map<String, Object> o = Cfn.asMap(cx.intrinsics.resolve(options.get(0)));
                    if (o != null && o.size() == 2 && domain.equals(o.get("DomainName"))
                            && o.get("HostedZoneId") instanceof ResourceRef r && cx.element(r.logicalId(),
                                    HostedZone.class) != null) {
                        zoneId = cx.element(r.logicalId(), HostedZone.class).id();
                        p.value("DomainValidationOptions");
                    }
                }
                cx.addTyped(lid, new Certificate(cx.elementId(lid), cx.name(lid), domain, sans, zoneId), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    /** A name given at deploy time, as the template writes it ({@code www.${PublicFqdn}}, else the Parameter). */
    private static String deployTimeName(Intrinsics.External x) {
        Map<String, Object> expression = Cfn.asMap(x.expression());
        Object sub = expression == null ? null : expression.get("Fn::Sub");
        return Certificate.deployTimeName(sub instanceof String text ? text : x.name());
    }

    void records() {
        for (String lid : cx.free("AWS::Route53::RecordSet")) {
            try {
                ImportedProps p = cx.props(lid);
                HostedZone zone = p.ref("HostedZoneId", HostedZone.class);
                String name = p.string("Name");
                String type = p.string("Type");
                String alias = null;
                List<String> values = new ArrayList<>();
                Integer ttl = p.integer("TTL"); // read for an alias too: Route 53 rejects it there (R53-ALIAS-TO-LB)
                if (p.has("AliasTarget")) {
                    Map<String, Object> a = Cfn.asMap(p.value("AliasTarget"));
                    if (a.size() != 2 || !(a.get("DNSName") instanceof ResourceRef dns)
                            || !"DNSName".equals(dns.attribute())
                            || !(a.get("HostedZoneId") instanceof ResourceRef z) || !z.logicalId().equals(dns.logicalId())) {
                        throw new Unresolved("alias to something other than a load balancer");
                    }
                    alias = cx.referenced(dns, LoadBalancer.class).id();
                } else {
                    Object records = p.value("ResourceRecords");
                    if (records != null) {
                        for (Object r : Cfn.asList(records)) {
                            values.add(String.valueOf(Intrinsics.literal(r)));
                        }
                    }
                }
                cx.addTyped(lid, new DnsRecord(cx.elementId(lid), cx.name(lid), zone.id(), name, type, alias, values,
                        ttl), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }
}
