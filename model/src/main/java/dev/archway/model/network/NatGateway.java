package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import java.util.List;

/** A NAT gateway in one subnet. A public one needs an Elastic IP and a public subnet. */
public record NatGateway(String id, String name, String subnetId, boolean publicConnectivity, boolean elasticIp)
        implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.NAT_GATEWAY;
    }

    @Override
    public NatGateway withName(String newName) {
        return new NatGateway(id, newName, subnetId, publicConnectivity, elasticIp);
    }

    public NatGateway withSubnet(String newSubnetId) {
        return new NatGateway(id, name, newSubnetId, publicConnectivity, elasticIp);
    }

    @Override
    public List<String> references() {
        return Ids.refs(subnetId);
    }

    @Override
    public String container() {
        return subnetId;
    }
}
