package dev.archway.model.db;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import java.util.List;

/**
 * A DB instance: of an Aurora cluster ({@code clusterId}), or, with {@code standalone}, an RDS instance of its own
 * (see {@link StandaloneDb}). {@code azId} is the AZ element it runs in (drawn in that AZ's column);
 * {@code promotionTier} 0-15 decides which Aurora reader becomes the writer on failover (lowest first).
 */
public record DbInstance(String id, String name, String clusterId, String azId, String instanceClass,
        int promotionTier, boolean publiclyAccessible, StandaloneDb standalone) implements Element {

    /** An Aurora cluster's instance. */
    public DbInstance(String id, String name, String clusterId, String azId, String instanceClass, int promotionTier,
            boolean publiclyAccessible) {
        this(id, name, clusterId, azId, instanceClass, promotionTier, publiclyAccessible, null);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.DB_INSTANCE;
    }

    @Override
    public DbInstance withName(String newName) {
        return new DbInstance(id, newName, clusterId, azId, instanceClass, promotionTier, publiclyAccessible,
                standalone);
    }

    public DbInstance withAz(String newAzId) {
        return new DbInstance(id, name, clusterId, newAzId, instanceClass, promotionTier, publiclyAccessible,
                standalone);
    }

    public DbInstance withInstanceClass(String newClass) {
        return new DbInstance(id, name, clusterId, azId, newClass, promotionTier, publiclyAccessible, standalone);
    }

    public DbInstance withPromotionTier(int tier) {
        return new DbInstance(id, name, clusterId, azId, instanceClass, tier, publiclyAccessible, standalone);
    }

    public DbInstance withPubliclyAccessible(boolean accessible) {
        return new DbInstance(id, name, clusterId, azId, instanceClass, promotionTier, accessible, standalone);
    }

    public DbInstance withStandalone(StandaloneDb own) {
        return new DbInstance(id, name, clusterId, azId, instanceClass, promotionTier, publiclyAccessible, own);
    }

    public boolean isStandalone() {
        return standalone != null;
    }

    @Override
    public List<String> references() {
        return standalone == null ? Ids.refs(clusterId, azId) : Ids.refs(clusterId, azId,
                standalone.dbSubnetGroupId(), standalone.securityGroupIds(), standalone.sourceInstanceId());
    }

    @Override
    public String container() {
        return azId;
    }
}
