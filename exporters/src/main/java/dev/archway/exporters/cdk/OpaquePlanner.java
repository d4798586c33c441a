package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;

import dev.archway.model.OpaqueResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resources the model does not interpret, as generic {@code CfnResource}s with their properties verbatim. Their
 * logical ids are kept ({@code overrideLogicalId}) so that Ref and GetAtt inside those properties still resolve
 * when they point at each other.
 */
final class OpaquePlanner {
    private final CdkStackDraft plan;

    OpaquePlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        List<OpaqueResource> resources = plan.design.all(OpaqueResource.class);
        if (!resources.isEmpty()) {
            plan.about(null);
            plan.comment("resources kept as written in the imported template");
        }
        CdkType type = CdkType.core("CfnResource");
        for (OpaqueResource r : resources) {
            plan.about(r.id());
            CdkExpr created = plan.declare(r.id(), r.name(), type, new CdkExpr.Construct(type,
                    CdkNames.constructId(r.name()), CdkProps.of().lit("type", r.cfnType())
                            .put("properties", r.properties().isEmpty() ? null : value(r.properties())).map()));
            plan.run(CdkExpr.call(created, "overrideLogicalId", lit(r.name())));
        }
    }

    static CdkExpr value(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, CdkExpr> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    entries.put(String.valueOf(k), value(v));
                }
            });
            return new CdkExpr.MapOf(entries);
        }
        if (value instanceof List<?> list) {
            List<CdkExpr> items = new ArrayList<>();
            list.stream().filter(v -> v != null).forEach(v -> items.add(value(v)));
            return CdkExpr.list(items);
        }
        return lit(value);
    }
}
