package dev.archway.model.validation.rules.db;

import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.query.Topology;
import java.util.Optional;

/**
 * The engine and engine version a database runs: an Aurora cluster's, or an RDS instance's of its own (outside
 * Aurora), whose {@code EngineVersion} the design keeps as the template wrote it. Aurora instances run their
 * cluster's version and are judged there.
 */
record DbEngineVersion(String engine, String version) {

    static Optional<DbEngineVersion> of(Element e, Topology index) {
        if (e instanceof AuroraCluster c) {
            return Optional.of(new DbEngineVersion(c.engine(), c.engineVersion()));
        }
        if (e instanceof DbInstance db && db.standalone() != null) {
            Object kept = index.cfnExtras(db.id()).get("EngineVersion");
            String version = kept instanceof String || kept instanceof Number ? String.valueOf(kept) : null;
            return Optional.of(new DbEngineVersion(db.standalone().engine(), version));
        }
        return Optional.empty();
    }

    Optional<DbEngineCalendar.MajorVersion> major() {
        return DbEngineCalendar.majorOf(engine, version);
    }

    /** {@code Engine: aurora}: Aurora MySQL version 1 by its old name, whatever the version says. */
    boolean auroraVersion1ByName() {
        return "aurora".equalsIgnoreCase(engine);
    }

    String describe() {
        return version == null ? "engine " + engine : engine + " " + version;
    }
}
