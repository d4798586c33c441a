package dev.archway.bench;

import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.InputException;
import dev.archway.exporters.examples.Examples;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.exporters.formats.Exporters;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.diagram.BarycentricLaneOrder;
import dev.archway.model.diagram.LaneOrder;
import dev.archway.model.diagram.LayoutQuality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The layout benchmark: lays out the four examples, every template of the corpus (both folders), the 1k and 5k
 * synthetic designs, one VPC of 190 services and the 1k design re-imported from its CloudFormation export, and prints one row of
 * {@link LayoutQuality} each. {@code java -cp bench/target/benchmarks.jar dev.archway.bench.LayoutReport [CORPUS]
 * [declared|barycentric|elk]} (CORPUS defaults to {@code corpus}; the second argument picks how the traffic
 * lanes and targets are ordered, the layout's own choice by default).
 */
public final class LayoutReport {
    private static final String ROW = "%-64s %6s %6s %9s %6s %8s %8s %8s %7s %10s%n";
    private static LaneOrder order = AwsDiagramLayout.DEFAULT_LANE_ORDER;

    private LayoutReport() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        if (args.length > 1) {
            order = laneOrder(args[1]);
        }
        System.out.printf(Locale.ROOT, ROW, "design", "elems", "edges", "crossings", "bends", "through", "overlaps",
                "outside", "aspect", "area/elem");
        LayoutQuality.Totals totals = new LayoutQuality.Totals();
        for (Examples.Example example : Examples.ALL) {
            row("example " + example.fileName(), Examples.load(example.fileName()), totals);
        }
        for (Path file : templates(corpus)) {
            try {
                row(corpus.relativize(file).toString(), DesignSources.load(file), totals);
            } catch (InputException | RuntimeException e) {
                System.out.printf("%-64s refused: %s%n", corpus.relativize(file), oneLine(e.getMessage()));
            }
        }
        for (int n : new int[] {1000, 5000}) {
            row("synthetic-" + n, SyntheticDesigns.generate(n), totals);
        }
        row("one VPC, 190 services behind one ALB", SyntheticDesigns.oneVpc(190), totals);
        row("synthetic-1000 exported to CloudFormation and imported", reimported(1000), totals);
        System.out.printf(Locale.ROOT, "%-64s %6d %6d %9d %6d %8d %8d %8d%n", "total", totals.elements, totals.edges,
                totals.crossings, totals.bends, totals.through, totals.overlaps, totals.outside);
        System.out.println();
        System.out.println("crossings by pair of relation kinds:");
        CrossingsByKind.print("synthetic-1000", laidOut(SyntheticDesigns.generate(1000)));
        CrossingsByKind.print("one VPC, 190 services", laidOut(SyntheticDesigns.oneVpc(190)));
    }

    private static Design laidOut(Design design) {
        Map<String, Bounds> layout = AwsDiagramLayout.of(design, order);
        design.batch(() -> layout.forEach(design::setBounds));
        return design;
    }

    private static void row(String name, Design design, LayoutQuality.Totals totals) {
        laidOut(design);
        LayoutQuality q = LayoutQuality.of(design, LayoutQuality.primaryRoutes(design));
        totals.add(q);
        System.out.printf(Locale.ROOT, ROW, name.length() > 64 ? "…" + name.substring(name.length() - 63) : name,
                q.elements(), q.edges(), q.crossings(), q.bends(), q.through(), q.overlaps(), q.outside(),
                String.format(Locale.ROOT, "%.2f", q.aspect()), String.format(Locale.ROOT, "%.0f", q.areaPerElement()));
    }

    /** What a user gets who imports a big design's template: nested stacks written to a folder, then imported. */
    private static Design reimported(int elements) throws InputException, IOException {
        Path folder = Files.createTempDirectory("archway-layout");
        ExportWriter.write(Exporters.byId("cfn-json").orElseThrow().render(SyntheticDesigns.generate(elements)), folder);
        return DesignSources.load(folder);
    }

    private static List<Path> templates(Path corpus) {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(ya?ml|json|template)$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LaneOrder laneOrder(String name) {
        return switch (name) {
            case "declared" -> LaneOrder.AS_DECLARED;
            case "barycentric" -> new BarycentricLaneOrder();
            case "elk" -> new ElkLaneOrder();
            default -> throw new IllegalArgumentException("order: declared, barycentric or elk, not " + name);
        };
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
