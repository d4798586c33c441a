package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.stacks.CfnReference;
import dev.archway.model.stacks.CfnReferences;
import dev.archway.model.stacks.CfnResourceCount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's {@link CfnResourceCount} and {@link CfnReferences} predict the exporter exactly: for every element, the
 * number of resources written for it, and every other element its resources refer to. The resource limit rule and
 * the stack planner rely on both.
 */
class CfnResourceCountTest {

    /** Designs made in Archway: the examples, the fixtures, generated designs. */
    static Stream<Design> built() throws Exception {
        List<Design> out = new ArrayList<>();
        for (Examples.Example e : Examples.ALL) {
            out.add(Examples.load(e.fileName()));
        }
        out.add(CfnFixtures.everything());
        out.add(SyntheticDesigns.generate(100));
        out.add(SyntheticDesigns.generate(600));
        return out.stream();
    }

    /** Those and the imported corpus, whose kept extras add resources (standalone rules, clusters) of their own. */
    static Stream<Design> designs() throws Exception {
        List<Design> imported = new ArrayList<>();
        for (Path template : CfnCorpusTest.templates().toList()) {
            imported.add(new CfnImporter().importTemplate(template));
        }
        return Stream.concat(built(), imported.stream());
    }

    @ParameterizedTest
    @MethodSource("designs")
    void countsTheResourcesTheExporterWritesForEachElement(Design design) {
        CfnTemplateExporter.Written written = new CfnTemplateExporter().write(design);
        Map<String, Integer> writtenPerElement = new TreeMap<>();
        written.ownerOf().values().forEach(id -> writtenPerElement.merge(id, 1, Integer::sum));
        CfnResourceCount counts = new CfnResourceCount(design);
        Map<String, Integer> predicted = new TreeMap<>();
        for (Element e : design.elements()) {
            if (counts.resources(e) > 0) {
                predicted.put(e.id(), counts.resources(e));
            }
        }
        assertEquals(predicted, writtenPerElement, design.name());
        assertEquals(Cfn.asMap(written.template().get("Resources")).size(), counts.total());
    }

    /** Kept extras of imported templates may refer to anything; the exporter reads those from what it wrote. */
    @ParameterizedTest
    @MethodSource("built")
    void listsEveryOtherElementTheResourcesReferTo(Design design) {
        CfnTemplateExporter.Written written = new CfnTemplateExporter().write(design);
        Map<String, Object> resources = Cfn.asMap(written.template().get("Resources"));
        CfnReferences references = new CfnReferences(design, new CfnResourceCount(design));
        Map<String, Set<String>> predicted = new HashMap<>();
        for (Element e : design.elements()) {
            Set<String> targets = new HashSet<>();
            references.of(e).forEach(r -> targets.add(r.targetId()));
            predicted.put(e.id(), targets);
        }
        for (Map.Entry<String, Object> r : resources.entrySet()) {
            String owner = written.ownerOf().get(r.getKey());
            for (String target : TemplateChecks.referencesOf(Cfn.asMap(r.getValue()))) {
                String targetOwner = written.ownerOf().get(target);
                if (targetOwner != null && !targetOwner.equals(owner)) {
                    assertTrue(predicted.get(owner).contains(targetOwner), design.name() + ": " + r.getKey()
                            + " refers to " + target + " of " + targetOwner + ", not in " + predicted.get(owner));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("designs")
    void predictsOnlyReferencesTheExporterWrites(Design design) {
        CfnTemplateExporter.Written written = new CfnTemplateExporter().write(design);
        Map<String, Object> resources = Cfn.asMap(written.template().get("Resources"));
        Map<String, Set<String>> actual = new HashMap<>();
        resources.forEach((lid, r) -> {
            Set<String> targets = actual.computeIfAbsent(written.ownerOf().get(lid), k -> new HashSet<>());
            TemplateChecks.referencesOf(Cfn.asMap(r)).forEach(t -> targets.add(written.ownerOf().get(t)));
        });
        CfnReferences references = new CfnReferences(design, new CfnResourceCount(design));
        for (Element e : design.elements()) {
            for (CfnReference r : references.of(e)) {
                if (!r.isValue() && dependsOnAsImported(design, e)) {
                    continue; // an imported DependsOn is written back as read: the prediction is an upper bound
                }
                assertTrue(actual.getOrDefault(e.id(), Set.of()).contains(r.targetId()), design.name() + ": "
                        + e.name() + " is predicted to refer to " + r);
            }
        }
    }

    private static boolean dependsOnAsImported(Design design, Element e) {
        Map<String, Object> sources = Cfn.asMap(design.cfnExtras(e.id()).get(SourceValues.KEY));
        return sources != null && sources.values().stream().anyMatch(s -> Cfn.orEmpty(s).containsKey("DependsOn"));
    }
}
