package dev.archway.model.db;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.List;

public record DbSubnetGroup(String id, String name, String description, List<String> subnetIds) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.DB_SUBNET_GROUP;
    }

    public DbSubnetGroup {
        subnetIds = Lists.copy(subnetIds);
    }

    @Override
    public DbSubnetGroup withName(String newName) {
        return new DbSubnetGroup(id, newName, description, subnetIds);
    }

    @Override
    public List<String> references() {
        return Ids.refs(subnetIds);
    }
}
