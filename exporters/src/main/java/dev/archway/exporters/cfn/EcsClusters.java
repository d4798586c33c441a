package dev.archway.exporters.cfn;

import dev.archway.model.lb.EcsService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code AWS::ECS::Cluster} per cluster name that the design's services run in. */
final class EcsClusters {
    private EcsClusters() {
    }

    /** Writes the clusters; returns the logical id of each cluster name. */
    static Map<String, String> export(ExportContext cx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (EcsService s : cx.design.all(EcsService.class)) {
            if (cx.hasExtra(s.id(), "Cluster") || s.cluster() == null || out.containsKey(s.cluster())) {
                continue;
            }
            String logicalId = cx.auxIdOr(s.id(), "Cluster", defaultLogicalId(s.cluster()));
            cx.addAux(s.id(), "Cluster", logicalId, "AWS::ECS::Cluster", Cfn.map("ClusterName", s.cluster()),
                    List.of());
            out.put(s.cluster(), logicalId);
        }
        return out;
    }

    static String defaultLogicalId(String cluster) {
        String stem = LogicalIds.sanitize(cluster, "Ecs");
        return stem.endsWith("Cluster") ? stem : stem + "Cluster";
    }
}
