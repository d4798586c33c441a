package dev.archway.model.validation.rules;

import dev.archway.model.network.Cidr;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Security-group matching (aws-semantics §4.3): a rule admits a peer by its group or by a CIDR covering it. */
public final class SecurityGroupAccess {
    private static final int MAX_REMEMBERED = 100_000;
    private static final Cidr INVALID = new Cidr(0, 32);
    private static final Map<String, Cidr> PARSED = new ConcurrentHashMap<>();

    private SecurityGroupAccess() {
    }

    public static List<SgRule> ingress(List<SecurityGroup> groups) {
        List<SgRule> rules = new ArrayList<>();
        groups.forEach(g -> rules.addAll(g.ingress()));
        return rules;
    }

    /** The groups whose rules are known: all but those from outside the template whose rules no assumption gives. */
    public static List<SecurityGroup> known(List<SecurityGroup> groups, Topology index) {
        return groups.stream().filter(g -> index.unknownRules(g).isEmpty()).toList();
    }

    public static List<SgRule> egress(List<SecurityGroup> groups) {
        List<SgRule> rules = new ArrayList<>();
        groups.forEach(g -> rules.addAll(g.egress()));
        return rules;
    }

    /**
     * Does some rule cover {@code proto}/{@code port} with a peer that is one of {@code peerGroupIds}, or a CIDR
     * containing every one of {@code peerCidrs} (when there are any)?
     */
    public static boolean admits(List<SgRule> rules, String proto, int port, Collection<String> peerGroupIds,
            List<Cidr> peerCidrs) {
        for (SgRule r : rules) {
            if (!r.covers(proto, port)) {
                continue;
            }
            if (r.securityGroupId() != null && peerGroupIds.contains(r.securityGroupId())) {
                return true;
            }
            Cidr cidr = parse(r.cidr());
            if (cidr != null && !peerCidrs.isEmpty() && peerCidrs.stream().allMatch(cidr::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A CIDR, or null when the text is missing or malformed (SUBNET-CIDR and import report those). Parsed blocks are
     * remembered: a design repeats a few dozen CIDR strings in thousands of rules and subnets.
     */
    public static Cidr parse(String text) {
        if (text == null) {
            return null;
        }
        Cidr cidr = PARSED.get(text);
        if (cidr == null) {
            if (PARSED.size() > MAX_REMEMBERED) {
                PARSED.clear();
            }
            cidr = Cidr.isValid(text) ? Cidr.parse(text) : INVALID;
            PARSED.put(text, cidr);
        }
        return cidr == INVALID ? null : cidr;
    }

    public static List<Cidr> parseAll(Collection<String> texts) {
        List<Cidr> out = new ArrayList<>();
        for (String t : texts) {
            Cidr c = parse(t);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
