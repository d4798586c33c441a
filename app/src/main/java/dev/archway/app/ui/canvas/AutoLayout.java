package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.Region;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a design out in the AWS diagram convention: the region holds its VPCs; a VPC holds AZ columns whose subnets
 * line up in rows (public first), load balancers span their subnets, and the VPC's other resources sit in rows
 * below the columns. Global resources (DNS, certificates) stand to the left, everything else to the right.
 */
public final class AutoLayout {
    public static final double NODE_W = 116;
    public static final double NODE_H = 78;
    static final double GAP = 18;
    static final double PAD = 22;
    static final double HEADER = 38;
    static final double LB_BAND = 62;
    private static final Set<ElementKind> GLOBAL = EnumSet.of(ElementKind.HOSTED_ZONE, ElementKind.DNS_RECORD,
            ElementKind.CERTIFICATE);

    private final Design design;
    private final Topology topology;
    private final Map<String, List<String>> children;
    private final Map<String, Bounds> out = new LinkedHashMap<>();

    private AutoLayout(Design design) {
        this.design = design;
        this.topology = new Topology(design);
        this.children = Containment.childrenIndex(design);
    }

    /** Bounds for every element of the design. */
    public static Map<String, Bounds> arrange(Design design) {
        AutoLayout layout = new AutoLayout(design);
        layout.run();
        return layout.out;
    }

    /** Bounds for the elements that have none, leaving placed ones where they are. */
    public static Map<String, Bounds> missing(Design design) {
        Map<String, Bounds> all = arrange(design);
        all.keySet().removeIf(id -> design.bounds(id) != null);
        return all;
    }

    private void run() {
        double left = 40;
        double x = left + NODE_W + 3 * GAP;
        column(globals(), left, 80);
        double y = 40;
        double right = x;
        for (Region r : design.all(Region.class)) {
            Bounds b = region(r, x, y);
            y = b.y() + b.height() + 40;
            right = Math.max(right, b.x() + b.width());
        }
        for (Vpc v : design.all(Vpc.class)) {
            if (!out.containsKey(v.id())) {
                Bounds b = vpc(v, x, y);
                y = b.y() + b.height() + 40;
                right = Math.max(right, b.x() + b.width());
            }
        }
        List<String> rest = new ArrayList<>();
        for (Element e : design.elements()) {
            if (!out.containsKey(e.id()) && !GLOBAL.contains(e.kind())) {
                rest.add(e.id());
            }
        }
        column(rest, right + 3 * GAP, 80);
    }

    private List<String> globals() {
        List<String> ids = new ArrayList<>();
        for (Element e : design.elements()) {
            if (GLOBAL.contains(e.kind())) {
                ids.add(e.id());
            }
        }
        ids.sort(Comparator.comparing(id -> design.get(id).kind()));
        return ids;
    }

    /** Places nodes in columns of at most ten; returns the bottom. */
    private double column(List<String> ids, double x, double y) {
        double bottom = y;
        for (int i = 0; i < ids.size(); i++) {
            double nx = x + (i / 10) * (NODE_W + GAP);
            double ny = y + (i % 10) * (NODE_H + GAP);
            out.put(ids.get(i), new Bounds(nx, ny, NODE_W, NODE_H));
            bottom = Math.max(bottom, ny + NODE_H);
        }
        return bottom;
    }

    private Bounds region(Region r, double x, double y) {
        double cy = y + HEADER + 10;
        double width = 2 * PAD + 300;
        for (String id : children.getOrDefault(r.id(), List.of())) {
            Element child = design.get(id);
            if (child instanceof Vpc v) {
                Bounds b = vpc(v, x + PAD, cy);
                cy = b.y() + b.height() + PAD;
                width = Math.max(width, b.width() + 2 * PAD);
            }
        }
        Bounds b = new Bounds(x, y, width, Math.max(cy - y, 160));
        out.put(r.id(), b);
        return b;
    }

