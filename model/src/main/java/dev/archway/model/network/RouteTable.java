package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.ArrayList;
import java.util.List;

/** A route table. The local route of the VPC is implied and never listed. {@code main}: used by unassociated subnets. */
public record RouteTable(String id, String name, String vpcId, boolean main, List<Route> routes) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.ROUTE_TABLE;
    }

    public RouteTable {
        routes = Lists.copy(routes);
    }

    @Override
    public RouteTable withName(String newName) {
        return new RouteTable(id, newName, vpcId, main, routes);
    }

    public RouteTable withRoutes(List<Route> newRoutes) {
        return new RouteTable(id, name, vpcId, main, newRoutes);
    }

    @Override
    public List<String> references() {
        List<String> refs = new ArrayList<>(Ids.refs(vpcId));
        routes.stream().filter(r -> r.target() == RouteTarget.INTERNET_GATEWAY || r.target() == RouteTarget.NAT_GATEWAY)
                .map(Route::targetId).forEach(refs::add);
        return refs;
    }

    @Override
    public String container() {
        return vpcId;
    }
}
