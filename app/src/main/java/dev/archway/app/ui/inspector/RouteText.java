package dev.archway.app.ui.inspector;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Routes as one line: {@code 0.0.0.0/0 → internet-gateway; 10.1.0.0/16 → pcx-123}. */
final class RouteText {
    private static final String ARROW = "→";

    private RouteText() {
    }

    static String format(Design design, List<Route> routes) {
        return routes.stream().map(r -> r.destinationCidr() + " " + ARROW + " " + (r.target() == RouteTarget.OTHER
                || r.target() == RouteTarget.LOCAL ? String.valueOf(r.targetId()) : design.nameOf(r.targetId())))
                .collect(Collectors.joining("; "));
    }


    static List<Route> parse(Design design, String text) {
        List<Route> routes = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] sides = part.replace("->", ARROW).split(ARROW);
            if (sides.length != 2 || !Cidr.isValid(sides[0].trim())) {
                throw new IllegalArgumentException("write CIDR → gateway, e.g. 0.0.0.0/0 → internet-gateway");
            }
            String target = sides[1].trim();
            Element gateway = design.byName(target).orElse(null);
            if (gateway instanceof InternetGateway) {
                routes.add(new Route(sides[0].trim(), RouteTarget.INTERNET_GATEWAY, gateway.id()));
            } else if (gateway instanceof NatGateway) {
                routes.add(new Route(sides[0].trim(), RouteTarget.NAT_GATEWAY, gateway.id()));
            } else if (target.equals("local")) {
                routes.add(new Route(sides[0].trim(), RouteTarget.LOCAL, "local"));
            } else if (target.matches("(pcx|vpce|tgw|eigw|vgw)-[0-9a-zA-Z]+")) {
                routes.add(new Route(sides[0].trim(), RouteTarget.OTHER, target));
            } else {
                throw new IllegalArgumentException("no internet or NAT gateway named '" + target + "'");
            }
        }
        return routes;
    }
}
