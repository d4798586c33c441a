package dev.archway.exporters.cfn;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.DbInstance;
import dev.archway.model.edit.Containment;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.Region;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lays out an imported design in the AWS diagram convention: a region box holding VPC boxes; in each VPC one column per
 * AZ, load balancers in a band across the AZs of their subnets, public subnets above private ones, Aurora instances
 * at the bottom of their AZ; the targets inside their subnets; VPC-wide elements (route tables, groups, target
 * groups, clusters) in a column on the VPC's right; everything else in a grid below.
 */
final class AutoLayout {
    static final double NODE = 64;
    static final double GAP = 16;
    static final double PAD = 24;
    static final double SUBNET_WIDTH = 3 * NODE + 4 * GAP;
    static final double COLUMN = SUBNET_WIDTH + 2 * GAP;
    static final double SIDE = 180;

    private final Design design;
    private final Topology topology;
    private final Set<String> placed = new HashSet<>();

    AutoLayout(Design design) {
        this.design = design;
        this.topology = new Topology(design);
    }

    void apply() {
        double y = PAD;
        List<Region> regions = design.all(Region.class);
        List<Vpc> vpcsWithoutRegion = design.all(Vpc.class).stream()
                .filter(v -> v.regionId() == null || !design.contains(v.regionId())).toList();
        for (Region r : regions) {
            List<Vpc> vpcs = design.all(Vpc.class).stream().filter(v -> r.id().equals(v.regionId())).toList();
            y = region(r, vpcs, PAD, y) + PAD;
        }
        for (Vpc v : vpcsWithoutRegion) {
            y = vpc(v, PAD, y).height() + y + PAD;
        }
        grid(y);
    }

    private double region(Region r, List<Vpc> vpcs, double x, double y) {
        double innerY = y + PAD + GAP;
        double width = 2 * COLUMN;
        for (Vpc v : vpcs) {
            Bounds b = vpc(v, x + PAD, innerY);
            innerY += b.height() + PAD;
            width = Math.max(width, b.width());
        }
        Bounds box = new Bounds(x, y, width + 2 * PAD, Math.max(innerY - y, 2 * PAD));
        put(r, box);
        return y + box.height();
    }

