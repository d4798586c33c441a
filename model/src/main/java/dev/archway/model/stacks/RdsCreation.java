package dev.archway.model.stacks;

import dev.archway.model.Design;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.StandaloneDb;
import java.util.List;

/**
 * What RDS needs to create an instance of its own from nothing (storage and a master user), which a drawn instance
 * does not say and an imported one carries in its template properties. Export writes the defaults here for the rest.
 */
public final class RdsCreation {
    public static final String STORAGE_GIB = "20";
    public static final String MASTER_USER = "admin";

    /** What an instance is restored or made from instead of from nothing (it then brings its storage and user). */
    private static final List<String> RESTORED_FROM = List.of("DBSnapshotIdentifier", "DBClusterSnapshotIdentifier",
            "DBClusterIdentifier", "SourceDBInstanceAutomatedBackupsArn", "SourceDbiResourceId",
            "SourceDBClusterIdentifier", "RestoreTime", "UseLatestRestorableTime");

    private RdsCreation() {
    }

    /** A primary RDS creates from nothing: of its own, not Aurora, not a read replica, not restored. */
    public static boolean fromNothing(Design design, DbInstance i) {
        StandaloneDb s = i.standalone();
        return s != null && !s.readReplica() && !s.engine().toLowerCase().startsWith("aurora")
                && RESTORED_FROM.stream().noneMatch(design.cfnExtras(i.id())::containsKey);
    }

    /** The template's literal value of the property, else {@code fallback} (also for an expression CDK cannot hold). */
    public static String literal(Design design, DbInstance i, String property, String fallback) {
        Object v = design.cfnExtras(i.id()).get(property);
        return v instanceof String || v instanceof Number ? String.valueOf(v) : fallback;
    }
}
