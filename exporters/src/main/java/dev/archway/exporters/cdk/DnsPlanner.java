package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;
import static dev.archway.exporters.cdk.CdkExpr.staticCall;

import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Certificate;
import dev.archway.model.network.Vpc;
import java.util.List;

/** Hosted zones, ACM certificates validated by DNS, and records (alias records through {@code LoadBalancerTarget}). */
final class DnsPlanner {
    private final CdkStackDraft plan;

    DnsPlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void zonesAndCertificates() {
        for (HostedZone zone : plan.design.all(HostedZone.class)) {
            plan.about(zone.id());
            plan.comment("hosted zone " + zone.domainName());
            zone(zone);
        }
        for (Certificate cert : plan.design.all(Certificate.class)) {
            plan.about(cert.id());
            plan.comment("certificate for " + String.join(", ", cert.allNames()));
            certificate(cert);
        }
    }

    void records() {
        List<DnsRecord> records = plan.design.all(DnsRecord.class);
        if (!records.isEmpty()) {
            plan.about(null);
            plan.comment("DNS records");
        }
        records.forEach(this::record);
    }

    private void zone(HostedZone zone) {
        List<Vpc> vpcs = plan.design.all(Vpc.class);
        if (zone.privateZone() && !vpcs.isEmpty()) {
            CdkType type = CdkType.route53("PrivateHostedZone");
            plan.declare(zone.id(), zone.name(), type, new CdkExpr.Construct(type, CdkNames.constructId(zone.name()),
                    CdkProps.of().lit("zoneName", zone.domainName()).put("vpc", plan.ref(vpcs.get(0).id())).map()));
            return;
        }
        CdkType type = CdkType.route53("PublicHostedZone");
        plan.declare(zone.id(), zone.name(), type, new CdkExpr.Construct(type, CdkNames.constructId(zone.name()),
                CdkProps.of().lit("zoneName", zone.domainName()).map()));
    }

    private void certificate(Certificate cert) {
        CdkType validation = CdkType.acm("CertificateValidation");
        CdkExpr byDns = plan.has(cert.hostedZoneId())
                ? staticCall(validation, "fromDns", plan.ref(cert.hostedZoneId())) : staticCall(validation, "fromDns");
        CdkType type = CdkType.acm("Certificate");
        plan.declare(cert.id(), cert.name(), type, new CdkExpr.Construct(type, CdkNames.constructId(cert.name()),
                CdkProps.of().lit("domainName", cert.domainName())
                        .put("subjectAlternativeNames", cert.subjectAlternativeNames().isEmpty() ? null
                                : CdkExpr.strings(cert.subjectAlternativeNames()))
                        .put("validation", byDns).map()));
    }

    private void record(DnsRecord record) {
        plan.about(record.id());
        if (!plan.has(record.hostedZoneId())) {
            plan.comment("record " + record.recordName() + " is in a zone outside the design; add it by hand");
            return;
        }
        CdkProps props = CdkProps.of().put("zone", plan.ref(record.hostedZoneId()))
                .lit("recordName", record.recordName());
        CdkType recordTarget = CdkType.route53("RecordTarget");
        CdkType type;
        if (record.isAlias() && plan.has(record.aliasTargetId())) {
            type = CdkType.route53("A".equals(record.type()) ? "ARecord" : "AaaaRecord");
            props.put("target", staticCall(recordTarget, "fromAlias", CdkExpr.newObject(
                    CdkType.route53Targets("LoadBalancerTarget"), plan.ref(record.aliasTargetId()))));
        } else if ("CNAME".equals(record.type()) && record.values().size() == 1) {
            type = CdkType.route53("CnameRecord");
            props.lit("domainName", record.values().get(0));
        } else {
            type = CdkType.route53("RecordSet");
            props.put("recordType", CdkExpr.enumValue(CdkType.route53("RecordType"), record.type()))
                    .put("target", new CdkExpr.StaticCall(recordTarget, "fromValues",
                            record.values().stream().map(CdkExpr::lit).toList()));
        }
        if (record.ttl() != null && !record.isAlias()) {
            props.put("ttl", staticCall(CdkType.core("Duration"), "seconds", lit(record.ttl())));
        }
        plan.declare(record.id(), record.name(), type,
                new CdkExpr.Construct(type, CdkNames.constructId(record.name()), props.map()));
    }
}
