package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.ExportOutput;
import dev.archway.model.Design;
import dev.archway.model.stacks.CfnResourceCount;
import dev.archway.model.stacks.SourceStacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The whole realworld-dev corpus as one folder: one design of all its stacks, in which the pairs that export and
 * import (network stack and its users) are joined, and which exports back to one file per template with every
 * resource's Type, Condition and Properties as read.
 */
class StackSetCorpusTest {

    private static Design corpus() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CorpusFidelity.REALWORLD), "no realworld-dev corpus");
        return new StackSetImport(Map.of()).importStacks(List.of(CorpusFidelity.REALWORLD));
    }

    @Test
    void everyTemplateIsAStackOfTheDesignAndTheExportingPairsAreJoined() throws Exception {
        Design d = corpus();
        assertEquals(CorpusFidelity.templates(CorpusFidelity.REALWORLD).size(), SourceStacks.stacks(d).size());
        long imported = d.elements().stream().filter(e -> SourceStacks.importedAs(d, e.id(), "startup-kit-templates-"
                + "fargate") != null).count();
        assertTrue(imported >= 5, "the fargate stack takes the VPC, subnets and groups of the VPC stack: " + imported);
        assertTrue(d.elements().stream().noneMatch(e -> CfnResourceCount.isExternal(d, e.id())
                && String.valueOf(d.cfnExtras(e.id())).contains("startup-kit-templates-vpc")));
    }

    @Test
    void exportGivesEachTemplateBackAsRead() throws Exception {
        Design d = corpus();
        ExportOutput out = new CfnYamlExporter().render(d);
        Map<String, List<String>> changed = new LinkedHashMap<>();
        for (Path original : CorpusFidelity.templates(CorpusFidelity.REALWORLD)) {
            String name = original.getFileName().toString().replaceAll("\\.json$", ".yaml");
            String text = out.files().get(name);
            assertTrue(text != null, name + " in " + out.files().keySet());
            Map<String, Object> read = Cfn.orEmpty(TemplateReader.read(Files.readString(original), original)
                    .get("Resources"));
            Map<String, Object> written = Cfn.orEmpty(TemplateReader.read(text, Path.of(name)).get("Resources"));
            List<String> lids = CorpusFidelity.changed(read, written);
            if (!lids.isEmpty()) {
                changed.put(name, lids);
            }
        }
        assertEquals(Map.of(), changed);
    }
}
