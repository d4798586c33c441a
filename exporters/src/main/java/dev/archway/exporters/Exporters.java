package dev.archway.exporters;

import dev.archway.exporters.cdk.CdkJavaExporter;
import dev.archway.exporters.cdk.CdkTsExporter;
import java.util.List;
import java.util.Optional;

/** Every export format, in the order menus list them. Each format's issue adds its exporter here. */
public final class Exporters {
    private Exporters() {
    }

    public static List<Exporter> all() {
        return List.of(
                new CdkJavaExporter(),
                new CdkTsExporter());
    }

    public static Optional<Exporter> byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
