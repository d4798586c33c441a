package dev.archway.model.network;

/**
 * One route: destination CIDR to a target. {@code targetId} names the internet or NAT gateway element;
 * for {@link RouteTarget#OTHER} it holds whatever the template said (a peering connection, an endpoint).
 */
public record Route(String destinationCidr, RouteTarget target, String targetId) {

    public static Route toInternetGateway(String igwId) {
        return new Route("0.0.0.0/0", RouteTarget.INTERNET_GATEWAY, igwId);
    }

    public static Route toNatGateway(String natId) {
        return new Route("0.0.0.0/0", RouteTarget.NAT_GATEWAY, natId);
    }
}
