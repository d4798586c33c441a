package dev.archway.model.validation.rules.listener;

import dev.archway.model.Element;
import dev.archway.model.Lists;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.Protocol;
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

/**
 * CERT-HOST-MISMATCH: every host name that reaches an HTTPS listener (a host-header value of its rules, or a DNS
 * alias to its load balancer) is covered by one of its certificates, under ACM's wildcard rules.
 */
public final class CertHostMismatchRule extends KindRule<Listener> {
    public static final RuleInfo INFO = new RuleInfo("CERT-HOST-MISMATCH", Severity.WARNING,
            "HTTPS listeners have a certificate for every host they serve",
            "The listener picks a certificate by SNI and falls back to its default one; a host that no certificate "
                    + "covers gets a name-mismatch error in every browser. A wildcard covers exactly one label.",
            AwsDocs.ACM_CERTIFICATES);

    public CertHostMismatchRule() {
        super(INFO, List.of(Listener.class));
    }

    @Override
    public List<Finding> check(Listener l, Topology index) {
        List<Certificate> certs = index.resolve(l.certificateIds(), Certificate.class);
        if (l.protocol() != Protocol.HTTPS || certs.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ListenerRule r : index.rulesOf(l)) {
            for (String host : ListenerHosts.ruleHosts(r)) {
                if (certs.stream().noneMatch(c -> c.covers(host))) {
                    findings.add(finding(l, r, "rule " + r.name(), host, certs, index));
                }
            }
        }
        for (DnsRecord record : index.referrers(l.loadBalancerId(), DnsRecord.class)) {
            String host = record.recordName() == null ? null : ListenerHosts.normalise(record.recordName());
            if (host != null && certs.stream().noneMatch(c -> c.covers(host))) {
                findings.add(finding(l, record, "DNS record " + record.name(), host, certs, index));
            }
        }
        return findings;
    }

    private static Finding finding(Listener l, Element source, String where, String host, List<Certificate> certs,
            Topology index) {
        String certNames = String.join("; ", certs.stream()
                .map(c -> c.name() + ": " + String.join(", ", c.allNames())).toList());
        return Finding.of(INFO, List.of(l, source), "%s for %s (%s) is covered by none of %s's certificates (%s)"
                .formatted(host, l.name(), where, l.name(), certNames), fix(l, host, index));
    }

    /** Add a certificate from the design that covers the host to the listener's SNI list. */
    private static Fix fix(Listener l, String host, Topology index) {
        return index.all(Certificate.class).stream().filter(c -> c.covers(host) && !l.certificateIds().contains(c.id()))
                .findFirst().map(c -> Fixes.edit("Add certificate " + c.name() + " to " + l.name(), l.id(),
                        Listener.class, current -> {
                            List<String> ids = new ArrayList<>(Lists.copy(current.certificateIds()));
                            if (!ids.contains(c.id())) {
                                ids.add(c.id());
                            }
                            return current.withCertificates(ids);
                        }))
                .orElse(null);
    }
}
