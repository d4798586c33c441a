package dev.archway.model.edit;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Enum values as people read them: "Internet-facing", "Fixed response", "IP", never {@code INTERNET_FACING}. */
public final class Labels {
    private static final Set<String> ACRONYMS = Set.of("IP", "EC2", "HTTP", "HTTPS", "TCP", "TLS", "UDP", "ALB",
            "NLB", "OIDC", "AZ", "SNI", "IGW", "NAT", "DNS");
    private static final Map<String, String> SPECIAL = Map.of(
            "INTERNET_FACING", "Internet-facing",
            "APPLICATION", "Application (ALB)",
            "NETWORK", "Network (NLB)",
            "TCP_UDP", "TCP and UDP",
            "INTERNET_GATEWAY", "Internet gateway",
            "NAT_GATEWAY", "NAT gateway",
            "LOCAL", "Local (inside the VPC)",
            "AWSVPC", "awsvpc (an interface per task)",
            "BRIDGE", "Bridge (on the container instances)",
            "HOST", "Host (on the container instances)");

    private Labels() {
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String special = SPECIAL.get(value.name());
        if (special != null) {
            return special;
        }
        StringBuilder out = new StringBuilder();
        for (String word : value.name().split("_")) {
            String w = ACRONYMS.contains(word) ? word : word.toLowerCase(Locale.ROOT);
            if (out.length() == 0 && !ACRONYMS.contains(word)) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }
}
