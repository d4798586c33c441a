package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import java.util.List;

/** An internet gateway; {@code vpcId} is the VPC it is attached to (null: detached). */
public record InternetGateway(String id, String name, String vpcId) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.INTERNET_GATEWAY;
    }

    @Override
    public InternetGateway withName(String newName) {
        return new InternetGateway(id, newName, vpcId);
    }

    @Override
    public List<String> references() {
        return Ids.refs(vpcId);
    }

    @Override
    public String container() {
        return vpcId;
    }
}
