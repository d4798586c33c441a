package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import java.util.List;

public record Vpc(String id, String name, String regionId, String cidr) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.VPC;
    }

    @Override
    public Vpc withName(String newName) {
        return new Vpc(id, newName, regionId, cidr);
    }

    public Vpc withCidr(String newCidr) {
        return new Vpc(id, name, regionId, newCidr);
    }

    @Override
    public List<String> references() {
        return Ids.refs(regionId);
    }

    @Override
    public String container() {
        return regionId;
    }
}
