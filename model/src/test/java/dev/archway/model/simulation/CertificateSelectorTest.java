package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Listener;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doc §1.7 SNI: the default certificate unless exactly one (or the first of several) listed certificates match. */
class CertificateSelectorTest {

    @ParameterizedTest(name = "§1.7 SNI {0} -> {1} (covers {2})")
    @CsvSource(delimiter = '|', value = {
        "www.example.com | Default | true",
        "a.other.net | OtherWildcard | true",
        "other.net | OtherApex | true",
        "a.b.other.net | Default | false",
        "unknown.invalid | Default | false",
        "A.OTHER.NET | OtherWildcard | true",
        "shared.test | SharedOne | true",
    })
    void choosesTheCertificate(String sni, String expected, boolean covers) {
        DesignBuilder b = new DesignBuilder("certs");
        List<String> certs = List.of(b.certificate("Default", "example.com", List.of("*.example.com"), null),
                b.certificate("OtherApex", "other.net", List.of(), null),
                b.certificate("OtherWildcard", "*.other.net", List.of(), null),
                b.certificate("SharedOne", "shared.test", List.of(), null),
                b.certificate("SharedTwo", "*.test", List.of("shared.test"), null));
        Design design = b.build();
        Listener listener = new Listener("L", "L", "Lb", dev.archway.model.lb.Protocol.HTTPS, 443, certs, null,
                List.of());
        CertificateSelector.Choice c = CertificateSelector.choose(design, listener, sni.toLowerCase());
        assertEquals(expected, c.certificate().name());
        assertEquals(covers, c.covers());
    }
}
