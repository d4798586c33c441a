package dev.archway.model.db;

import dev.archway.model.Lists;
import java.util.List;

/**
 * What an RDS DB instance outside Aurora says for itself (MySQL, PostgreSQL, MariaDB, Oracle, SQL Server): its
 * engine, its DB subnet group and security groups, whether it is Multi-AZ (a synchronous standby in another zone of
 * its subnet group, promoted on failure, serving no reads) and, for a read replica, the instance it replicates
 * (asynchronously; the replica serves reads only). A replica without its own subnet group or security groups uses
 * its source's (the documented default in the same region).
 */
public record StandaloneDb(String engine, int port, String dbSubnetGroupId, List<String> securityGroupIds,
        boolean multiAz, String sourceInstanceId) {

    public StandaloneDb {
        securityGroupIds = Lists.copy(securityGroupIds);
    }

    public boolean readReplica() {
        return sourceInstanceId != null;
    }

    /** The engine's default port, as RDS assigns it when the template gives none. */
    public static int defaultPort(String engine) {
        String e = engine == null ? "" : engine.toLowerCase();
        if (e.contains("postgres")) {
            return 5432;
        }
        if (e.startsWith("oracle")) {
            return 1521;
        }
        if (e.startsWith("sqlserver")) {
            return 1433;
        }
        if (e.startsWith("db2")) {
            return 50000;
        }
        return 3306;
    }
}
