package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Listener;
import java.util.List;
import java.util.Objects;

/**
 * SNI certificate choice on an HTTPS or TLS listener (doc §1.7): the first listed certificate is the default, the
 * others the SNI list. No SNI, or no listed certificate matching, gives the default; one match gives it; several
 * matches are told apart by key algorithm, hash, key size and validity, which a design does not hold, so the first
 * in list order stands in for AWS's choice. Matching follows ACM rules ({@code *} covers exactly one label).
 */
public final class CertificateSelector {
    private CertificateSelector() {
    }

    /** The chosen certificate (null when the listener has none) and whether it covers the host. */
    public record Choice(Certificate certificate, boolean covers, String reason) {
    }

    public static Choice choose(Design design, Listener listener, String sni) {
        List<Certificate> certs = listener.certificateIds().stream().map(id -> design.get(id, Certificate.class))
                .filter(Objects::nonNull).toList();
        if (certs.isEmpty()) {
            return new Choice(null, false, listener.label() + " has no certificate: the TLS handshake fails");
        }
        Certificate byDefault = certs.get(0);
        if (sni == null) {
            return new Choice(byDefault, false, "no SNI sent: the default certificate " + byDefault.name());
        }
        List<Certificate> matching = certs.subList(1, certs.size()).stream().filter(c -> c.covers(sni)).toList();
        if (matching.size() == 1) {
            return new Choice(matching.get(0), true, "SNI " + sni + " matches " + matching.get(0).name()
                    + " in the certificate list");
        }
        if (matching.size() > 1) {
            return new Choice(matching.get(0), true, "SNI " + sni + " matches " + matching.size()
                    + " listed certificates; " + matching.get(0).name() + " is the first (AWS prefers ECDSA, then "
                    + "the larger key, which the design does not record)");
        }
        boolean covers = byDefault.covers(sni);
        return new Choice(byDefault, covers, "no certificate in the SNI list matches " + sni + ", so the default certificate "
                + byDefault.name() + " answers" + (covers ? "; it covers " + sni : "; it does not cover " + sni
                        + ": clients see a name-mismatch error"));
    }
}
