package dev.archway.model.diagram;

import static dev.archway.model.diagram.DiagramMetrics.BLOCK_GAP;
import static dev.archway.model.diagram.DiagramMetrics.CHIP_GAP;
import static dev.archway.model.diagram.DiagramMetrics.CHIP_H;
import static dev.archway.model.diagram.DiagramMetrics.CHIP_W;
import static dev.archway.model.diagram.DiagramMetrics.REGION_HEADER;
import static dev.archway.model.diagram.DiagramMetrics.REGION_PAD;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Region;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a whole design in the AWS diagram convention: hosted zones, records and certificates in a band on top;
 * below it each Region box holding its VPC boxes in a grid (see {@link VpcLayout}); anything else in rows at the
 * bottom. Every element gets bounds; existing bounds are replaced.
 */
public final class AwsDiagramLayout {
    private static final double SCREEN_ASPECT = 1.6;
    /** The order the layout uses; see docs/layout-benchmark.md for how the choices compare. */
    public static final LaneOrder DEFAULT_LANE_ORDER = LaneOrder.AS_DECLARED;
    private final Design design;
    private final Topology topology;
    private final ContainmentIndex index;
    private final Map<String, Bounds> out = new LinkedHashMap<>();
    private final Map<VpcLayout, Map<String, Bounds>> relative = new HashMap<>();
    private final LaneOrder laneOrder;
    private List<Relation> primary;

    private AwsDiagramLayout(Design design, LaneOrder laneOrder) {
        this.design = design;
        this.laneOrder = laneOrder;
        this.topology = new Topology(design);
        this.index = new ContainmentIndex(design);
    }

    /** Computes the layout of every element of the design. */
    public static Map<String, Bounds> of(Design design) {
        return of(design, DEFAULT_LANE_ORDER);
    }

    /** The layout with the traffic lanes and the targets ordered by {@code laneOrder} (the benchmark compares orders). */
    public static Map<String, Bounds> of(Design design, LaneOrder laneOrder) {
        return new AwsDiagramLayout(design, laneOrder).compute();
    }

    /** Lays out what has no place yet (a template just imported, a design file without layout), as one change. */
    public static void completeMissing(Design design) {
        if (design.layout().size() >= design.size()) {
            return;
        }
        Map<String, Bounds> missing = new LinkedHashMap<>();
        of(design).forEach((id, b) -> {
            if (design.bounds(id) == null) {
                missing.put(id, b);
            }
        });
        design.batch(() -> missing.forEach(design::setBounds));
    }

    /** Lays the design out, as one change. */
    public static void apply(Design design) {
        Map<String, Bounds> layout = of(design);
        design.batch(() -> layout.forEach(design::setBounds));
    }

    private Map<String, Bounds> compute() {
        Map<String, List<VpcLayout>> byRegion = new LinkedHashMap<>();
        for (Region region : design.all(Region.class)) {
            List<VpcLayout> inRegion = new ArrayList<>();
            index.vpcsIn(region.id()).forEach(v -> inRegion.add(layoutOf(v)));
            byRegion.put(region.id(), inRegion);
        }
        List<VpcLayout> withoutRegion = new ArrayList<>();
        design.all(Vpc.class).stream().filter(v -> design.get(v.regionId(), Region.class) == null)
                .forEach(v -> withoutRegion.add(layoutOf(v)));
        if (!withoutRegion.isEmpty()) {
            byRegion.put(null, withoutRegion);
        }
        List<Map.Entry<String, List<VpcLayout>>> regions = new ArrayList<>(byRegion.entrySet());
        int perRow = regionsPerRow(regions);
        double width = 0;
        for (int start = 0; start < regions.size(); start += perRow) {
            double w = -BLOCK_GAP;
            for (Map.Entry<String, List<VpcLayout>> r : regions.subList(start, Math.min(regions.size(), start + perRow))) {
                w += gridWidth(r.getValue()) + 2 * REGION_PAD + BLOCK_GAP;
            }
            width = Math.max(width, w);
        }
        List<String> global = globalIds();
        List<String> rest = rest(global);
        width = Math.max(width, chipRowWidth(global.size() + rest.size()));
        double y = placeChipRows(global, 0, width);
        for (int start = 0; start < regions.size(); start += perRow) {
            double x = 0;
            double bottom = y;
            for (Map.Entry<String, List<VpcLayout>> r : regions.subList(start, Math.min(regions.size(), start + perRow))) {
                bottom = Math.max(bottom, placeRegion(r.getKey(), r.getValue(), x, y + BLOCK_GAP));
                x += gridWidth(r.getValue()) + 2 * REGION_PAD + BLOCK_GAP;
            }
            y = bottom;
        }
        placeChipRows(rest, y + BLOCK_GAP, width);
        return out;
    }

    /** What is in no VPC, no Region box and not in the global band: drawn in rows at the bottom. */
    private List<String> rest(List<String> global) {
        java.util.Set<String> placed = new java.util.HashSet<>(global);
        relative.values().forEach(m -> placed.addAll(m.keySet()));
        List<String> rest = new ArrayList<>();
        for (Element e : design.elements()) {
            if (!placed.contains(e.id()) && !(e instanceof Region)) {
                rest.add(e.id());
            }
        }
        return rest;
    }

    /** Loose chips wrap into rows about 1.6 times as wide as they are tall. */
    private static double chipRowWidth(int chips) {
        int perRow = Math.max(2, (int) Math.ceil(Math.sqrt(1.6 * chips * (CHIP_H + CHIP_GAP) / (CHIP_W + CHIP_GAP))));
        return perRow * (CHIP_W + CHIP_GAP) - CHIP_GAP;
    }

