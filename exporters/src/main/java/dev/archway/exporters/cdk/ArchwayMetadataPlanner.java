package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.get;
import static dev.archway.exporters.cdk.CdkExpr.lit;

import dev.archway.model.Bounds;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.CustomEndpoint;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbRouter;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Region;
import dev.archway.model.network.RouteTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template's {@code Metadata.Archway}, in the format the CloudFormation export writes: per resource (keyed by
 * its logical id, which CDK computes at synth time) the element's id, name and diagram bounds, plus the elements
 * that have no resource (region, AZ columns, IP targets, applications). Importing the synthesized template then
 * gives back the design, names and picture included.
 */
final class ArchwayMetadataPlanner {
    private static final CdkType CFN_ELEMENT = CdkType.core("CfnElement");
    private final CdkStackDraft plan;

    ArchwayMetadataPlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        plan.about(null);
        plan(plan.design.elements(), true, plan.outputs(), List.of("BootstrapVersion"));
    }

    /**
     * The metadata of one nested stack: its elements' entries and outputs; the first stack also carries the elements
     * without a resource. Parameters CDK adds to pass values between stacks are its own, so none is listed.
     */
    void planPart(java.util.Collection<Element> elements, boolean withOthers, List<String> outputs) {
        plan(elements, withOthers, outputs, List.of());
    }

    private void plan(java.util.Collection<Element> elements, boolean withOthers, List<String> outputs,
            List<String> parameters) {
        plan.comment("Archway metadata: `archway import` of the synthesized template restores names, ids and layout");
        String entries = plan.freshName("archway elements");
        String others = plan.freshName("archway others");
        plan.add(new CdkStatement.DeclareMap(entries));
        plan.add(new CdkStatement.DeclareList(others));
        for (Element e : elements) {
            if (e instanceof Region || e instanceof AvailabilityZone || e instanceof IpTarget || e instanceof AppNode) {
                if (withOthers) {
                    plan.add(new CdkStatement.Append(others, other(e)));
                }
                continue;
            }
            CdkExpr resource = resourceOf(e);
            if (resource != null) {
                plan.add(new CdkStatement.Put(entries, CdkExpr.call(CdkExpr.THIS, "getLogicalId", resource),
                        entry(e)));
            }
        }
        Map<String, CdkExpr> archway = new LinkedHashMap<>();
        archway.put("FormatVersion", lit(1));
        archway.put("Design", lit(plan.design.name()));
        archway.put("Elements", CdkExpr.var(entries));
        archway.put("Others", CdkExpr.var(others));
        archway.put("Generated", new CdkExpr.MapOf(Map.of("Parameters", CdkExpr.strings(parameters),
                "Outputs", CdkExpr.strings(outputs), "Description", lit(true))));
        plan.run(CdkExpr.call(CdkExpr.THIS, "addMetadata", lit("Archway"), new CdkExpr.MapOf(archway)));
    }

    /** The CloudFormation resource behind the element's construct, or null when it has none. */
    private CdkExpr resourceOf(Element e) {
        if (e instanceof DbInstance i && plan.has(i.clusterId())) {
            CdkExpr instance = CdkExpr.call(get(plan.ref(i.clusterId()), "node"), "findChild",
                    lit(CdkNames.constructId(i.name())));
            return new CdkExpr.Cast(CFN_ELEMENT, get(get(instance, "node"), "defaultChild"));
        }
        if (e instanceof EcsService && plan.has(e.id())) {
            return new CdkExpr.Cast(CFN_ELEMENT, CdkExpr.call(get(plan.ref(e.id()), "node"), "findChild",
                    lit("Service")));
        }
        String key = plan.has(CdkStackDraft.cfn(e.id())) ? CdkStackDraft.cfn(e.id()) : e.id();
        CdkType type = plan.typeOf(key);
        if (type == null || type.name().matches("I[A-Z].*")) {
            return null;
        }
        CdkExpr construct = plan.ref(key);
        return type.name().startsWith("Cfn") ? construct
                : new CdkExpr.Cast(CFN_ELEMENT, get(get(construct, "node"), "defaultChild"));
    }

    private CdkExpr entry(Element e) {
        CdkProps entry = CdkProps.of().lit("Id", e.id()).lit("Name", e.name()).put("Bounds", bounds(e));
        if (e instanceof RouteTable rt && rt.main()) {
            entry.lit("Main", true);
        } else if (e instanceof LoadBalancer lb && !lb.elasticIps().isEmpty()) {
            entry.put("ElasticIps", CdkExpr.strings(lb.elasticIps()));
        } else if (e instanceof AuroraCluster c) {
            entry.lit("Vpc", c.vpcId());
            if (!c.customEndpoints().isEmpty()) {
                entry.put("CustomEndpoints", CdkExpr.list(c.customEndpoints().stream().map(this::endpoint).toList()));
            }
        }
        return new CdkExpr.MapOf(entry.map());
    }

    private CdkExpr endpoint(CustomEndpoint ce) {
        return new CdkExpr.MapOf(CdkProps.of().lit("Name", ce.name()).lit("Type", ce.type())
                .put("Members", CdkExpr.strings(ce.memberIds())).map());
    }

    private CdkExpr other(Element e) {
        CdkProps m = CdkProps.of().lit("Kind", e.getClass().getSimpleName()).lit("Id", e.id()).lit("Name", e.name())
                .put("Bounds", bounds(e));
        if (e instanceof Region r) {
            m.lit("Code", r.code());
        } else if (e instanceof AvailabilityZone az) {
            m.lit("Vpc", az.vpcId()).lit("Zone", az.zone());
        } else if (e instanceof IpTarget ip) {
            m.lit("Ip", ip.ip()).lit("Subnet", ip.subnetId()).put("SecurityGroups",
                    CdkExpr.strings(ip.securityGroupIds()));
        } else if (e instanceof AppNode app) {
            m.lit("Framework", app.framework()).put("RunsOn", CdkExpr.strings(app.runsOn()))
                    .put("SecurityGroups", CdkExpr.strings(app.securityGroupIds()))
                    .put("Databases", CdkExpr.list(app.databases().stream().map(ArchwayMetadataPlanner::alias).toList()))
                    .put("Routers", CdkExpr.list(app.routers().stream().map(ArchwayMetadataPlanner::router).toList()));
        }
        return new CdkExpr.MapOf(m.map());
    }

    private static CdkExpr alias(DbAlias a) {
        return new CdkExpr.MapOf(CdkProps.of().lit("Alias", a.alias()).lit("Cluster", a.clusterId())
                .lit("Endpoint", a.endpoint()).map());
    }

    private static CdkExpr router(DbRouter r) {
        return new CdkExpr.MapOf(CdkProps.of().lit("Class", r.className()).lit("DbForRead", r.dbForRead())
                .lit("DbForWrite", r.dbForWrite()).lit("AllowRelation", r.allowRelation())
                .lit("MigrateAlias", r.migrateAlias()).map());
    }

    private CdkExpr bounds(Element e) {
        Bounds b = plan.design.bounds(e.id());
        return b == null ? null : CdkExpr.list(List.of(number(b.x()), number(b.y()), number(b.width()),
                number(b.height())));
    }

    private static CdkExpr number(double v) {
        return lit(v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v);
    }
}
