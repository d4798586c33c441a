package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Listener;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;
import java.util.Set;

/** HTTPS-NO-CERT: an HTTPS or TLS listener has a certificate. */
public final class HttpsNoCertRule extends KindRule<Listener> {
    public static final RuleInfo INFO = new RuleInfo("HTTPS-NO-CERT", Severity.ERROR,
            "HTTPS and TLS listeners have a certificate",
            "A listener that terminates TLS needs exactly one default certificate to present to clients; AWS "
                    + "rejects an HTTPS or TLS listener without one.",
            AwsDocs.HTTPS_LISTENER);

    public HttpsNoCertRule() {
        super(INFO, List.of(Listener.class));
    }

    @Override
    public List<Finding> check(Listener l, Topology index) {
        if (l.protocol() == null || !l.protocol().terminatesTls()
                || !index.resolve(l.certificateIds(), Certificate.class).isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, l, "%s is %s but has no certificate".formatted(l.name(), l.protocol()),
                fix(l, index)));
    }

    /** Attach the one certificate that covers every host name reaching the listener, if there is exactly one. */
    private static Fix fix(Listener l, Topology index) {
        Set<String> hosts = ListenerHosts.of(l, index);
        if (hosts.isEmpty()) {
            return null;
        }
        List<Certificate> covering = index.all(Certificate.class).stream()
                .filter(c -> hosts.stream().allMatch(c::covers)).toList();
        if (covering.size() != 1) {
            return null;
        }
        Certificate cert = covering.get(0);
        return Fixes.edit("Use certificate " + cert.name() + " on " + l.name(), l.id(), Listener.class,
                current -> current.withCertificates(List.of(cert.id())));
    }
}
