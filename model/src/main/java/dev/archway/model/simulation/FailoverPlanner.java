package dev.archway.model.simulation;

import dev.archway.model.db.DbInstance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Aurora's choice of the replica to promote (doc §5.2): the lowest promotion tier first, then the largest instance
 * size, then AWS's order (here: the design's order). {@code db.serverless} has no fixed size and ranks below any
 * provisioned size.
 */
public final class FailoverPlanner {
    /** A promotion: "typically < 60 s, often < 30 s". */
    public static final String PROMOTION_DURATION = "typically under 60 s, often under 30 s";
    /** No replica: the primary is recreated in its AZ, "typically < 10 min". */
    public static final String RECREATE_DURATION = "typically under 10 minutes";

    private FailoverPlanner() {
    }

    /** The replicas in the order Aurora would try them. */
    public static List<DbInstance> promotionOrder(List<DbInstance> replicas) {
        List<DbInstance> order = new ArrayList<>(replicas);
        order.sort(Comparator.comparingInt(DbInstance::promotionTier)
                .thenComparing(Comparator.comparingInt((DbInstance i) -> sizeRank(i.instanceClass())).reversed()));
        return order;
    }

    /**
     * A comparable size for an instance class: {@code db.r6g.large} 4, {@code xlarge} 8, {@code 2xlarge} 16,
     * {@code 24xlarge} 192; unknown forms rank 0.
     */
    public static int sizeRank(String instanceClass) {
        if (instanceClass == null) {
            return 0;
        }
        String size = instanceClass.substring(instanceClass.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        switch (size) {
            case "micro":
                return 1;
            case "small":
                return 2;
            case "medium":
                return 3;
            case "large":
                return 4;
            case "xlarge":
                return 8;
            default:
                if (size.endsWith("xlarge")) {
                    try {
                        return 8 * Integer.parseInt(size.substring(0, size.length() - "xlarge".length()));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
                return 0;
        }
    }
}
