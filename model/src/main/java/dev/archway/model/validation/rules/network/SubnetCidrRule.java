package dev.archway.model.validation.rules.network;

import dev.archway.model.Element;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.DesignRule;
import dev.archway.model.query.Unknown;
import dev.archway.model.rule.CannotTell;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.SecurityGroupAccess;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SUBNET-CIDR: each subnet's CIDR is valid, inside its VPC's, and overlaps no other subnet of the VPC. Overlaps are
 * found by one sorted sweep per VPC (CIDR blocks either nest or are disjoint), not by comparing every pair.
 */
public final class SubnetCidrRule implements DesignRule {
    public static final RuleInfo INFO = new RuleInfo("SUBNET-CIDR", Severity.ERROR,
            "Subnet CIDRs lie inside their VPC and do not overlap",
            "AWS rejects a subnet whose CIDR is outside the VPC's block or overlaps another subnet of the VPC.",
            AwsDocs.SUBNET_SIZING);

    private record Block(Subnet subnet, Cidr cidr) {
    }

    private static final Comparator<Block> ORDER = Comparator.comparingLong((Block b) -> b.cidr().first())
            .thenComparingInt(b -> b.cidr().prefix()).thenComparing(b -> b.subnet().id());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Topology index) {
        Map<String, List<Block>> byVpc = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Subnet> subnets = new ArrayList<>(index.all(Subnet.class));
        subnets.sort(Comparator.comparing(Subnet::id));
        for (Subnet s : subnets) {
            Cidr cidr = SecurityGroupAccess.parse(s.cidr());
            if (cidr == null) {
                findings.add(Finding.of(INFO, s, "%s has no valid CIDR ('%s')".formatted(s.name(), s.cidr()), null));
                continue;
            }
            Vpc vpc = index.get(s.vpcId(), Vpc.class);
            Cidr vpcCidr = vpc == null ? null : SecurityGroupAccess.parse(vpc.cidr());
            if (vpcCidr != null && !vpcCidr.contains(cidr)) {
                List<Unknown> unknown = unknownCidrs(index, s, vpc);
                findings.add(!unknown.isEmpty() ? CannotTell.finding(INFO, s, "whether %s lies inside %s"
                        .formatted(s.name(), vpc.name()), unknown) : Finding.of(INFO, List.of(s, vpc),
                        "%s (%s) is outside %s (%s)".formatted(s.name(), cidr, vpc.name(), vpcCidr), null));
            }
            byVpc.computeIfAbsent(String.valueOf(s.vpcId()), k -> new ArrayList<>()).add(new Block(s, cidr));
        }
        byVpc.values().forEach(blocks -> overlaps(blocks, findings, index));
        return findings;
    }

    private static List<Unknown> unknownCidrs(Topology index, Element... elements) {
        List<Unknown> out = new ArrayList<>();
        for (Element e : elements) {
            index.unknownCidr(e).ifPresent(out::add);
        }
        return out;
    }

    /** Sorted by start: every block still open on the stack when a block starts contains it. */
    private static void overlaps(List<Block> blocks, List<Finding> findings, Topology index) {
        blocks.sort(ORDER);
        Deque<Block> open = new ArrayDeque<>();
        for (Block b : blocks) {
            while (!open.isEmpty() && open.peek().cidr().last() < b.cidr().first()) {
                open.pop();
            }
            for (java.util.Iterator<Block> outermostFirst = open.descendingIterator(); outermostFirst.hasNext();) {
                Block outer = outermostFirst.next();
                List<Unknown> unknown = unknownCidrs(index, outer.subnet(), b.subnet());
                findings.add(!unknown.isEmpty() ? CannotTell.finding(INFO, outer.subnet(), "whether %s overlaps %s"
                        .formatted(outer.subnet().name(), b.subnet().name()), unknown)
                        : Finding.of(INFO, List.of(outer.subnet(), b.subnet()), "%s (%s) overlaps %s (%s)".formatted(
                        outer.subnet().name(), outer.cidr(), b.subnet().name(), b.cidr()), null));
            }
            open.push(b);
        }
    }
}
