package dev.archway.model.db;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.ArrayList;
import java.util.List;

/**
 * An Aurora cluster. {@code writerId} is the DB instance that is the writer now; the cluster endpoint follows it,
 * the reader endpoint spreads over the other instances (or goes to the writer when there are none).
 */
public record AuroraCluster(String id, String name, String vpcId, String engine, String engineVersion, int port,
        String dbSubnetGroupId, List<String> securityGroupIds, String databaseName, String masterUsername,
        String writerId, List<CustomEndpoint> customEndpoints, boolean deletionProtection) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.AURORA_CLUSTER;
    }

    public AuroraCluster {
        securityGroupIds = Lists.copy(securityGroupIds);
        customEndpoints = Lists.copy(customEndpoints);
    }

    @Override
    public AuroraCluster withName(String newName) {
        return new AuroraCluster(id, newName, vpcId, engine, engineVersion, port, dbSubnetGroupId, securityGroupIds,
                databaseName, masterUsername, writerId, customEndpoints, deletionProtection);
    }

    public AuroraCluster withWriter(String newWriterId) {
        return new AuroraCluster(id, name, vpcId, engine, engineVersion, port, dbSubnetGroupId, securityGroupIds,
                databaseName, masterUsername, newWriterId, customEndpoints, deletionProtection);
    }

    @Override
    public List<String> references() {
        List<String> refs = new ArrayList<>(Ids.refs(vpcId, dbSubnetGroupId, securityGroupIds, writerId));
        customEndpoints.forEach(e -> refs.addAll(e.memberIds()));
        return refs;
    }

    @Override
    public String container() {
        return vpcId;
    }
}