    private Bounds vpc(Vpc v, double x, double y) {
        List<AvailabilityZone> azs = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String id : children.getOrDefault(v.id(), List.of())) {
            Element child = design.get(id);
            if (child instanceof AvailabilityZone az) {
                azs.add(az);
            } else if (!(child instanceof LoadBalancer) && !(child instanceof InternetGateway)) {
                others.add(id);
            }
        }
        azs.sort(Comparator.comparing(AvailabilityZone::zone, Comparator.nullsLast(Comparator.naturalOrder())));
        double top = y + HEADER + 14;
        double colsRight = new AzGrid(azs, x + PAD, top).place();
        double gridBottom = top;
        for (AvailabilityZone az : azs) {
            Bounds b = out.get(az.id());
            gridBottom = Math.max(gridBottom, b.y() + b.height());
        }
        double width = Math.max(colsRight - x + PAD, 420);
        double perRow = Math.max(1, Math.floor((width - 2 * PAD + GAP) / (NODE_W + GAP)));
        others.sort(Comparator.comparing((String id) -> rowOrder(design.get(id).kind()))
                .thenComparing(id -> design.get(id).name()));
        double rowTop = gridBottom + PAD;
        double bottom = rowTop;
        for (int i = 0; i < others.size(); i++) {
            double nx = x + PAD + (i % perRow) * (NODE_W + GAP);
            double ny = rowTop + Math.floor(i / perRow) * (NODE_H + GAP);
            place(others.get(i), new Bounds(nx, ny, NODE_W, NODE_H));
            bottom = ny + NODE_H;
        }
        Bounds b = new Bounds(x, y, width, bottom - y + PAD);
        out.put(v.id(), b);
        placeGateways(v, b);
        return b;
    }

    /** Load-balancing resources first (they read with the LB above), then data, then security and routing. */
    private static int rowOrder(ElementKind kind) {
        List<ElementKind> order = List.of(ElementKind.LISTENER, ElementKind.LISTENER_RULE, ElementKind.TARGET_GROUP,
                ElementKind.AURORA_CLUSTER, ElementKind.SECURITY_GROUP, ElementKind.ROUTE_TABLE, ElementKind.NETWORK_ACL);
        int i = order.indexOf(kind);
        return i < 0 ? order.size() + kind.ordinal() : i;
    }

    /** Internet gateways sit on the VPC's top edge, as AWS diagrams draw them. */
    private void placeGateways(Vpc v, Bounds vpc) {
        int i = 0;
        for (InternetGateway g : design.all(InternetGateway.class)) {
            if (v.id().equals(g.vpcId())) {
                double gx = vpc.x() + vpc.width() - PAD - NODE_W - i * (NODE_W + GAP);
                out.put(g.id(), new Bounds(gx, vpc.y() - NODE_H / 2, NODE_W, NODE_H));
                i++;
            }
        }
    }

    private void place(String id, Bounds b) {
        out.put(id, b);
        List<String> kids = children.getOrDefault(id, List.of());
        for (int i = 0; i < kids.size(); i++) {
            if (!out.containsKey(kids.get(i))) {
                out.put(kids.get(i), b.moveBy((i + 1) * 8, (i + 1) * 8));
            }
        }
    }

    /** AZ columns with subnets aligned in rows across the columns, public subnets first. */
    private final class AzGrid {
        private final List<AvailabilityZone> azs;
        private final double x;
        private final double top;
        private final List<List<Subnet>> columns = new ArrayList<>();

        AzGrid(List<AvailabilityZone> azs, double x, double top) {
            this.azs = azs;
            this.x = x;
            this.top = top;
        }

        double place() {
            int rows = 0;
            for (AvailabilityZone az : azs) {
                List<Subnet> subnets = new ArrayList<>();
                for (String id : children.getOrDefault(az.id(), List.of())) {
                    Subnet s = design.get(id, Subnet.class);
                    if (s != null) {
                        subnets.add(s);
                    }
                }
                subnets.sort(Comparator.comparing((Subnet s) -> !topology.isPublic(s)).thenComparing(Subnet::cidr,
                        Comparator.nullsLast(Comparator.naturalOrder())));
                columns.add(subnets);
                rows = Math.max(rows, subnets.size());
            }
            double[] rowHeight = new double[rows];
            boolean[] rowHasLb = new boolean[rows];
            double colWidth = 2 * PAD + 2 * NODE_W + GAP;
            for (List<Subnet> col : columns) {
                for (int r = 0; r < col.size(); r++) {
                    int n = contentOf(col.get(r).id()).size();
                    int perRow = Math.max(2, Math.min(3, n));
                    colWidth = Math.max(colWidth, 2 * PAD + perRow * NODE_W + (perRow - 1) * GAP + 2 * PAD);
                    double h = HEADER + Math.max(1, Math.ceil(n / (double) perRow)) * (NODE_H + GAP) + PAD / 2;
                    rowHeight[r] = Math.max(rowHeight[r], h);
                    rowHasLb[r] |= usedByLb(col.get(r).id());
                }
            }
            double[] rowTop = new double[rows];
            double cy = top + HEADER;
            for (int r = 0; r < rows; r++) {
                rowTop[r] = cy;
                cy += rowHeight[r] + (rowHasLb[r] ? LB_BAND : 0) + GAP;
            }
            double bottom = Math.max(cy + PAD / 2, top + HEADER + 120);
            for (int c = 0; c < azs.size(); c++) {
                double cx = x + c * (colWidth + GAP);
                out.put(azs.get(c).id(), new Bounds(cx, top, colWidth, bottom - top));
                List<Subnet> col = columns.get(c);
                for (int r = 0; r < col.size(); r++) {
                    double h = rowHeight[r] + (rowHasLb[r] ? LB_BAND : 0);
                    Bounds sb = new Bounds(cx + PAD / 2, rowTop[r], colWidth - PAD, h);
                    out.put(col.get(r).id(), sb);
                    fill(col.get(r).id(), sb);
                }
            }
            spanLoadBalancers();
            return x + azs.size() * (colWidth + GAP) - GAP;
        }

        private List<String> contentOf(String subnetId) {
            return children.getOrDefault(subnetId, List.of());
        }

        private boolean usedByLb(String subnetId) {
            return design.all(LoadBalancer.class).stream().anyMatch(lb -> lb.subnetIds().contains(subnetId));
        }

        private void fill(String subnetId, Bounds sb) {
            List<String> kids = new ArrayList<>(contentOf(subnetId));
            kids.sort(Comparator.comparing((String id) -> design.get(id).kind()).thenComparing(id -> design.get(id).name()));
            int perRow = Math.max(2, Math.min(3, kids.size()));
            double rowW = perRow * NODE_W + (perRow - 1) * GAP;
            double startX = sb.x() + (sb.width() - rowW) / 2;
            for (int i = 0; i < kids.size(); i++) {
                double nx = startX + (i % perRow) * (NODE_W + GAP);
                double ny = sb.y() + HEADER + (i / perRow) * (NODE_H + GAP);
                out.put(kids.get(i), new Bounds(nx, ny, NODE_W, NODE_H));
            }
        }

        /** A load balancer is a band across the bottom of the subnets it uses, spanning their AZ columns. */
        private void spanLoadBalancers() {
            for (LoadBalancer lb : design.all(LoadBalancer.class)) {
                double minX = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double bottom = -Double.MAX_VALUE;
                for (String sid : lb.subnetIds()) {
                    Bounds b = out.get(sid);
                    if (b != null) {
                        minX = Math.min(minX, b.x());
                        maxX = Math.max(maxX, b.x() + b.width());
                        bottom = Math.max(bottom, b.y() + b.height());
                    }
                }
                if (minX < maxX) {
                    out.put(lb.id(), new Bounds(minX + PAD / 2, bottom - LB_BAND + 6, maxX - minX - PAD, 46));
                }
            }
        }
    }
}
