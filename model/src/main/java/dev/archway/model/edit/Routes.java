package dev.archway.model.edit;

import dev.archway.model.Element;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import java.util.ArrayList;
import java.util.List;

/** Route edits: the default route (0.0.0.0/0) of a table to an internet or NAT gateway, replacing the old one. */
public final class Routes {
    public static final String ANYWHERE = "0.0.0.0/0";

    private Routes() {
    }

    public static RouteTable defaultRouteTo(RouteTable rt, Element gateway) {
        List<Route> routes = new ArrayList<>();
        rt.routes().stream().filter(r -> !ANYWHERE.equals(r.destinationCidr())).forEach(routes::add);
        routes.add(gateway instanceof InternetGateway ? Route.toInternetGateway(gateway.id())
                : Route.toNatGateway(gateway.id()));
        return rt.withRoutes(routes);
    }

    /** The table without its default route. */
    public static RouteTable withoutDefaultRoute(RouteTable rt) {
        return rt.withRoutes(rt.routes().stream().filter(r -> !ANYWHERE.equals(r.destinationCidr())).toList());
    }
}
