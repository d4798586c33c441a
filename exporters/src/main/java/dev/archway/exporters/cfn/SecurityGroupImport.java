package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.External;
import dev.archway.exporters.cfn.Intrinsics.ResourceRef;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Security groups, with inline rules and rules in their own resources (which export writes the same way). */
final class SecurityGroupImport {
    /** SourceSecurityGroupOwnerId names the peer's account only; the peer itself is what the model needs. */
    private static final Set<String> INGRESS_FIELDS = Set.of("IpProtocol", "FromPort", "ToPort", "CidrIp",
            "Description", "SourceSecurityGroupId", "SourceSecurityGroupName", "SourceSecurityGroupOwnerId");
    private static final Set<String> EGRESS_FIELDS = Set.of("IpProtocol", "FromPort", "ToPort", "CidrIp",
            "Description", "DestinationSecurityGroupId");
    private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");
    private final ImportContext cx;

    SecurityGroupImport(ImportContext cx) {
        this.cx = cx;
    }

    void run() {
        Set<String> candidates = new LinkedHashSet<>();
        for (String lid : cx.free("AWS::EC2::SecurityGroup")) {
            candidates.add(lid);
        }
        Map<String, SecurityGroup> built = new LinkedHashMap<>();
        Map<String, ImportedProps> props = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            built.clear();
            for (String lid : new ArrayList<>(candidates)) {
                try {
                    ImportedProps p = cx.props(lid);
                    Vpc vpc = p.has("VpcId") ? p.ref("VpcId", Vpc.class) : cx.externals.defaultVpc();
                    String description = p.informational("GroupDescription");
                    List<SgRule> ingress = rules(p.value("SecurityGroupIngress"), false, candidates);
                    List<SgRule> egress = p.has("SecurityGroupEgress")
                            ? rules(p.value("SecurityGroupEgress"), true, candidates)
                            : List.of(SgRule.allTraffic("0.0.0.0/0"));
                    built.put(lid, new SecurityGroup(cx.elementId(lid), cx.name(lid), vpc.id(), description, ingress,
                            egress));
                    props.put(lid, p);
                } catch (Unresolved | RuntimeException e) {
                    cx.keep(lid, e);
                    candidates.remove(lid);
                    changed = true;
                }
            }
        }
        built.forEach((lid, sg) -> cx.addTyped(lid, sg, props.get(lid)));
        standaloneRules("AWS::EC2::SecurityGroupIngress", false);
        standaloneRules("AWS::EC2::SecurityGroupEgress", true);
    }

    private void standaloneRules(String type, boolean egress) {
        for (String lid : cx.free(type)) {
            try {
                ImportedProps p = cx.props(lid);
                Object groupRef = p.value("GroupId");
                SecurityGroup sg = cx.referenced(groupRef, SecurityGroup.class);
                String sgLid = (String) ImportedProps.refTarget(groupRef);
                if (sgLid == null) {
                    throw new Unresolved(ImportedProps.at("GroupId") + Explain.brief(p.raw("GroupId"))
                            + " is a group from outside the template, which export writes no rules for");
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                for (String key : egress ? EGRESS_FIELDS : INGRESS_FIELDS) {
                    if (p.has(key)) {
                        fields.put(key, p.value(key));
                    }
                }
                Set<String> typedGroups = new LinkedHashSet<>();
                cx.typed.forEach((k, v) -> {
                    if (v instanceof SecurityGroup) {
                        typedGroups.add(k);
                    }
                });
                SgRule rule = rule(fields, egress, typedGroups);
                List<SgRule> rules = new ArrayList<>(egress ? sg.egress() : sg.ingress());
                rules.add(rule);
                SecurityGroup updated = egress ? sg.withEgress(rules) : sg.withIngress(rules);
                cx.typed.put(sgLid, updated);
                String role = (egress ? "Egress:" : "Ingress:") + (rules.size() - 1);
                cx.absorb(sg.id(), sgLid, role, sgLid + (egress ? "Egress" : "Ingress") + rules.size(), p);
                cx.markStandalone(sg.id(), role);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    private List<SgRule> rules(Object value, boolean egress, Set<String> groups) throws Unresolved {
        List<SgRule> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        List<Object> items = Cfn.asList(value);
        if (items == null && Cfn.asMap(value) != null) {
            items = List.of(value); // one rule written as a mapping, which CloudFormation takes as a list of one
        }
        if (items == null) {
            throw new Unresolved("rules are not a list");
        }
        for (Object item : items) {
            Map<String, Object> m = Cfn.asMap(item);
            if (m == null) {
                throw new Unresolved("rule is not a mapping");
            }
            out.add(rule(m, egress, groups));
        }
        return out;
    }

    /**
     * The element id of a rule's peer group: a group of the template, else one from outside (a Parameter, an
     * {@code Fn::ImportValue}, a literal id or name, a group another resource owns such as a Classic Load Balancer's
     * source group), which becomes an external group.
     */
    private String peerGroup(Object peer, Set<String> groups) throws Unresolved {
        if (peer instanceof ResourceRef r) {
            if (groups.contains(r.logicalId())) {
                return cx.elementId(r.logicalId());
            }
            if ("AWS::EC2::SecurityGroup".equals(cx.typeOf(r.logicalId()))) {
                throw new Unresolved("peer group " + r.logicalId() + " is kept as it is");
            }
            Object expression = r.attribute() == null ? Cfn.ref(r.logicalId())
                    : Map.of("Fn::GetAtt", List.of(r.logicalId(), r.attribute()));
            return cx.externals.element(new External("Peer:" + Explain.brief(r), Explain.brief(r), expression),
                    SecurityGroup.class).id();
        }
        return cx.referenced(peer, SecurityGroup.class).id();
    }

    /** A literal CIDR, or one given at deploy time: a Parameter without a value, another stack's export. */
    private String cidr(Object value) throws Unresolved {
        return value instanceof External x ? SgRule.deployTimeCidr(deployTimeName(x))
                : String.valueOf(Intrinsics.literal(value));
    }

    /**
     * What makes an outside value unknown: the Parameter, {@code import} and the export's name, or for an
     * {@code Fn::Sub} the first of its variables that is one of those, else its first {@code ${Name}}.
     */
    private String deployTimeName(External x) throws Unresolved {
        if (x.key().startsWith("Import:")) {
            return "import " + x.name();
        }
        if (x.key().startsWith("Ref:")) {
            return x.name();
        }
        Map<String, Object> expression = Cfn.asMap(x.expression());
        Object sub = expression == null ? null : expression.get("Fn::Sub");
        List<Object> parts = Cfn.asList(sub);
        Map<String, Object> vars = parts != null && parts.size() == 2 ? Cfn.asMap(parts.get(1)) : null;
        for (Object v : vars == null ? List.of() : vars.values()) {
            if (cx.intrinsics.resolve(v) instanceof External inner && !inner.key().startsWith("Sub:")) {
                return deployTimeName(inner);
            }
        }
        Matcher m = SUB_NAME.matcher(String.valueOf(parts != null ? parts.get(0) : sub));
        return sub != null && m.find() ? m.group(1) : Explain.brief(x.expression());
    }

    private SgRule rule(Map<String, Object> m, boolean egress, Set<String> groups) throws Unresolved {
        Set<String> known = egress ? EGRESS_FIELDS : INGRESS_FIELDS;
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                throw new Unresolved("rule field " + key);
            }
        }
        Object protocol = m.get("IpProtocol");
        if (protocol == null) {
            throw new Unresolved("no IpProtocol");
        }
        String proto = String.valueOf(Intrinsics.literal(protocol));
        Integer from = ImportedProps.toInt(m.get("FromPort"));
        Integer to = ImportedProps.toInt(m.get("ToPort"));
        Object cidr = m.get("CidrIp");
        Object peer = m.get(egress ? "DestinationSecurityGroupId" : "SourceSecurityGroupId");
        if (peer == null && !egress) {
            peer = m.get("SourceSecurityGroupName");
        }
        String peerId = peer == null ? null : peerGroup(peer, groups);
        if ((cidr == null) == (peerId == null)) {
            throw new Unresolved("rule needs one peer");
        }
        Object description = m.get("Description");
        return new SgRule(proto, from == null ? -1 : from, to == null ? -1 : to,
                cidr == null ? null : cidr(cidr), peerId,
                description == null ? null : String.valueOf(Intrinsics.literal(description)));
    }
}
