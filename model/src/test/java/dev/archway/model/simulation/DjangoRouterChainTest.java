package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.db.AppNode;
import dev.archway.model.db.DbRouter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doc §5.3: routers in order, None falls through, .using overrides, 'default' when nobody answers. */
class DjangoRouterChainTest {

    /** {@code "read:write, read:write"}; {@code -} is None. */
    private static AppNode app(String routers) {
        List<DbRouter> list = new ArrayList<>();
        int n = 0;
        for (String spec : routers.isBlank() ? new String[0] : routers.split(",\\s*")) {
            String[] rw = spec.split(":");
            list.add(new DbRouter("Router" + (++n), none(rw[0]), none(rw[1]), null, null));
        }
        return new AppNode("App", "App", "django", List.of(), List.of(), List.of(), list);
    }

    private static String none(String s) {
        return s.equals("-") ? null : s;
    }

    @ParameterizedTest(name = "§5.3 routers [{0}], {1}, using {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "-:-, reader:default | read | | reader",
        "-:-, reader:default | write | | default",
        "analytics:-, reader:primary | read | | analytics",
        "analytics:-, reader:primary | write | | primary",
        "-:- | read | | default",
        "'' | write | | default",
        "-:-, reader:default | read | default | default",
        "reader:default | write | reader | reader",
    })
    void choosesTheAlias(String routers, String operation, String using, String expected) {
        DjangoRouterChain.Decision d = DjangoRouterChain.route(app(routers == null ? "" : routers),
                operation.equals("write"), using);
        assertEquals(expected, d.alias());
    }

    @ParameterizedTest(name = "§5.3 hops for {0}")
    @CsvSource(delimiter = '|', value = {
        "-:-, reader:default | none routed",
        "-:- | none default",
    })
    void explainsEachRouterAsked(String routers, String decisions) {
        DjangoRouterChain.Decision d = DjangoRouterChain.route(app(routers), false, null);
        assertEquals(decisions, String.join(" ", d.hops().stream().map(Hop::decision).toList()));
    }
}
