package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.OpaqueResource;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a design into a CloudFormation template tree: every element's resources wired by Ref/GetAtt, per-environment
 * values as Parameters, endpoints as Outputs, and the diagram (ids, names, layout, elements without a resource) in
 * the template's {@code Metadata.Archway}, so that importing the template gives the design back.
 */
public final class CfnTemplateExporter {
    /**
     * A single template, the element each of its resources was written for (by logical id), and each element's main
     * resource (by element id).
     */
    record Written(Map<String, Object> template, Map<String, String> ownerOf, Map<String, String> mainResourceOf) {
    }

    public Map<String, Object> export(Design design) {
        return write(design).template();
    }

    Written write(Design design) {
        ExportContext cx = new ExportContext(design);
        Map<String, Object> kept = TemplateExtras.of(design);
        Map<String, Object> keptParameters = Cfn.asMap(kept.get("Parameters"));
        if (keptParameters != null) {
            keptParameters.keySet().forEach(cx.ids::claim);
            cx.parameters.putAll(keptParameters);
        }
        for (Element e : design.elements()) {
            if (CfnResourceCount.hasResource(e) && !cx.isExternal(e.id())) {
                cx.assignLogicalId(e);
            }
        }
        writeResources(cx);
        SourceValues.restore(design, cx.resources, cx.ownerOf);
        dropUnusedGeneratedParameters(cx);
        return new Written(assemble(cx, kept), cx.ownerOf, cx.logicalIds);
    }

    private void writeResources(ExportContext cx) {
        Design d = cx.design;
        NetworkExport net = new NetworkExport(cx);
        LoadBalancingExport lb = new LoadBalancingExport(cx, net);
        DnsDatabaseExport dns = new DnsDatabaseExport(cx, net);
        own(cx, Vpc.class).forEach(net::vpc);
        own(cx, InternetGateway.class).forEach(net::internetGateway);
        own(cx, RouteTable.class).forEach(net::routeTable);
        own(cx, NetworkAcl.class).forEach(net::networkAcl);
        own(cx, Subnet.class).forEach(net::subnet);
        own(cx, NatGateway.class).forEach(net::natGateway);
        CfnResourceCount counts = new CfnResourceCount(d);
        own(cx, SecurityGroup.class).forEach(sg -> net.securityGroup(sg, counts));
        own(cx, HostedZone.class).forEach(dns::hostedZone);
        own(cx, Certificate.class).forEach(dns::certificate);
        own(cx, LoadBalancer.class).forEach(lb::loadBalancer);
        own(cx, TargetGroup.class).forEach(lb::targetGroup);
        own(cx, Listener.class).forEach(lb::listener);
        own(cx, ListenerRule.class).forEach(lb::rule);
        own(cx, Ec2Instance.class).forEach(lb::instance);
        Map<String, String> clusters = EcsClusters.export(cx);
        own(cx, EcsService.class).forEach(s -> lb.ecsService(s, clusters));
        own(cx, AutoScalingGroup.class).forEach(new AutoScalingExport(cx, net)::group);
        own(cx, DnsRecord.class).forEach(dns::record);
        own(cx, DbSubnetGroup.class).forEach(dns::subnetGroup);
        own(cx, AuroraCluster.class).forEach(dns::cluster);
        own(cx, DbInstance.class).forEach(dns::instance);
        own(cx, OpaqueResource.class).forEach(o -> opaque(cx, o));
    }

    /** The elements of a type that write resources here: all but the external ones (another stack's, a Parameter's). */
    private static <T extends Element> List<T> own(ExportContext cx, Class<T> type) {
        return cx.design.all(type).stream().filter(e -> !cx.isExternal(e.id())).toList();
    }

    /** A Parameter the export made for a value that is now written back as the template said it is left out. */
    private static void dropUnusedGeneratedParameters(ExportContext cx) {
        java.util.Set<String> used = new java.util.HashSet<>();
        cx.resources.values().forEach(r -> used.addAll(TemplateChecks.referencesOf(Cfn.asMap(r))));
        cx.outputs.values().forEach(o -> used.addAll(TemplateChecks.referencesOf(Cfn.map("Properties", o))));
        for (String name : List.copyOf(cx.generatedParameters)) {
            if (!used.contains(name)) {
                cx.parameters.remove(name);
                cx.generatedParameters.remove(name);
            }
        }
    }

    private static void opaque(ExportContext cx, OpaqueResource o) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("Type", o.cfnType());
        o.attributes().forEach((k, v) -> resource.put(k, Cfn.copy(v)));
        if (!o.properties().isEmpty()) {
            resource.put("Properties", Cfn.copy(o.properties()));
        }
        cx.resources.put(cx.lid(o.id()), resource);
        cx.ownerOf.put(cx.lid(o.id()), o.id());
    }

    private Map<String, Object> assemble(ExportContext cx, Map<String, Object> kept) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("AWSTemplateFormatVersion", "2010-09-09");
        Object transform = kept.get("Transform");
        if (transform != null) {
            t.put("Transform", Cfn.copy(transform));
        }
        Object description = kept.get("Description");
        t.put("Description", description != null ? description : cx.design.name() + " (exported by Archway)");
        Map<String, Object> metadata = new LinkedHashMap<>();
        Map<String, Object> keptMetadata = Cfn.asMap(kept.get("Metadata"));
        if (keptMetadata != null) {
            metadata.putAll(keptMetadata);
        }
        metadata.put(CfnMetadata.KEY, CfnMetadata.write(cx, description == null));
        t.put("Metadata", metadata);
        if (!cx.parameters.isEmpty()) {
            t.put("Parameters", cx.parameters);
        }
        for (String section : List.of("Rules", "Mappings", "Conditions")) {
            if (kept.get(section) != null) {
                t.put(section, Cfn.copy(kept.get(section)));
            }
        }
        t.put("Resources", cx.resources);
        Map<String, Object> outputs = new LinkedHashMap<>();
        Map<String, Object> keptOutputs = Cfn.asMap(kept.get("Outputs"));
        if (keptOutputs != null) {
            outputs.putAll(keptOutputs);
        }
        cx.outputs.forEach((k, v) -> {
            if (!outputs.containsKey(k)) {
                outputs.put(k, v);
            }
        });
        if (!outputs.isEmpty()) {
            t.put("Outputs", outputs);
        }
        return t;
    }
}
