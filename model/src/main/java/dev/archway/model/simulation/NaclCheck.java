package dev.archway.model.simulation;

import dev.archway.model.network.Cidr;
import dev.archway.model.network.NaclEntry;
import dev.archway.model.network.NetworkAcl;
import java.util.Comparator;
import java.util.List;

/**
 * Network ACL evaluation (doc §4.2): stateless, first match by ascending rule number, implicit deny at the end.
 * Asks whether a whole port range to or from a whole address block is allowed: an entry decides when it covers
 * the range and the block; a deny entry that only overlaps them already blocks part of the traffic; an allow
 * entry that only overlaps lets evaluation go on for the rest.
 */
final class NaclCheck {
    private NaclCheck() {
    }

    /** The deciding entry's description, or null when allowed. */
    static String blocked(NetworkAcl acl, boolean egress, String proto, int fromPort, int toPort, Cidr peer) {
        if (acl == null) {
            return null;
        }
        List<NaclEntry> entries = acl.entries().stream().filter(e -> e.egress() == egress)
                .sorted(Comparator.comparingInt(NaclEntry::ruleNumber)).toList();
        for (NaclEntry e : entries) {
            if (!protocolMatches(e, proto)) {
                continue;
            }
            Cidr block = cidr(e.cidr());
            if (block == null || !block.overlaps(peer)) {
                continue;
            }
            boolean allPorts = "-1".equals(e.protocol()) || e.fromPort() == -1;
            boolean portsCovered = allPorts || (e.fromPort() <= fromPort && toPort <= e.toPort());
            boolean portsOverlap = allPorts || (e.fromPort() <= toPort && fromPort <= e.toPort());
            if (!portsOverlap) {
                continue;
            }
            boolean covers = portsCovered && block.contains(peer);
            if (!e.allow()) {
                return "rule " + e.ruleNumber() + " denies " + ports(fromPort, toPort) + " "
                        + (egress ? "to " : "from ") + peer;
            }
            if (covers) {
                return null;
            }
        }
        return "no rule allows " + ports(fromPort, toPort) + (egress ? " to " : " from ") + peer
                + " (the final * rule denies)";
    }

    private static boolean protocolMatches(NaclEntry e, String proto) {
        String p = e.protocol();
        return "-1".equals(p) || p.equalsIgnoreCase(proto) || ("6".equals(p) && "tcp".equals(proto))
                || ("17".equals(p) && "udp".equals(proto));
    }

    private static String ports(int from, int to) {
        return from == to ? "port " + from : "ports " + from + "-" + to;
    }

    static Cidr cidr(String text) {
        if (text == null || text.contains(":")) {
            return null;
        }
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
