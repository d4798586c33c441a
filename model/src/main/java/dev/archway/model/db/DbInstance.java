package dev.archway.model.db;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import java.util.List;

/**
 * An Aurora DB instance. {@code azId} is the AZ element it runs in (drawn in that AZ's column);
 * {@code promotionTier} 0-15 decides which reader becomes the writer on failover (lowest first).
 */
public record DbInstance(String id, String name, String clusterId, String azId, String instanceClass,
        int promotionTier, boolean publiclyAccessible) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.DB_INSTANCE;
    }

    @Override
    public DbInstance withName(String newName) {
        return new DbInstance(id, newName, clusterId, azId, instanceClass, promotionTier, publiclyAccessible);
    }

    public DbInstance withAz(String newAzId) {
        return new DbInstance(id, name, clusterId, newAzId, instanceClass, promotionTier, publiclyAccessible);
    }

    @Override
    public List<String> references() {
        return Ids.refs(clusterId, azId);
    }

    @Override
    public String container() {
        return azId;
    }
}
