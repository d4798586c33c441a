package dev.archway.model.simulation;

import dev.archway.model.db.AppNode;
import dev.archway.model.db.DbRouter;
import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code ConnectionRouter} for reads and writes (doc §5.3): {@code .using(alias)} overrides the routers;
 * otherwise routers are asked in {@code DATABASE_ROUTERS} order, the first that returns an alias wins, {@code None}
 * falls through, and when none answers the alias is {@code default}.
 */
public final class DjangoRouterChain {
    private DjangoRouterChain() {
    }

    /** The alias chosen and how. */
    public record Decision(String alias, List<Hop> hops) {
    }

    public static Decision route(AppNode app, boolean write, String using) {
        List<Hop> hops = new ArrayList<>();
        String method = write ? "db_for_write" : "db_for_read";
        if (using != null) {
            hops.add(new Hop(Hop.Step.ROUTER, app.id(), "using", ".using('" + using + "') overrides the routers"));
            return new Decision(using, hops);
        }
        for (DbRouter router : app.routers()) {
            String alias = write ? router.dbForWrite() : router.dbForRead();
            if (alias == null || alias.isEmpty()) {
                hops.add(new Hop(Hop.Step.ROUTER, app.id(), "none", router.className() + "." + method
                        + " returns None: the next router decides"));
            } else {
                hops.add(new Hop(Hop.Step.ROUTER, app.id(), "routed", router.className() + "." + method + " returns '"
                        + alias + "'"));
                return new Decision(alias, hops);
            }
        }
        hops.add(new Hop(Hop.Step.ROUTER, app.id(), "default", app.routers().isEmpty()
                ? "no DATABASE_ROUTERS: Django uses 'default'" : "every router returned None: Django uses 'default'"));
        return new Decision("default", hops);
    }
}
