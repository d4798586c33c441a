package dev.archway.model.diagram;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Containment lookups for the layout, computed once so that laying out 10,000 elements stays linear. */
final class ContainmentIndex {
    private final Design design;
    private final Map<String, List<Element>> byContainer = new HashMap<>();
    private final Map<String, List<AppNode>> appsByVpc = new HashMap<>();

    ContainmentIndex(Design design) {
        this.design = design;
        for (Element e : design.elements()) {
            if (e.container() != null) {
                byContainer.computeIfAbsent(e.container(), k -> new ArrayList<>()).add(e);
            }
        }
        for (AppNode app : design.all(AppNode.class)) {
            String vpc = vpcOf(app);
            if (vpc != null) {
                appsByVpc.computeIfAbsent(vpc, k -> new ArrayList<>()).add(app);
            }
        }
    }

    List<Vpc> vpcsIn(String regionId) {
        return contained(regionId, Vpc.class);
    }

    List<AvailabilityZone> azsOf(String vpcId) {
        return contained(vpcId, AvailabilityZone.class);
    }

    List<Subnet> subnetsOf(String azId) {
        return contained(azId, Subnet.class);
    }

    List<DbInstance> dbInstancesIn(String azId) {
        return contained(azId, DbInstance.class);
    }

    List<LoadBalancer> loadBalancersIn(String vpcId) {
        return contained(vpcId, LoadBalancer.class);
    }

    List<AuroraCluster> clustersIn(String vpcId) {
        return contained(vpcId, AuroraCluster.class);
    }

    List<AppNode> appsIn(String vpcId) {
        return appsByVpc.getOrDefault(vpcId, List.of());
    }

    /** What is drawn as an icon inside a subnet: NAT gateways, instances, IP targets and services. */
    List<String> iconsIn(String subnetId) {
        List<String> ids = new ArrayList<>();
        for (Element e : byContainer.getOrDefault(subnetId, List.of())) {
            if (e instanceof NatGateway || e instanceof Ec2Instance || e instanceof IpTarget || e instanceof EcsService) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    private <T extends Element> List<T> contained(String containerId, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Element e : byContainer.getOrDefault(containerId, List.of())) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    private String vpcOf(AppNode app) {
        for (String target : app.runsOn()) {
            Subnet subnet = design.get(subnetIdOf(design.get(target)), Subnet.class);
            if (subnet != null) {
                return subnet.vpcId();
            }
        }
        return null;
    }

    private static String subnetIdOf(Element target) {
        return target == null ? "" : String.valueOf(target.container());
    }
}
