package dev.archway.exporters.cfn;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.CustomEndpoint;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbRouter;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Region;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.Vpc;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The template's {@code Metadata.Archway}: element ids and names where they differ from the logical id, the layout,
 * the few fields a resource cannot carry, the elements that have no resource (region, AZ columns, application
 * nodes, IP targets), and which Parameters and Outputs the export generated.
 */
final class CfnMetadata {
    static final String KEY = "Archway";

    private CfnMetadata() {
    }

    static Map<String, Object> write(ExportContext cx, boolean generatedDescription) {
        Design d = cx.design;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("FormatVersion", 1);
        out.put("Design", d.name());
        Map<String, Object> elements = new LinkedHashMap<>();
        List<Object> others = new ArrayList<>();
        String firstRegion = d.all(Region.class).isEmpty() ? null : d.all(Region.class).get(0).id();
        Map<String, Object> externals = new LinkedHashMap<>();
        for (Element e : d.elements()) {
            if (cx.isExternal(e.id())) {
                externals.put(e.id(), Cfn.map("Bounds", d.bounds(e.id()) == null ? null : bounds(d.bounds(e.id()))));
                continue;
            }
            if (!CfnResourceCount.hasResource(e)) {
                others.add(other(e, d.bounds(e.id())));
                continue;
            }
            String lid = cx.lid(e.id());
            Map<String, Object> entry = new LinkedHashMap<>();
            if (!e.id().equals(lid)) {
                entry.put("Id", e.id());
            }
            if (!e.name().equals(lid)) {
                entry.put("Name", e.name());
            }
            if (d.bounds(e.id()) != null) {
                entry.put("Bounds", bounds(d.bounds(e.id())));
            }
            fields(e, d, firstRegion, entry);
            if (!entry.isEmpty()) {
                elements.put(lid, entry);
            }
        }
        out.put("Elements", elements);
        String carrier = TemplateExtras.carrier(d);
        if (carrier != null && cx.logicalIds.containsKey(carrier)) {
            out.put("TemplateExtrasOn", cx.lid(carrier));
        }
        if (!others.isEmpty()) {
            out.put("Others", others);
        }
        if (!externals.isEmpty()) {
            out.put("Externals", externals);
        }
        Map<String, Object> generated = new LinkedHashMap<>();
        generated.put("Parameters", new ArrayList<Object>(cx.generatedParameters));
        generated.put("Outputs", new ArrayList<Object>(cx.generatedOutputs));
        generated.put("Description", generatedDescription);
        out.put("Generated", generated);
        return out;
    }

    /** Fields that the element's resources cannot express. */
    private static void fields(Element e, Design d, String firstRegion, Map<String, Object> entry) {
        if (e instanceof Vpc v && !Objects.equals(v.regionId(), firstRegion)) {
            entry.put("Region", v.regionId());
        } else if (e instanceof RouteTable rt && rt.main()) {
            entry.put("Main", true);
        } else if (e instanceof LoadBalancer lb && !lb.elasticIps().isEmpty()) {
            entry.put("ElasticIps", new ArrayList<Object>(lb.elasticIps()));
        } else if (e instanceof NetworkAcl acl && acl.entries().stream()
                .anyMatch(x -> !(NetworkExport.naclProtocol(x.protocol()) instanceof Integer)
                        || !String.valueOf(NetworkExport.naclProtocol(x.protocol())).equals(x.protocol()))) {
            List<Object> protocols = new ArrayList<>();
            acl.entries().forEach(x -> protocols.add(x.protocol()));
            entry.put("Protocols", protocols);
        } else if (e instanceof AuroraCluster c) {
            if (!Objects.equals(c.vpcId(), DatabaseImport.derivedVpc(c, d))) {
                entry.put("Vpc", c.vpcId() == null ? false : c.vpcId()); // false: none (null fails cfn-lint E4002)
            }
            if (c.writerId() == null) {
                entry.put("Writer", false); // no writer chosen (a template value may not be null: cfn-lint E4002)
            }
            if (!c.customEndpoints().isEmpty()) {
                List<Object> endpoints = new ArrayList<>();
                for (CustomEndpoint ce : c.customEndpoints()) {
                    endpoints.add(Cfn.map("Name", ce.name(), "Type", ce.type(), "Members",
                            new ArrayList<Object>(ce.memberIds())));
                }
                entry.put("CustomEndpoints", endpoints);
            }
        }
    }

    private static List<Object> bounds(Bounds b) {
        return List.of(number(b.x()), number(b.y()), number(b.width()), number(b.height()));
    }

    /** Whole numbers as integers; others as strings, since templates hold no floating-point numbers. */
    private static Object number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) String.valueOf(v);
    }

    private static Map<String, Object> other(Element e, Bounds b) {
        Map<String, Object> m = Cfn.map("Kind", e.getClass().getSimpleName(), "Id", e.id(), "Name", e.name(),
                "Bounds", b == null ? null : bounds(b));
        if (e instanceof Region r) {
            if (r.code() != null) {
                m.put("Code", r.code());
            }
        } else if (e instanceof AvailabilityZone az) {
            m.putAll(Cfn.map("Vpc", az.vpcId(), "Zone", az.zone()));
        } else if (e instanceof IpTarget ip) {
            m.putAll(Cfn.map("Ip", ip.ip(), "Subnet", ip.subnetId(), "SecurityGroups",
                    new ArrayList<Object>(ip.securityGroupIds())));
        } else if (e instanceof AppNode app) {
            List<Object> dbs = new ArrayList<>();
            for (DbAlias a : app.databases()) {
                dbs.add(Cfn.map("Alias", a.alias(), "Cluster", a.clusterId(), "Endpoint", a.endpoint()));
            }
            List<Object> routers = new ArrayList<>();
            for (DbRouter r : app.routers()) {
                routers.add(Cfn.map("Class", r.className(), "DbForRead", r.dbForRead(), "DbForWrite", r.dbForWrite(),
                        "AllowRelation", r.allowRelation(), "MigrateAlias", r.migrateAlias()));
            }
            m.putAll(Cfn.map("Framework", app.framework(), "RunsOn", new ArrayList<Object>(app.runsOn()),
                    "SecurityGroups", new ArrayList<Object>(app.securityGroupIds()), "Databases", dbs,
                    "Routers", routers));
        }
        return m;
    }

}
