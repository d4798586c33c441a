package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.LaunchType;
import dev.archway.model.lb.NetworkMode;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ECS services, with awsvpc networking or with bridge or host networking on the cluster's container instances. A
 * task definition or cluster that export would write the same way is absorbed; any other is kept as its own
 * resource, and the service keeps its reference to it.
 */
final class EcsImport {
    private final ImportContext cx;

    EcsImport(ImportContext cx) {
        this.cx = cx;
    }

    void run() {
        Map<String, String> clusterNames = new LinkedHashMap<>();
        for (String lid : cx.free("AWS::ECS::Service")) {
            try {
                ImportedProps p = cx.props(lid);
                String launch = p.string("LaunchType");
                if (launch == null && !p.has("CapacityProviderStrategy")) {
                    launch = "EC2"; // the documented default when no capacity provider strategy is given
                }
                if (launch == null) {
                    throw new Unresolved(ImportedProps.at("CapacityProviderStrategy") + "a capacity provider strategy, which "
                            + "the model does not draw");
                }
                int desired = p.has("DesiredCount") ? p.integer("DesiredCount") : 1;
                Map<String, Object> network = Cfn.asMap(p.value("NetworkConfiguration"));
                Map<String, Object> vpc = network == null ? null : Cfn.asMap(network.get("AwsvpcConfiguration"));
                NetworkMode mode = vpc != null ? NetworkMode.AWSVPC : onInstances(p, launch);
                List<String> subnets = vpc == null ? List.of() : ids(vpc.get("Subnets"), Subnet.class);
                List<String> groups = vpc == null ? List.of() : ids(vpc.get("SecurityGroups"), SecurityGroup.class);
                boolean publicIp = vpc != null && "ENABLED".equals(vpc.get("AssignPublicIp"));
                List<String> targetGroups = new ArrayList<>();
                String containerName = null;
                Integer containerPort = null;
                Object lbs = p.value("LoadBalancers");
                if (lbs != null) {
                    for (Object o : Cfn.asList(lbs)) {
                        Map<String, Object> m = Cfn.asMap(o);
                        targetGroups.add(cx.referenced(m.get("TargetGroupArn"), TargetGroup.class).id());
                        containerName = m.get("ContainerName") == null ? containerName
                                : String.valueOf(Intrinsics.literal(m.get("ContainerName")));
                        containerPort = ImportedProps.toInt(m.get("ContainerPort"));
                    }
                }
                String cluster = cluster(p, lid, clusterNames);
                String image = null;
                String taskDef = taskDefinitionOf(p);
                if (taskDef != null) {
                    Map<String, Object> container = firstContainer(taskDef);
                    image = container == null ? null : evaluated(container.get("Image"));
                    if (containerName == null && container != null) {
                        containerName = evaluated(container.get("Name"));
                    }
                }
                p.dropDependsOnTypes(Set.of("AWS::ElasticLoadBalancingV2::Listener",
                        "AWS::ElasticLoadBalancingV2::ListenerRule"));
                EcsService s = new EcsService(cx.elementId(lid), cx.name(lid), cluster, LaunchType.valueOf(launch),
                        subnets, groups, desired, containerName, containerPort == null ? 0 : containerPort, image,
                        publicIp, mode);
                if (taskDef != null && cx.isFree(taskDef)
                        && LoadBalancingExport.taskDefinition(s).equals(cx.props(taskDef).rawProperties())) {
                    p.value("TaskDefinition");
                    ImportedProps t = cx.props(taskDef);
                    t.readAll();
                    cx.addTyped(lid, s, p);
                    cx.absorb(s.id(), lid, "TaskDefinition", lid + "TaskDefinition", t);
                } else {
                    cx.addTyped(lid, s, p);
                }
                for (String tg : targetGroups) {
                    cx.registerTarget(tg, s.id());
                }
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    /**
     * The network mode of a service without an awsvpc configuration (which awsvpc requires): its task definition's
     * {@code NetworkMode}, bridge when it names none (the EC2 default) or is not in the template. Its tasks run on
     * the cluster's container instances, which Fargate has none of. A service without a task definition takes its
     * tasks from task sets, which say their own networking.
     */
    private NetworkMode onInstances(ImportedProps p, String launch) throws Unresolved {
        if (!"EC2".equals(launch)) {
            throw new Unresolved(ImportedProps.at("NetworkConfiguration") + "none, which " + launch + " requires");
        }
        if (!p.has("TaskDefinition")) {
            throw new Unresolved(ImportedProps.at("TaskDefinition") + "none: its tasks come from task sets (an EXTERNAL "
                    + "deployment controller), which the model does not draw");
        }
        String taskDef = taskDefinitionOf(p);
        Object named = taskDef == null ? null : cx.props(taskDef).rawProperties().get("NetworkMode");
        String text = named == null ? "bridge" : evaluated(named);
        NetworkMode mode = NetworkMode.fromAws(text);
        if (mode == null || mode == NetworkMode.AWSVPC) {
            throw new Unresolved(ImportedProps.at("NetworkConfiguration") + "none, where the task definition's "
                    + "NetworkMode is " + (text == null ? Explain.brief(named) : text));
        }
        return mode;
    }

    /** A container field as the task runs it (a Parameter's value under the assumptions); null if unknown. */
    private String evaluated(Object value) {
        try {
            Object v = cx.intrinsics.resolve(value);
            return v == null || v == Intrinsics.NO_VALUE ? null : String.valueOf(Intrinsics.literal(v));
        } catch (Unresolved e) {
            return null;
        }
    }

    private String taskDefinitionOf(ImportedProps p) {
        return p.raw("TaskDefinition") instanceof Map<?, ?> m && m.get("Ref") instanceof String s
                && "AWS::ECS::TaskDefinition".equals(cx.typeOf(s)) ? s : null;
    }

    private Map<String, Object> firstContainer(String taskDef) {
        List<Object> containers = Cfn.asList(cx.props(taskDef).rawProperties().get("ContainerDefinitions"));
        return containers == null || containers.isEmpty() ? null : Cfn.asMap(containers.get(0));
    }

    /** The cluster name; absorbs a plain ECS::Cluster that only services use, else keeps the reference raw. */
    private String cluster(ImportedProps p, String serviceLid, Map<String, String> names) throws Unresolved {
        Object raw = p.raw("Cluster");
        if (raw instanceof Map<?, ?> m && m.get("Ref") instanceof String clusterLid
                && "AWS::ECS::Cluster".equals(cx.typeOf(clusterLid))) {
            if (names.containsKey(clusterLid)) {
                p.value("Cluster");
                return names.get(clusterLid);
            }
            ImportedProps c = cx.props(clusterLid);
            boolean plain = Set.of("ClusterName").containsAll(c.rawProperties().keySet()) && !c.hasAttributes();
            if (cx.isFree(clusterLid) && plain && onlyServicesUse(clusterLid)) {
                String name = c.has("ClusterName") ? c.string("ClusterName") : clusterLid;
                p.value("Cluster");
                cx.absorb(cx.elementId(serviceLid), serviceLid, "Cluster", EcsClusters.defaultLogicalId(name), c);
                names.put(clusterLid, name);
                return name;
            }
            return clusterLid;
        }
        if (raw instanceof String s) {
            p.value("Cluster");
            return s;
        }
        return "external";
    }

    private boolean onlyServicesUse(String clusterLid) {
        for (Map.Entry<String, Object> e : cx.resources.entrySet()) {
            Map<String, Object> r = Cfn.asMap(e.getValue());
            if (!"AWS::ECS::Service".equals(r.get("Type")) && TemplateChecks.referencesOf(r).contains(clusterLid)) {
                return false;
            }
        }
        return true;
    }

    private <T extends dev.archway.model.Element> List<String> ids(Object value, Class<T> type) throws Unresolved {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (Object o : Cfn.asList(value)) {
                out.add(cx.referenced(o, type).id());
            }
        }
        return out;
    }

}
