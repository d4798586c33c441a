package dev.archway.model.diff;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.SecurityGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pairs the elements read from an account with the design elements they stand for. First by id: an imported
 * element's id is the ARN or AWS id it was read from, so a design saved from an import pairs exactly; then what
 * CloudFormation deployed by its stack and logical id ({@link StackLogicalIds}); then, owners before what they own (a VPC before its subnets, a listener
 * before its rules), by kind, owner and name, and last by kind, owner and the key AWS itself makes unique there
 * (a rule's priority on its listener, a subnet's CIDR in its VPC), when exactly one element on each side has it.
 */
final class DriftMatcher {
    private final Design design;
    private final Design account;
    private final StackLogicalIds stacks;
    private final Map<String, String> toDesign = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    private DriftMatcher(Design design, Design account, StackLogicalIds stacks) {
        this.design = design;
        this.account = account;
        this.stacks = stacks;
    }

    /** Account element id → design element id, for every element that has a counterpart. */
    static Map<String, String> match(Design design, Design account, StackLogicalIds stacks) {
        DriftMatcher m = new DriftMatcher(design, account, stacks);
        m.byId();
        if (!stacks.isEmpty()) {
            m.byLogicalId();
        }
        m.byOwnerLevels();
        return m.toDesign;
    }

    private void byId() {
        for (Element a : Drift.compared(account)) {
            Element d = design.get(a.id());
            if (d != null && d.kind() == a.kind() && !Drift.NOT_IN_ACCOUNTS.contains(d.kind())) {
                pair(a, d);
            }
        }
    }

    /**
     * What CloudFormation deployed, with the design element of its logical id: one of a kind on each side, the stack
     * telling several apart (the same template deployed twice, a logical id in two stacks of the design).
     */
    private void byLogicalId() {
        for (Element a : Drift.compared(account)) {
            StackResource r = stacks.of(a);
            if (r == null || toDesign.containsKey(a.id())) {
                continue;
            }
            List<Element> same = Drift.compared(design).stream().filter(d -> d.kind() == a.kind()
                    && !taken.contains(d.id()) && stacks.hasLogicalId(d, r)).toList();
            if (same.size() > 1) {
                same = same.stream().filter(d -> stacks.sameStack(d, r)).toList();
            }
            if (same.size() == 1 && twins(a, r, same.get(0)) == 1) {
                pair(a, same.get(0));
            }
        }
    }

    /** The unpaired account elements of the kind deployed as the logical id, in a stack the design element allows. */
    private long twins(Element a, StackResource r, Element d) {
        return Drift.compared(account).stream().filter(o -> o.kind() == a.kind() && !toDesign.containsKey(o.id()))
                .map(stacks::of).filter(o -> o != null && o.logicalId().equals(r.logicalId())
                        && stacks.sameStack(d, o)).count();
    }

    private void byOwnerLevels() {
        Map<Integer, List<Element>> levels = Drift.compared(account).stream()
                .collect(Collectors.groupingBy(this::depth, LinkedHashMap::new, Collectors.toList()));
        levels.keySet().stream().sorted(Comparator.naturalOrder()).forEach(level -> {
            List<Element> open = levels.get(level).stream().filter(a -> !toDesign.containsKey(a.id())).toList();
            open.forEach(a -> pairWith(a, candidates(a).stream().filter(d -> d.name().equals(a.name())).toList()));
            open.stream().filter(a -> !toDesign.containsKey(a.id())).forEach(this::byKey);
        });
    }

    private void byKey(Element a) {
        String key = DriftKeys.of(a);
        if (key == null) {
            return;
        }
        long twins = Drift.compared(account).stream().filter(o -> !toDesign.containsKey(o.id()))
                .filter(o -> o.kind() == a.kind() && Objects.equals(owner(o), owner(a)) && key.equals(DriftKeys.of(o)))
                .count();
        List<Element> same = candidates(a).stream().filter(d -> key.equals(DriftKeys.of(d))).toList();
        if (twins == 1 && same.size() == 1) {
            pair(a, same.get(0));
        }
    }

    private void pairWith(Element a, List<Element> found) {
        if (found.size() == 1) {
            pair(a, found.get(0));
        }
    }

    private void pair(Element a, Element d) {
        toDesign.put(a.id(), d.id());
        taken.add(d.id());
    }

    /** Unpaired design elements of the same kind under the counterpart of the account element's owner. */
    private List<Element> candidates(Element a) {
        String owner = owner(a);
        String designOwner = owner == null ? null : toDesign.get(owner);
        if (owner != null && designOwner == null) {
            return List.of();
        }
        List<Element> out = new ArrayList<>();
        for (Element d : Drift.compared(design)) {
            if (d.kind() == a.kind() && !taken.contains(d.id()) && Objects.equals(owner(d), designOwner)) {
                out.add(d);
            }
        }
        return out;
    }

    private int depth(Element a) {
        int depth = 0;
        String owner = owner(a);
        while (owner != null && depth < 10 && account.contains(owner)) {
            depth++;
            owner = owner(account.get(owner));
        }
        return depth;
    }

    /**
     * The element whose identity this one's is part of: a subnet's AZ, a listener's load balancer, a rule's
     * listener, a DB instance's cluster, a record's hosted zone. Null for elements that stand alone.
     */
    static String owner(Element e) {
        if (e instanceof ListenerRule r) {
            return r.listenerId();
        }
        if (e instanceof TargetGroup tg) {
            return tg.vpcId();
        }
        if (e instanceof SecurityGroup sg) {
            return sg.vpcId();
        }
        if (e instanceof DbInstance db) {
            return db.clusterId();
        }
        if (e instanceof DnsRecord r) {
            return r.hostedZoneId();
        }
        return e instanceof EcsService || e instanceof IpTarget ? null : e.container();
    }
}
