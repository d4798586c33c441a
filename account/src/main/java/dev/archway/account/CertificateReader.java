package dev.archway.account;

import dev.archway.model.lb.Certificate;
import java.util.List;
import software.amazon.awssdk.services.acm.AcmClient;

/**
 * The ACM certificates the listeners use (only those: an account's other certificates are not part of its network).
 * One that cannot be described still becomes an element, named after its ARN, so that the listener keeps it.
 */
final class CertificateReader {
    private final AcmClient acm;
    private final Calls calls;
    private final ImportedDesign out;

    CertificateReader(AcmClient acm, Calls calls, ImportedDesign out) {
        this.acm = acm;
        this.calls = calls;
        this.out = out;
    }

    void read() {
        for (String arn : out.certificates()) {
            var detail = calls.one(ApiCall.ACM_DESCRIBE_CERTIFICATE,
                    () -> acm.describeCertificate(r -> r.certificateArn(arn)).certificate());
            if (detail.isPresent()) {
                var c = detail.get();
                List<String> sans = c.subjectAlternativeNames().stream().filter(s -> !s.equals(c.domainName()))
                        .toList();
                out.put(new Certificate(arn, c.domainName(), c.domainName(), sans, null));
            } else {
                String tail = arn.substring(arn.lastIndexOf('/') + 1);
                calls.warn("certificate " + arn + " could not be described: its domain names are unknown");
                out.put(new Certificate(arn, "certificate " + tail, tail, List.of(), null));
            }
        }
    }
}
