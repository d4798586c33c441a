package dev.archway.app.ui.inspector;

import dev.archway.model.Design;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An application's database settings as one line each: aliases {@code default=shop-db:cluster, reader=shop-db:reader}
 * and routers {@code app.routers.Primary read=reader write=default relation=yes migrate=default}.
 */
final class AppText {
    private AppText() {
    }

    static String aliases(Design design, List<DbAlias> aliases) {
        return aliases.stream().map(a -> a.alias() + "=" + design.nameOf(a.clusterId()) + ":" + a.endpoint())
                .collect(Collectors.joining(", "));
    }


    static List<DbAlias> parseAliases(Design design, String text) {
        List<DbAlias> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] w = part.trim().split("[=:]");
            if (w.length != 3) {
                throw new IllegalArgumentException("write alias=cluster:endpoint, e.g. default=shop-db:cluster");
            }
            AuroraCluster cluster = design.byName(w[1].trim()).filter(AuroraCluster.class::isInstance)
                    .map(AuroraCluster.class::cast).orElseThrow(() -> new IllegalArgumentException(
                            "no Aurora cluster named '" + w[1].trim() + "'"));
            out.add(new DbAlias(w[0].trim(), cluster.id(), w[2].trim()));
        }
        return out;
    }

    static String routers(List<DbRouter> routers) {
        return routers.stream().map(r -> r.className() + opt(" read=", r.dbForRead()) + opt(" write=", r.dbForWrite())
                + opt(" relation=", r.allowRelation() == null ? null : r.allowRelation() ? "yes" : "no")
                + opt(" migrate=", r.migrateAlias())).collect(Collectors.joining("; "));
    }

    private static String opt(String key, String value) {
        return value == null ? "" : key + value;
    }


    static List<DbRouter> parseRouters(String text) {
        List<DbRouter> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] w = part.trim().split("\\s+");
            String read = null;
            String write = null;
            Boolean relation = null;
            String migrate = null;
            for (int i = 1; i < w.length; i++) {
                String[] kv = w[i].split("=", 2);
                String v = kv.length == 2 ? kv[1] : "";
                switch (kv[0]) {
                    case "read" -> read = v;
                    case "write" -> write = v;
                    case "relation" -> relation = v.equals("yes");
                    case "migrate" -> migrate = v;
                    default -> throw new IllegalArgumentException("write CLASS read=ALIAS write=ALIAS "
                            + "relation=yes|no migrate=ALIAS");
                }
            }
            out.add(new DbRouter(w[0], read, write, relation, migrate));
        }
        return out;
    }
}