    private Bounds vpc(Vpc vpc, double x, double y) {
        List<AvailabilityZone> azs = design.all(AvailabilityZone.class).stream()
                .filter(a -> vpc.id().equals(a.vpcId())).sorted(Comparator.comparing(AvailabilityZone::zone)).toList();
        List<Subnet> subnets = design.all(Subnet.class).stream().filter(s -> vpc.id().equals(s.vpcId())).toList();
        List<String> columns = new ArrayList<>();
        azs.forEach(a -> columns.add(a.id()));
        if (subnets.stream().anyMatch(s -> s.azId() == null || !columns.contains(s.azId()))) {
            columns.add(null);
        }
        double top = y + PAD + NODE;
        double lbTop = top;
        List<LoadBalancer> lbs = design.all(LoadBalancer.class).stream().filter(l -> vpc.id().equals(l.vpcId())).toList();
        double lbBand = lbs.isEmpty() ? 0 : lbs.size() * (NODE / 2 + GAP) + GAP;
        double rowY = top + lbBand;
        Map<String, Double> columnBottom = new LinkedHashMap<>();
        for (boolean isPublic : List.of(true, false)) {
            for (int c = 0; c < columns.size(); c++) {
                String col = columns.get(c);
                double cy = columnBottom.getOrDefault(String.valueOf(col), rowY);
                for (Subnet s : subnets) {
                    boolean inColumn = col == null ? s.azId() == null || !columns.contains(s.azId())
                            : col.equals(s.azId());
                    if (inColumn && topology.isPublic(s) == isPublic) {
                        cy = subnet(s, x + PAD + c * COLUMN + GAP, cy) + GAP;
                    }
                }
                columnBottom.put(String.valueOf(col), cy);
            }
            double rowBottom = columnBottom.values().stream().mapToDouble(Double::doubleValue).max().orElse(rowY);
            columnBottom.replaceAll((k, v) -> rowBottom);
            rowY = rowBottom;
        }
        for (int c = 0; c < columns.size(); c++) {
            String col = columns.get(c);
            double cy = rowY;
            for (DbInstance db : design.all(DbInstance.class)) {
                if (col != null && col.equals(db.azId())) {
                    put(db, new Bounds(x + PAD + c * COLUMN + GAP, cy, NODE, NODE));
                    cy += NODE + GAP;
                }
            }
            columnBottom.put(String.valueOf(col), cy);
        }
        double bottom = Math.max(rowY, columnBottom.values().stream().mapToDouble(Double::doubleValue).max()
                .orElse(rowY)) + GAP;
        for (int i = 0; i < lbs.size(); i++) {
            loadBalancer(lbs.get(i), columns, x, lbTop + GAP + i * (NODE / 2 + GAP));
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) != null) {
                put(design.get(columns.get(c)), new Bounds(x + PAD + c * COLUMN, top + lbBand - GAP, COLUMN - GAP,
                        bottom - top - lbBand + GAP));
            }
        }
        double sideX = x + PAD + Math.max(1, columns.size()) * COLUMN + GAP;
        double sideBottom = side(vpc, sideX, top);
        double width = sideX - x + SIDE + PAD;
        double height = Math.max(bottom, sideBottom) - y + PAD;
        design.all(InternetGateway.class).stream().filter(g -> vpc.id().equals(g.vpcId()))
                .forEach(g -> put(g, new Bounds(x + PAD, y + GAP / 2, NODE, NODE)));
        Bounds box = new Bounds(x, y, width, height);
        put(vpc, box);
        return box;
    }

    /** A subnet box with its contents (instances, NAT gateways, services, IP targets) in rows of three. */
    private double subnet(Subnet s, double x, double y) {
        List<Element> inside = new ArrayList<>();
        for (Element e : design.elements()) {
            if (!placed.contains(e.id()) && s.id().equals(Containment.parentOf(design, e)) && !(e instanceof DbInstance)) {
                inside.add(e);
            }
        }
        int rows = Math.max(1, (inside.size() + 2) / 3);
        double height = PAD + rows * (NODE + GAP) + GAP;
        put(s, new Bounds(x, y, SUBNET_WIDTH, height));
        for (int i = 0; i < inside.size(); i++) {
            put(inside.get(i), new Bounds(x + GAP + (i % 3) * (NODE + GAP), y + PAD + (i / 3) * (NODE + GAP), NODE,
                    NODE));
        }
        return y + height;
    }

    private void loadBalancer(LoadBalancer lb, List<String> columns, double x, double y) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (AvailabilityZone az : topology.azsOf(lb)) {
            int c = columns.indexOf(az.id());
            first = Math.min(first, c);
            last = Math.max(last, c);
        }
        if (last < 0) {
            first = 0;
            last = 0;
        }
        put(lb, new Bounds(x + PAD + first * COLUMN + GAP, y, (last - first + 1) * COLUMN - 2 * GAP, NODE / 2));
    }

    /** VPC-wide elements stacked on the VPC's right side. */
    private double side(Vpc vpc, double x, double y) {
        double cy = y;
        for (Element e : design.elements()) {
            if (placed.contains(e.id()) || e instanceof Subnet || e instanceof AvailabilityZone
                    || e instanceof LoadBalancer || e instanceof InternetGateway) {
                continue;
            }
            if (Objects.equals(vpc.id(), vpcOf(e))) {
                put(e, new Bounds(x, cy, SIDE, NODE / 2));
                cy += NODE / 2 + GAP;
            }
        }
        return cy;
    }

    private String vpcOf(Element e) {
        if (e instanceof dev.archway.model.network.SecurityGroup g) {
            return g.vpcId();
        }
        if (e instanceof dev.archway.model.lb.TargetGroup tg) {
            return tg.vpcId();
        }
        Element c = e.container() == null ? null : design.get(e.container());
        if (c instanceof Vpc) {
            return c.id();
        }
        for (String ref : e.references()) {
            if (design.get(ref) instanceof Vpc) {
                return ref;
            }
        }
        return null;
    }

    /** Everything not yet placed, in a grid below the regions, grouped by kind. */
    private void grid(double y) {
        List<Element> rest = design.elements().stream().filter(e -> !placed.contains(e.id()))
                .sorted(Comparator.comparing(Element::kind)).toList();
        int perRow = Math.max(6, (int) Math.ceil(Math.sqrt(rest.size())));
        for (int i = 0; i < rest.size(); i++) {
            put(rest.get(i), new Bounds(PAD + (i % perRow) * (SIDE + GAP), y + (i / perRow) * (NODE / 2 + GAP), SIDE,
                    NODE / 2));
        }
    }

    private void put(Element e, Bounds b) {
        if (e != null && placed.add(e.id())) {
            design.setBounds(e.id(), b);
        }
    }
}
