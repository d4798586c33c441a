package dev.archway.exporters.formats;

import dev.archway.exporters.Exporter;
import dev.archway.exporters.cdk.CdkJavaExporter;
import dev.archway.exporters.cdk.CdkTsExporter;
import dev.archway.exporters.cfn.CfnJsonExporter;
import dev.archway.exporters.cfn.CfnYamlExporter;
import dev.archway.exporters.config.ApacheExporter;
import dev.archway.exporters.config.DjangoExporter;
import dev.archway.exporters.config.NginxExporter;
import java.util.List;
import java.util.Optional;

/** Every export format, in the order menus list them. Each format's issue adds its exporter here. */
public final class Exporters {
    private Exporters() {
    }

    public static List<Exporter> all() {
        return List.of(new CfnYamlExporter(), new CfnJsonExporter(), new CdkJavaExporter(), new CdkTsExporter(),
                new DjangoExporter(), new ApacheExporter(), new NginxExporter());
    }

    public static Optional<Exporter> byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
