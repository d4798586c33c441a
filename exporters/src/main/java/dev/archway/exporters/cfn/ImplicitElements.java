package dev.archway.exporters.cfn;

import dev.archway.model.Bounds;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbRouter;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Region;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.ZoneSlot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The elements without a resource: regions, AZ columns, IP targets and application nodes. They come from the
 * template Metadata when it has them, else they are made as the resources need them (an AZ per VPC and zone name).
 */
final class ImplicitElements {
    private final ImportContext cx;
    final Map<String, Element> elements = new LinkedHashMap<>();
    final Map<String, Bounds> bounds = new LinkedHashMap<>();

    /** {@code regionCode}: the region a Region made here says, null when the template is not told one. */
    ImplicitElements(ImportContext cx, boolean createRegion, String regionCode) {
        this.cx = cx;
        for (Object o : cx.metadata.others()) {
            Map<String, Object> m = Cfn.asMap(o);
            Element e = m == null ? null : fromMetadata(m);
            if (e != null && !cx.names.contains(e.name())) {
                add(e, ImportMetadata.bounds(m.get("Bounds")));
            }
        }
        if (createRegion && defaultRegion() == null) {
            add(new Region("Region", uniqueName("Region"), regionCode), null);
        }
    }

    private void add(Element e, Bounds b) {
        elements.put(e.id(), e);
        cx.names.add(e.name());
        if (b != null) {
            bounds.put(e.id(), b);
        }
    }

    String uniqueName(String wanted) {
        String name = wanted;
        for (int n = 2; cx.names.contains(name) || cx.resources.containsKey(name); n++) {
            name = wanted + " " + n;
        }
        return name;
    }

    String defaultRegion() {
        return elements.values().stream().filter(e -> e instanceof Region).map(Element::id).findFirst().orElse(null);
    }

    /** The region of a VPC: as the Metadata says when that region exists, else the first region. */
    String regionFor(String vpcLogicalId) {
        if (cx.metadata.hasField(vpcLogicalId, "Region")) {
            Object id = cx.metadata.field(vpcLogicalId, "Region");
            if (id == null || elements.get(String.valueOf(id)) instanceof Region) {
                return id == null ? null : String.valueOf(id);
            }
        }
        return defaultRegion();
    }

    /** The AZ column of a VPC for a zone name, made when the VPC has none yet. */
    String az(String vpcId, String vpcName, String zone) {
        for (Element e : elements.values()) {
            if (e instanceof AvailabilityZone az && Objects.equals(az.vpcId(), vpcId) && az.zone().equals(zone)) {
                return az.id();
            }
        }
        String id = vpcId + "-" + zone;
        AvailabilityZone az = new AvailabilityZone(id, uniqueName(ZoneSlot.title(zone)), vpcId, zone);
        add(az, null);
        return id;
    }

    IpTarget ipTarget(String ip, String tgLid, int index) {
        for (Element e : elements.values()) {
            if (e instanceof IpTarget t && t.ip().equals(ip)) {
                return t;
            }
        }
        String subnet = null;
        for (Element e : cx.typed.values()) {
            if (e instanceof Subnet s && Cidr.isValid(s.cidr()) && Cidr.isValid(ip)
                    && Cidr.parse(s.cidr()).contains(ip)) {
                subnet = s.id();
            }
        }
        String id = tgLid + "Target" + (index + 1);
        IpTarget t = new IpTarget(id, uniqueName(id), ip, subnet, List.of());
        add(t, null);
        return t;
    }

    private static Element fromMetadata(Map<String, Object> m) {
        String kind = String.valueOf(m.get("Kind"));
        String id = (String) m.get("Id");
        String name = (String) m.get("Name");
        if (id == null || name == null) {
            return null;
        }
        switch (kind) {
            case "Region":
                return new Region(id, name, (String) m.get("Code"));
            case "AvailabilityZone":
                return new AvailabilityZone(id, name, (String) m.get("Vpc"), (String) m.get("Zone"));
            case "IpTarget":
                return new IpTarget(id, name, (String) m.get("Ip"), (String) m.get("Subnet"),
                        strings(m.get("SecurityGroups")));
            case "AppNode":
                return appNode(id, name, m);
            default:
                return null;
        }
    }

    private static AppNode appNode(String id, String name, Map<String, Object> m) {
        List<DbAlias> aliases = new ArrayList<>();
        for (Object o : list(m.get("Databases"))) {
            Map<String, Object> a = Cfn.asMap(o);
            aliases.add(new DbAlias((String) a.get("Alias"), (String) a.get("Cluster"), (String) a.get("Endpoint")));
        }
        List<DbRouter> routers = new ArrayList<>();
        for (Object o : list(m.get("Routers"))) {
            Map<String, Object> r = Cfn.asMap(o);
            routers.add(new DbRouter((String) r.get("Class"), (String) r.get("DbForRead"), (String) r.get("DbForWrite"),
                    (Boolean) r.get("AllowRelation"), (String) r.get("MigrateAlias")));
        }
        return new AppNode(id, name, (String) m.get("Framework"), strings(m.get("RunsOn")),
                strings(m.get("SecurityGroups")), aliases, routers);
    }

    private static List<Object> list(Object o) {
        List<Object> l = Cfn.asList(o);
        return l == null ? List.of() : l;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        list(o).forEach(x -> out.add(String.valueOf(x)));
        return out;
    }

    static boolean isPlacement(Element e) {
        return Set.of(Region.class, AvailabilityZone.class, IpTarget.class, AppNode.class).contains(e.getClass());
    }
}
