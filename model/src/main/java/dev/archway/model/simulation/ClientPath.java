package dev.archway.model.simulation;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;

/**
 * Where a client stands relative to a load balancer's VPC. An internal load balancer's nodes have only private
 * addresses (doc §2.1), so only a client with a path into the VPC reaches them: one inside the VPC's CIDR, or one
 * the node subnet's route table reaches through a peering connection, a VPN or Direct Connect gateway, or a transit
 * gateway (a route to something other than an internet or NAT gateway that covers the client's address).
 */
final class ClientPath {
    private final Topology topology;
    private final LoadBalancer lb;
    private final Subnet node;
    private final SimRequest request;
    private final Cidr vpcBlock;

    ClientPath(Topology topology, LoadBalancer lb, Subnet node, SimRequest request) {
        this.topology = topology;
        this.lb = lb;
        this.node = node;
        this.request = request;
        Vpc vpc = topology.get(lb.vpcId(), Vpc.class);
        this.vpcBlock = vpc == null ? null : NaclCheck.cidr(vpc.cidr());
    }

    /** The client is not inside the VPC (an unknown VPC range counts as outside). */
    boolean fromInternet() {
        return vpcBlock == null || !vpcBlock.contains(request.sourceAddress());
    }

    boolean intoVpc() {
        return !fromInternet() || privateRoute() != null;
    }

    /** The route of the node's subnet that leads back to the client over a private connection, if any. */
    Route privateRoute() {
        RouteTable rt = topology.routeTableOf(node);
        if (rt == null) {
            return null;
        }
        for (Route r : rt.routes()) {
            Cidr destination = NaclCheck.cidr(r.destinationCidr());
            boolean covers = destination != null && destination.contains(request.sourceAddress());
            if (r.target() == RouteTarget.OTHER && covers) {
                return r;
            }
        }
        return null;
    }

    String internalUnreachable(LbNode n) {
        String where = vpcBlock == null ? "outside the VPC" : "outside the VPC's " + vpcBlock;
        return lb.name() + " is internal: its node in " + n.zoneLabel() + " has only a private address, and client "
                + request.sourceIp() + " is " + where + " with no peering, VPN or Direct Connect route from subnet "
                + node.name() + " back to it; its security groups never see the request (doc §2.1)";
    }
}
