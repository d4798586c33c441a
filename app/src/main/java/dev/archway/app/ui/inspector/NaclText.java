package dev.archway.app.ui.inspector;

import dev.archway.model.network.Cidr;
import dev.archway.model.network.NaclEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Network ACL entries as one line: {@code 100 allow in tcp 443 0.0.0.0/0; 200 deny out all 0-65535 10.0.0.0/8}. */
final class NaclText {
    private NaclText() {
    }

    static String format(List<NaclEntry> entries) {
        return entries.stream().map(e -> e.ruleNumber() + " " + (e.allow() ? "allow" : "deny") + " "
                + (e.egress() ? "out" : "in") + " " + e.protocol() + " " + (e.fromPort() == e.toPort()
                ? String.valueOf(e.fromPort()) : e.fromPort() + "-" + e.toPort()) + " " + e.cidr())
                .collect(Collectors.joining("; "));
    }


    static List<NaclEntry> parse(String text) {
        List<NaclEntry> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] w = part.trim().split("\\s+");
            if (w.length != 6 || !w[0].matches("\\d{1,5}") || !w[1].matches("allow|deny") || !w[2].matches("in|out")
                    || !w[4].matches("\\d+(-\\d+)?") || !Cidr.isValid(w[5])) {
                throw new IllegalArgumentException("write NUMBER allow|deny in|out PROTOCOL PORT[-PORT] CIDR");
            }
            String[] ports = w[4].split("-");
            out.add(new NaclEntry(Integer.parseInt(w[0]), w[2].equals("out"), w[3], Integer.parseInt(ports[0]),
                    Integer.parseInt(ports[ports.length - 1]), w[5], w[1].equals("allow")));
        }
        return out;
    }
}
