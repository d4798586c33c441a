package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** An ACM certificate: a domain name and subject alternative names, validated by DNS in {@code hostedZoneId}. */
public record Certificate(String id, String name, String domainName, List<String> subjectAlternativeNames,
        String hostedZoneId) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.CERTIFICATE;
    }

    public Certificate {
        subjectAlternativeNames = Lists.copy(subjectAlternativeNames);
    }

    @Override
    public Certificate withName(String newName) {
        return new Certificate(id, newName, domainName, subjectAlternativeNames, hostedZoneId);
    }

    /**
     * The domain name of a certificate whose template takes it from a Parameter given at deploy time: the
     * Parameter's name in braces. Such a name is assumed to cover every host (whether it does cannot be told).
     */
    public static String deployTimeName(String parameter) {
        return "{" + parameter + "}";
    }

    public static boolean isDeployTimeName(String name) {
        return name != null && name.startsWith("{") && name.endsWith("}");
    }

    public List<String> allNames() {
        return Stream.concat(Stream.of(domainName), subjectAlternativeNames.stream()).toList();
    }

    /**
     * ACM rules: a wildcard covers exactly one leftmost label ({@code *.example.com} covers {@code a.example.com},
     * not {@code example.com} nor {@code a.b.example.com}); names compare case-insensitively.
     */
    public boolean covers(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String n : allNames()) {
            if (isDeployTimeName(n)) {
                return true;
            }
            String name = n.toLowerCase(Locale.ROOT);
            if (name.equals(h)) {
                return true;
            }
            if (name.startsWith("*.")) {
                int dot = h.indexOf('.');
                if (dot > 0 && h.substring(dot + 1).equals(name.substring(2))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<String> references() {
        return Ids.refs(hostedZoneId);
    }
}
