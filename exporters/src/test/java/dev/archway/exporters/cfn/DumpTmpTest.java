package dev.archway.exporters.cfn;
import org.junit.jupiter.api.Test;
class DumpTmpTest {
    @Test
    void dump() throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/shop.yaml"), new CfnYamlExporter().render(CfnFixtures.everything()).content());
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/shop.json"), new CfnJsonExporter().render(CfnFixtures.everything()).content());
    }
}
