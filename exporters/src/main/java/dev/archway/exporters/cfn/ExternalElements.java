package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.External;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.Element;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.network.ZoneSlot;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VPCs, subnets and security groups a template takes from outside (see {@link ExternalValues}), made as the
 * resources that use them are imported, so that those resources are modelled. Each is named by its Parameter or
 * export, has no resource, and is written back as the expression the template used. What the template cannot say
 * about them is assumed, and listed in the element's {@code Archway::External} extras under {@code Assumed}: a VPC
 * CIDR of {@code 10.200.0.0/16} (the next external VPC {@code 10.201.0.0/16}), subnets as consecutive /24 blocks of
 * their VPC, alternating between the region's first two zones in the order the template names them, and security
 * groups that admit all traffic from their VPC; an imported listener is HTTP:80 on an internet-facing ALB in two
 * subnets of its VPC (see {@link LoadBalancingExternals}); a certificate (an ARN from a Parameter, an import or a
 * literal) is taken to cover every host ({@link Certificate#deployTimeName}).
 */
final class ExternalElements {
    private final ImportContext cx;
    private final ImplicitElements places;
    private final Map<String, Element> byKey = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> marks = new LinkedHashMap<>();

    ExternalElements(ImportContext cx, ImplicitElements places) {
        this.cx = cx;
        this.places = places;
    }

    <T extends Element> T element(External x, Class<T> type) throws Unresolved {
        Element known = byKey.get(x.key());
        if (known == null) {
            known = make(x, type);
            byKey.put(x.key(), known);
        }
        if (!type.isInstance(known)) {
            throw new Unresolved(x.name() + " is used as a " + known.getClass().getSimpleName() + " elsewhere");
        }
        return type.cast(known);
    }

    /** The account's default VPC, where a security group without a {@code VpcId} is made. */
    Vpc defaultVpc() throws Unresolved {
        return element(new External("DefaultVpc", "default VPC", null), Vpc.class);
    }

    /** Puts a changed outside element in place of the one with its id (a target registered in an outside group). */
    void update(Element changed) {
        byKey.replaceAll((key, e) -> e.id().equals(changed.id()) ? changed : e);
    }

    /**
     * The default subnet of the default VPC in a zone: where an Auto Scaling group given only
     * {@code AvailabilityZones} launches. It maps public IPs, as default subnets do; the template writes nothing for
     * it.
     */
    Subnet defaultSubnet(String zone) throws Unresolved {
        Vpc vpc = defaultVpc();
        String key = "DefaultSubnet:" + zone;
        Element known = byKey.get(key);
        if (known == null) {
            String name = places.uniqueName("default subnet " + ZoneSlot.title(zone));
            cx.names.add(name);
            String cidr = nthBlock(vpc.cidr(), subnetsIn(vpc.id()));
            String id = "external-" + LogicalIds.sanitize("DefaultSubnet " + zone, "Value");
            known = new Subnet(id, name, vpc.id(), places.az(vpc.id(), vpc.name(), zone), cidr, null, null, true);
            marks.put(id, Cfn.map("Expression", null, "Assumed", Cfn.map("CidrBlock", cidr, "AvailabilityZone",
                    zone)));
            byKey.put(key, known);
        }
        return (Subnet) known;
    }

    Element byId(String elementId) {
        return byKey.values().stream().filter(e -> e.id().equals(elementId)).findFirst().orElse(null);
    }

    List<Element> all() {
        return new ArrayList<>(byKey.values());
    }

    /** The {@code Archway::External} extras of each external element, by element id. */
    Map<String, Map<String, Object>> marks() {
        return marks;
    }

    private Element make(External x, Class<?> type) throws Unresolved {
        String id = "external-" + LogicalIds.sanitize(x.name(), "Value");
        String name = places.uniqueName(x.name());
        cx.names.add(name);
        Element e;
        Map<String, Object> assumed = new LinkedHashMap<>();
        if (type == Vpc.class) {
            String cidr = "10." + (200 + count(Vpc.class)) + ".0.0/16";
            assumed.put("CidrBlock", cidr);
            e = new Vpc(id, name, places.defaultRegion(), cidr);
        } else if (type == Subnet.class) {
            e = subnet(id, name, vpcFor(x), assumed);
        } else if (type == Listener.class || type == LoadBalancer.class || type == TargetGroup.class) {
            e = LoadBalancingExternals.make(this, x, type, id, name, assumed);
        } else if (type == SecurityGroup.class) {
            Vpc vpc = vpcFor(x);
            assumed.put("Ingress", "all traffic from " + vpc.cidr());
            e = new SecurityGroup(id, name, vpc.id(), name, List.of(SgRule.allTraffic(vpc.cidr())),
                    List.of(SgRule.allTraffic("0.0.0.0/0")));
        } else if (type == Certificate.class) {
            String domain = Certificate.deployTimeName(x.name());
            assumed.put("DomainName", domain + ": covers every host the listener serves");
            e = new Certificate(id, name, domain, List.of(), null);
        } else {
            throw new Unresolved(x.name() + " comes from outside the template, where the model draws no "
                    + type.getSimpleName());
        }
        marks.put(id, Cfn.map("Expression", Cfn.copy(x.expression()), "Assumed", assumed));
        return e;
    }

    Subnet subnet(String id, String name, Vpc vpc, Map<String, Object> assumed) {
        int n = subnetsIn(vpc.id());
        String zone = ZoneSlot.of(n % 2);
        String cidr = nthBlock(vpc.cidr(), n);
        assumed.putAll(Cfn.map("CidrBlock", cidr, "AvailabilityZone", zone));
        return new Subnet(id, name, vpc.id(), places.az(vpc.id(), vpc.name(), zone), cidr, null, null, false);
    }

    /** An outside element that only other outside elements need (it has no expression of its own). */
    <T extends Element> T helper(String key, String name, Class<T> type) throws Unresolved {
        return element(new External(key, name, null), type);
    }

    /** An outside subnet made for an outside element in a given VPC. */
    Subnet helperSubnet(String key, String name, Vpc vpc) {
        Element known = byKey.get(key);
        if (known instanceof Subnet s) {
            return s;
        }
        String id = "external-" + LogicalIds.sanitize(name, "Value");
        String unique = places.uniqueName(name);
        cx.names.add(unique);
        Map<String, Object> assumed = new LinkedHashMap<>();
        Subnet s = subnet(id, unique, vpc, assumed);
        byKey.put(key, s);
        marks.put(id, Cfn.map("Expression", null, "Assumed", assumed));
        return s;
    }

    /** The VPC of an outside subnet or group: the only VPC there is, else one assumed for it. */
    Vpc vpcFor(External x) throws Unresolved {
        List<Vpc> vpcs = new ArrayList<>();
        byKey.values().stream().filter(v -> v instanceof Vpc).forEach(v -> vpcs.add((Vpc) v));
        if (vpcs.isEmpty()) {
            cx.typed.values().stream().filter(v -> v instanceof Vpc).forEach(v -> vpcs.add((Vpc) v));
        }
        if (vpcs.size() == 1) {
            return vpcs.get(0);
        }
        External own = new External("VpcOf:" + x.key(), "VPC of " + x.name(), null);
        Element made = byKey.get(own.key());
        if (made == null) {
            made = make(own, Vpc.class);
            byKey.put(own.key(), made);
        }
        return (Vpc) made;
    }

    private int count(Class<?> type) {
        return (int) byKey.values().stream().filter(type::isInstance).count();
    }

    private int subnetsIn(String vpcId) {
        return (int) byKey.values().stream().filter(e -> e instanceof Subnet s && s.vpcId().equals(vpcId)).count();
    }

    private static String nthBlock(String vpcCidr, int n) {
        Cidr c = Cidr.parse(vpcCidr);
        String base = c.toString().split("/")[0];
        String[] o = base.split("\\.");
        long a = (Long.parseLong(o[0]) << 24) | (Long.parseLong(o[1]) << 16) | (Long.parseLong(o[2]) << 8);
        a += 256L * n;
        return ((a >> 24) & 0xFF) + "." + ((a >> 16) & 0xFF) + "." + ((a >> 8) & 0xFF) + ".0/24";
    }

    static boolean isExternal(dev.archway.model.Design design, String elementId) {
        return CfnResourceCount.isExternal(design, elementId);
    }
}
