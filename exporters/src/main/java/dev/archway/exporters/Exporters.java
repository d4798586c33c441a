package dev.archway.exporters;

import dev.archway.exporters.cfn.CfnJsonExporter;
import dev.archway.exporters.cfn.CfnYamlExporter;
import java.util.List;
import java.util.Optional;

/** Every export format, in the order menus list them. Each format's issue adds its exporter here. */
public final class Exporters {
    private Exporters() {
    }

    public static List<Exporter> all() {
        return List.of(new CfnYamlExporter(), new CfnJsonExporter());
    }

    public static Optional<Exporter> byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
