package dev.archway.exporters.assume;

import dev.archway.model.network.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An outside security group's inbound rules as one line of text, the way the Assumptions panel takes them:
 * {@code tcp 443 from 0.0.0.0/0; tcp 8080-8081 from LbSg; all from 10.0.0.0/8}, or {@code none} for a group known
 * to admit nothing. Each rule reads into the mapping an assumptions file gives ({@code protocol}, {@code ports},
 * {@code cidr} or {@code group}), so both reach the design through {@link AssumedDesign} alike.
 */
public final class IngressText {
    private static final Pattern RULE = Pattern.compile(
            "(?i)\\s*(tcp|udp|icmp|all)\\s*(\\d{1,5}(?:-\\d{1,5})?)?\\s+from\\s+(\\S+)\\s*");

    private IngressText() {
    }

    /** The rules a line gives, in order; an empty list for {@code none}. */
    public static List<Map<String, Object>> parse(String text) {
        List<Map<String, Object>> rules = new ArrayList<>();
        if (text.strip().equalsIgnoreCase("none")) {
            return rules;
        }
        for (String part : text.split(";")) {
            Matcher m = RULE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a rule such as tcp 443 from "
                        + "0.0.0.0/0 or tcp 8080 from LbSg");
            }
            String protocol = m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean all = protocol.equals("all");
            if (!all && m.group(2) == null && !protocol.equals("icmp")) {
                throw new IllegalArgumentException("'" + part.strip() + "' needs a port or a range, such as 443 or "
                        + "1024-65535");
            }
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("protocol", protocol);
            if (!all && m.group(2) != null) {
                rule.put("ports", m.group(2));
            }
            String source = m.group(3);
            rule.put(source.contains("/") ? "cidr" : "group", source);
            if (source.contains("/") && !Cidr.isValid(source)) {
                throw new IllegalArgumentException(source + " is not an IPv4 CIDR block such as 10.0.0.0/8");
            }
            rules.add(rule);
        }
        return rules;
    }

    /** The line for some rules, as {@link #parse} reads it back. */
    public static String format(List<?> rules) {
        if (rules.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (Object o : rules) {
            Map<?, ?> r = (Map<?, ?>) o;
            Object ports = r.get("ports");
            Object source = r.get("cidr") != null ? r.get("cidr") : r.get("group");
            parts.add(r.get("protocol") + (ports == null ? "" : " " + ports) + " from " + source);
        }
        return String.join("; ", parts);
    }
}
