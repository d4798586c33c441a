package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import java.util.List;

/**
 * A subnet in one AZ. {@code routeTableId} null means the VPC's main route table; {@code networkAclId} null means
 * the VPC's default network ACL (which allows everything). Whether it is public follows from its routes, never
 * from a flag: see {@code Topology.isPublic}.
 */
public record Subnet(String id, String name, String vpcId, String azId, String cidr, String routeTableId,
        String networkAclId, boolean mapPublicIpOnLaunch) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.SUBNET;
    }

    @Override
    public Subnet withName(String newName) {
        return new Subnet(id, newName, vpcId, azId, cidr, routeTableId, networkAclId, mapPublicIpOnLaunch);
    }

    public Subnet withAz(String newAzId) {
        return new Subnet(id, name, vpcId, newAzId, cidr, routeTableId, networkAclId, mapPublicIpOnLaunch);
    }

    public Subnet withCidr(String newCidr) {
        return new Subnet(id, name, vpcId, azId, newCidr, routeTableId, networkAclId, mapPublicIpOnLaunch);
    }

    public Subnet withRouteTable(String newRouteTableId) {
        return new Subnet(id, name, vpcId, azId, cidr, newRouteTableId, networkAclId, mapPublicIpOnLaunch);
    }

    public Subnet withNetworkAcl(String newAclId) {
        return new Subnet(id, name, vpcId, azId, cidr, routeTableId, newAclId, mapPublicIpOnLaunch);
    }

    @Override
    public List<String> references() {
        return Ids.refs(vpcId, azId, routeTableId, networkAclId);
    }

    @Override
    public String container() {
        return azId;
    }
}
