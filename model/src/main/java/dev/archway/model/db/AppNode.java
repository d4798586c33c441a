package dev.archway.model.db;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.ArrayList;
import java.util.List;

/**
 * An application that uses Aurora through a read/write router (Django's {@code DATABASE_ROUTERS}).
 * {@code framework} is {@code django} for now. It runs on the targets listed in {@code runsOn} (instances or
 * services), whose security groups are the application's.
 */
public record AppNode(String id, String name, String framework, List<String> runsOn, List<String> securityGroupIds,
        List<DbAlias> databases, List<DbRouter> routers) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.APP_NODE;
    }

    public AppNode {
        runsOn = Lists.copy(runsOn);
        securityGroupIds = Lists.copy(securityGroupIds);
        databases = Lists.copy(databases);
        routers = Lists.copy(routers);
    }

    @Override
    public AppNode withName(String newName) {
        return new AppNode(id, newName, framework, runsOn, securityGroupIds, databases, routers);
    }

    public AppNode withDatabases(List<DbAlias> newDatabases) {
        return new AppNode(id, name, framework, runsOn, securityGroupIds, newDatabases, routers);
    }

    @Override
    public List<String> references() {
        List<String> refs = new ArrayList<>(Ids.refs(runsOn, securityGroupIds));
        databases.stream().map(DbAlias::clusterId).forEach(refs::add);
        return refs;
    }
}