    /** The VPC with its traffic lanes drawn plain or mirrored, whichever crosses fewer of the VPC's edges. */
    private VpcLayout layoutOf(Vpc vpc) {
        VpcLayout plain = new VpcLayout(design, topology, index, vpc, laneOrder, false);
        Map<String, Bounds> plainBoxes = plain.layout();
        VpcLayout layout = plain;
        Map<String, Bounds> boxes = plainBoxes;
        int plainCrossings = design.all(TargetGroup.class).stream().anyMatch(tg -> plainBoxes.containsKey(tg.id()))
                ? crossingsWithin(plainBoxes) : 0;
        if (plainCrossings > 0) {
            VpcLayout mirrored = new VpcLayout(design, topology, index, vpc, laneOrder, true);
            Map<String, Bounds> mirroredBoxes = mirrored.layout();
            if (crossingsWithin(mirroredBoxes) < plainCrossings) {
                layout = mirrored;
                boxes = mirroredBoxes;
            }
        }
        relative.put(layout, boxes);
        return layout;
    }

    /** Crossings of the primary edges with both ends in these boxes (one VPC's, relative to it). */
    private int crossingsWithin(Map<String, Bounds> boxes) {
        return LayoutQuality.crossings(new ArrayList<>(LayoutQuality.routes(design, boxes, relations()).values()));
    }

    private List<Relation> relations() {
        if (primary == null) {
            primary = Relations.of(design).stream().filter(r -> !r.kind().secondary()).toList();
        }
        return primary;
    }

    /** How many blocks of about this size go in a row so that the grid is about as wide as a screen (16:10). */
    private static int perRow(int count, double width, double height) {
        if (count == 0 || width <= 0) {
            return 1;
        }
        return Math.max(1, Math.min(count, (int) Math.round(Math.sqrt(count * SCREEN_ASPECT * height / width))));
    }

    private static int perRow(List<VpcLayout> vpcs) {
        return perRow(vpcs.size(), vpcs.stream().mapToDouble(VpcLayout::width).average().orElse(1),
                vpcs.stream().mapToDouble(VpcLayout::height).average().orElse(1));
    }

    private static int regionsPerRow(List<Map.Entry<String, List<VpcLayout>>> regions) {
        double w = regions.stream().mapToDouble(r -> gridWidth(r.getValue())).average().orElse(1);
        double h = regions.stream().mapToDouble(r -> gridHeight(r.getValue())).average().orElse(1);
        return perRow(regions.size(), w, h);
    }

    private static double gridHeight(List<VpcLayout> vpcs) {
        int perRow = perRow(vpcs);
        double h = 0;
        for (int start = 0; start < vpcs.size(); start += perRow) {
            h += vpcs.subList(start, Math.min(vpcs.size(), start + perRow)).stream().mapToDouble(VpcLayout::height)
                    .max().orElse(0) + BLOCK_GAP;
        }
        return h + REGION_HEADER;
    }

    private static double gridWidth(List<VpcLayout> vpcs) {
        int perRow = perRow(vpcs);
        double widest = 0;
        for (int start = 0; start < vpcs.size(); start += perRow) {
            double w = 0;
            for (VpcLayout v : vpcs.subList(start, Math.min(vpcs.size(), start + perRow))) {
                w += v.width() + BLOCK_GAP;
            }
            widest = Math.max(widest, w - BLOCK_GAP);
        }
        return widest;
    }

    /** Places a Region box at ({@code left}, {@code top}) with its VPCs in a grid (no box for VPCs of no Region); returns its bottom. */
    private double placeRegion(String regionId, List<VpcLayout> vpcs, double left, double top) {
        int perRow = perRow(vpcs);
        double y = top + REGION_HEADER;
        for (int start = 0; start < vpcs.size(); start += perRow) {
            double x = left + REGION_PAD;
            double rowHeight = 0;
            for (VpcLayout v : vpcs.subList(start, Math.min(vpcs.size(), start + perRow))) {
                double dx = x;
                double dy = y;
                relative.get(v).forEach((id, b) -> out.put(id, b.moveBy(dx, dy)));
                x += v.width() + BLOCK_GAP;
                rowHeight = Math.max(rowHeight, v.height());
            }
            y += rowHeight + BLOCK_GAP;
        }
        double bottom = vpcs.isEmpty() ? y + CHIP_H : y - BLOCK_GAP + REGION_PAD;
        if (regionId != null) {
            out.put(regionId, new Bounds(left, top, gridWidth(vpcs) + 2 * REGION_PAD, bottom - top));
        }
        return bottom;
    }

    /** Hosted zones each followed by their records, then certificates: what lives outside any Region. */
    private List<String> globalIds() {
        List<String> ids = new ArrayList<>();
        for (HostedZone zone : design.all(HostedZone.class)) {
            ids.add(zone.id());
            design.all(DnsRecord.class).stream().filter(r -> zone.id().equals(r.hostedZoneId()))
                    .forEach(r -> ids.add(r.id()));
        }
        design.all(DnsRecord.class).stream().map(DnsRecord::id).filter(id -> !ids.contains(id)).forEach(ids::add);
        design.all(Certificate.class).forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** Places chips left to right, wrapping at {@code width}; returns the bottom of the last row. */
    private double placeChipRows(List<String> ids, double top, double width) {
        double x = 0;
        double y = top;
        for (String id : ids) {
            if (x > 0 && x + CHIP_W > width) {
                x = 0;
                y += CHIP_H + CHIP_GAP;
            }
            out.put(id, new Bounds(x, y, CHIP_W, CHIP_H));
            x += CHIP_W + CHIP_GAP;
        }
        return ids.isEmpty() ? top : y + CHIP_H;
    }
}
