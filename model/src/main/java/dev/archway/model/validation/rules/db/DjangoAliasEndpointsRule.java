package dev.archway.model.validation.rules.db;

import dev.archway.model.db.AppNode;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbRouter;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * DJANGO-ALIAS-ENDPOINTS: the database alias the routers write to uses the cluster (writer) endpoint, and a separate
 * alias they read from does not. Django takes the first router's non-None answer, else {@code default}.
 */
public final class DjangoAliasEndpointsRule extends KindRule<AppNode> {
    static final String DEFAULT = "default";

    public static final RuleInfo INFO = new RuleInfo("DJANGO-ALIAS-ENDPOINTS", Severity.WARNING,
            "Django writes through the cluster endpoint and reads through the reader endpoint",
            "Only the cluster endpoint follows the writer through a failover; an instance or reader endpoint for "
                    + "writes breaks after failover, and reads sent to the cluster endpoint load the writer.",
            AwsDocs.AURORA_ENDPOINTS);

    public DjangoAliasEndpointsRule() {
        super(INFO, List.of(AppNode.class));
    }

    @Override
    public List<Finding> check(AppNode app, Topology index) {
        String writeAlias = routed(app, DbRouter::dbForWrite);
        String readAlias = routed(app, DbRouter::dbForRead);
        List<String> problems = new ArrayList<>();
        DbAlias writer = alias(app, writeAlias);
        if (writer != null && !"cluster".equals(writer.endpoint())) {
            problems.add("writes go to alias '%s', whose HOST is the %s endpoint".formatted(writeAlias, writer.endpoint()));
        }
        DbAlias reader = alias(app, readAlias);
        if (reader != null && !readAlias.equals(writeAlias) && "cluster".equals(reader.endpoint())) {
            problems.add("reads go to alias '%s', whose HOST is the cluster (writer) endpoint".formatted(readAlias));
        }
        if (problems.isEmpty()) {
            return List.of();
        }
        String label = "Point '%s' at the cluster endpoint and '%s' at the reader endpoint".formatted(writeAlias, readAlias);
        return List.of(Finding.of(INFO, app, app.name() + ": " + String.join("; ", problems),
                Fixes.edit(label, app.id(), AppNode.class, c -> c.withDatabases(c.databases().stream()
                        .map(a -> a.alias().equals(writeAlias) ? new DbAlias(a.alias(), a.clusterId(), "cluster")
                                : a.alias().equals(readAlias) ? new DbAlias(a.alias(), a.clusterId(), "reader") : a)
                        .toList()))));
    }

    private static String routed(AppNode app, Function<DbRouter, String> decision) {
        return app.routers().stream().map(decision).filter(Objects::nonNull).findFirst().orElse(DEFAULT);
    }

    private static DbAlias alias(AppNode app, String name) {
        return app.databases().stream().filter(a -> a.alias().equals(name)).findFirst().orElse(null);
    }
}
