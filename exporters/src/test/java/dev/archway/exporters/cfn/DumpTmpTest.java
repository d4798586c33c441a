package dev.archway.exporters.cfn;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
class DumpTmpTest {
    @Test
    void dump() throws Exception {
        Files.writeString(Path.of("/tmp/shop.yaml"), new CfnYamlExporter().render(CfnFixtures.everything()).content());
        Files.createDirectories(Path.of("/tmp/cx"));
        for (Path t : CfnCorpusTest.templates().toList()) {
            var d = new CfnImporter().importTemplate(t);
            long opaque = d.all(dev.archway.model.OpaqueResource.class).size();
            System.out.println("STAT " + t.getFileName() + " elements=" + d.size() + " opaque=" + opaque);
            String name = t.toString().replaceAll("[^A-Za-z0-9.]", "_");
            Files.writeString(Path.of("/tmp/cx/" + name + ".yaml"), new CfnYamlExporter().render(d).content());
        }
    }
}
