package dev.archway.exporters.cdk;

import dev.archway.model.stacks.StackPart;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Divides a stack's statements among the parts of a {@link dev.archway.model.stacks.NestedStackPlan}: each statement
 * goes to the part of the element it was written for (a section comment to the part of what follows it). A construct a
 * part uses from another part is passed in, except for lookups that create no resource ({@code Vpc.fromVpcAttributes},
 * {@code Subnet.fromSubnetAttributes}): each part that uses one repeats it, so that no stack needs a VPC's view of
 * subnets that live in a later stack. Parts come out in an order where each is built after those it takes from.
 */
final class NestedStackSplitter {
    private final List<CdkStatement> statements;
    private final List<StackPart> parts;
    private final int[] partOf;
    private final List<List<Integer>> ownStatements = new ArrayList<>();
    private final Map<String, Integer> declaredAt = new HashMap<>();

    NestedStackSplitter(List<CdkStatement> statements, List<String> owners, List<StackPart> parts) {
        this.statements = statements;
        this.parts = parts;
        this.partOf = partsOf(owners);
        parts.forEach(p -> ownStatements.add(new ArrayList<>()));
        for (int i = 0; i < statements.size(); i++) {
            if (partOf[i] >= 0) {
                ownStatements.get(partOf[i]).add(i);
            }
            if (statements.get(i) instanceof CdkStatement.Declare d) {
                declaredAt.put(d.name(), i);
            }
        }
    }

    /** The key under which a part's own statements (its metadata) are owned. */
    static String partOwner(String partName) {
        return "part:" + partName;
    }

    List<CdkNestedStack> split(String parentClass) {
        List<String> classNames = classNames(parentClass);
        List<BitSet> members = new ArrayList<>();
        List<Map<String, Integer>> inputs = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            BitSet member = members(p);
            members.add(member);
            inputs.add(inputs(member));
        }
        List<Map<String, CdkNestedStack.Field>> exports = new ArrayList<>();
        parts.forEach(p -> exports.add(new LinkedHashMap<>()));
        List<List<CdkNestedStack.Field>> inputFields = new ArrayList<>();
        for (Map<String, Integer> in : inputs) {
            List<CdkNestedStack.Field> fields = new ArrayList<>();
            in.forEach((name, at) -> {
                CdkNestedStack.Field f = new CdkNestedStack.Field(name, ((CdkStatement.Declare) statements.get(at))
                        .type(), parts.get(partOf[at]).name());
                fields.add(f);
                exports.get(partOf[at]).put(name, f);
            });
            inputFields.add(fields);
        }
        List<CdkNestedStack> out = new ArrayList<>();
        for (int p : buildOrder(inputs)) {
            List<CdkStatement> own = new ArrayList<>();
            members.get(p).stream().forEach(i -> own.add(statements.get(i)));
            out.add(new CdkNestedStack(parts.get(p).name(), classNames.get(p), own, inputFields.get(p),
                    List.copyOf(exports.get(p).values())));
        }
        return out;
    }

    private int[] partsOf(List<String> owners) {
        Map<String, Integer> byOwner = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            int index = p;
            parts.get(p).elementIds().forEach(id -> byOwner.put(id, index));
            byOwner.put(partOwner(parts.get(p).name()), p);
        }
        int[] out = new int[owners.size()];
        int next = -1;
        for (int i = owners.size() - 1; i >= 0; i--) {
            Integer part = owners.get(i) == null ? null : byOwner.get(owners.get(i));
            if (part == null && !(statements.get(i) instanceof CdkStatement.Comment)) {
                throw new IllegalStateException("statement " + i + " of " + owners.get(i) + " is in no stack part");
            }
            next = part == null ? next : part;
            out[i] = next;
        }
        return out;
    }

    /** The part's statements: its own, and the resource-free lookups of other parts that they use. */
    private BitSet members(int part) {
        BitSet member = new BitSet();
        List<Integer> work = new ArrayList<>(ownStatements.get(part));
        work.forEach(member::set);
        while (!work.isEmpty()) {
            int i = work.remove(work.size() - 1);
            for (String v : variablesOf(statements.get(i))) {
                Integer at = declaredAt.get(v);
                if (at != null && !member.get(at) && isLookup(statements.get(at))) {
                    member.set(at);
                    work.add(at);
                }
            }
        }
        return member;
    }

    /** Variables the part uses but another part declares, by name in order of first use, with where declared. */
    private Map<String, Integer> inputs(BitSet member) {
        Map<String, Integer> out = new LinkedHashMap<>();
        member.stream().forEach(i -> {
            for (String v : variablesOf(statements.get(i))) {
                Integer at = declaredAt.get(v);
                if (at != null && !member.get(at)) {
                    out.putIfAbsent(v, at);
                }
            }
        });
        return out;
    }

    /** Parts in plan order, except that a part comes after the parts it takes constructs from. */
    private List<Integer> buildOrder(List<Map<String, Integer>> inputs) {
        List<Set<Integer>> needs = new ArrayList<>();
        for (Map<String, Integer> in : inputs) {
            Set<Integer> from = new HashSet<>();
            in.values().forEach(at -> from.add(partOf[at]));
            needs.add(from);
        }
        List<Integer> order = new ArrayList<>();
        Set<Integer> built = new HashSet<>();
        while (order.size() < parts.size()) {
            int next = -1;
            for (int p = 0; p < parts.size() && next < 0; p++) {
                if (!built.contains(p) && built.containsAll(needs.get(p))) {
                    next = p;
                }
            }
            if (next < 0) {
                throw new IllegalStateException("the CDK stacks would take constructs from each other in a circle: "
                        + parts.stream().filter(p -> !built.contains(parts.indexOf(p))).map(StackPart::name).toList());
            }
            order.add(next);
            built.add(next);
        }
        return order;
    }

    private List<String> classNames(String parentClass) {
        Set<String> taken = new HashSet<>(Set.of(parentClass));
        List<String> out = new ArrayList<>();
        for (StackPart part : parts) {
            String base = CdkNames.upperCamel(part.name()) + "Stack";
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base.replaceAll("Stack$", "") + "Nested" + (n == 2 ? "" : n) + "Stack";
            }
            out.add(name);
        }
        return out;
    }

    /** {@code IVpc v = Vpc.fromVpcAttributes(...)}: a view of resources made elsewhere, itself no resource. */
    static boolean isLookup(CdkStatement s) {
        return s instanceof CdkStatement.Declare d && d.type() != null && d.type().name().matches("I[A-Z].*")
                && d.value() instanceof CdkExpr.StaticCall call && call.method().startsWith("from");
    }

    static Set<String> variablesOf(CdkStatement s) {
        Set<String> names = new java.util.LinkedHashSet<>();
        CdkStack.expressionsOf(s).forEach(e -> CdkStack.collectVariables(e, names));
        names.remove("this");
        return names;
    }
}
