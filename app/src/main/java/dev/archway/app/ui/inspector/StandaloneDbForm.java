package dev.archway.app.ui.inspector;

import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.network.SecurityGroup;
import java.util.List;
import java.util.function.UnaryOperator;

/** An RDS instance of its own (MySQL, PostgreSQL, ...; not in an Aurora cluster): engine, port, network, Multi-AZ. */
final class StandaloneDbForm {
    private static final String LABEL = "Edit DB instance";
    private final FormContext c;
    private final PropertyForm form;

    StandaloneDbForm(FormContext c) {
        this.c = c;
        this.form = c.form();
    }

    void build(DbInstance db) {
        StandaloneDb own = db.standalone();
        form.edits("standalone").flag("RDS instance of its own (not Aurora)", own != null, b -> c.edit(LABEL,
                db.withStandalone(b ? new StandaloneDb("mysql", StandaloneDb.defaultPort("mysql"), null, List.of(),
                        false, null) : null)))
                .setDisable(db.clusterId() != null); // a cluster member is Aurora's; leave the cluster first
        if (own == null) {
            return;
        }
        form.text("Engine", own.engine(), PropertyForm::notBlank, v -> edit(db, s -> new StandaloneDb(v.trim(),
                s.port(), s.dbSubnetGroupId(), s.securityGroupIds(), s.multiAz(), s.sourceInstanceId())));
        form.text("Port", String.valueOf(own.port()), PropertyForm::port, v -> edit(db, s -> new StandaloneDb(
                s.engine(), Integer.parseInt(v.trim()), s.dbSubnetGroupId(), s.securityGroupIds(), s.multiAz(),
                s.sourceInstanceId())));
        form.pick("DB subnet group", c.design().all(DbSubnetGroup.class), own.dbSubnetGroupId(), "none",
                id -> edit(db, s -> new StandaloneDb(s.engine(), s.port(), id, s.securityGroupIds(), s.multiAz(),
                        s.sourceInstanceId())));
        form.checks("Security groups", c.design().all(SecurityGroup.class), own.securityGroupIds(),
                ids -> edit(db, s -> new StandaloneDb(s.engine(), s.port(), s.dbSubnetGroupId(), ids, s.multiAz(),
                        s.sourceInstanceId())));
        form.flag("Multi-AZ (a standby in another zone)", own.multiAz(), b -> edit(db, s -> new StandaloneDb(
                s.engine(), s.port(), s.dbSubnetGroupId(), s.securityGroupIds(), b, s.sourceInstanceId())));
        List<DbInstance> sources = c.design().all(DbInstance.class).stream()
                .filter(i -> i.isStandalone() && !i.id().equals(db.id())).toList();
        form.pick("Read replica of", sources, own.sourceInstanceId(), "none (a primary)", id -> edit(db,
                s -> new StandaloneDb(s.engine(), s.port(), s.dbSubnetGroupId(), s.securityGroupIds(), s.multiAz(),
                        id)));
    }

    private void edit(DbInstance db, UnaryOperator<StandaloneDb> change) {
        c.edit(LABEL, db.withStandalone(change.apply(db.standalone())));
    }
}
