package dev.archway.model.diagram;

import static dev.archway.model.diagram.DiagramMetrics.AZ_GAP;
import static dev.archway.model.diagram.DiagramMetrics.AZ_HEADER;
import static dev.archway.model.diagram.DiagramMetrics.AZ_PAD;
import static dev.archway.model.diagram.DiagramMetrics.BAND_H;
import static dev.archway.model.diagram.DiagramMetrics.BAR_H;
import static dev.archway.model.diagram.DiagramMetrics.CELL_H;
import static dev.archway.model.diagram.DiagramMetrics.CELL_W;
import static dev.archway.model.diagram.DiagramMetrics.CHIP_W;
import static dev.archway.model.diagram.DiagramMetrics.COLUMN_GAP;
import static dev.archway.model.diagram.DiagramMetrics.ICON;
import static dev.archway.model.diagram.DiagramMetrics.LISTENER_H;
import static dev.archway.model.diagram.DiagramMetrics.LISTENER_W;
import static dev.archway.model.diagram.DiagramMetrics.ROW_GAP;
import static dev.archway.model.diagram.DiagramMetrics.SUBNET_HEADER;
import static dev.archway.model.diagram.DiagramMetrics.SUBNET_PAD;
import static dev.archway.model.diagram.DiagramMetrics.VPC_HEADER;
import static dev.archway.model.diagram.DiagramMetrics.VPC_PAD;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.edit.Containment;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One VPC box, relative to its top-left corner: AZ columns side by side, each with its subnets stacked (public above
 * private), icons in a grid inside their subnet, load balancers and Aurora clusters as bars across the subnets they
 * use, and a side panel of columns for the application, the traffic path and the network plumbing.
 */
final class VpcLayout {
    /** The lanes' block: a little wider than tall. */
    private static final double LANE_ASPECT = 1.2;
    private final Design design;
    private final Topology topology;
    private final Vpc vpc;
    private final ContainmentIndex index;
    private final LaneOrder laneOrder;
    private final boolean mirrorLanes;
    private final Map<String, Integer> laneRank = new HashMap<>();
    private final Map<String, Bounds> out = new LinkedHashMap<>();
    private final List<AvailabilityZone> azs;
    private final Map<String, List<Subnet>> subnetsByAz = new LinkedHashMap<>();
    private final Map<String, List<String>> cellsBySubnet = new HashMap<>();
    private final Map<String, Bounds> subnetBounds = new HashMap<>();
    private final Map<String, Integer> rowOfSubnet = new HashMap<>();
    private int columns;
    private double[] rowTop;
    private int[] cellRows;
    private double[] bandsUsed;
    private double width;
    private double height;

    VpcLayout(Design design, Topology topology, ContainmentIndex index, Vpc vpc, LaneOrder laneOrder,
            boolean mirrorLanes) {
        this.design = design;
        this.mirrorLanes = mirrorLanes;
        this.laneOrder = laneOrder;
        this.topology = topology;
        this.index = index;
        this.vpc = vpc;
        this.azs = index.azsOf(vpc.id());
    }

    Map<String, Bounds> layout() {
        collectSubnets();
        collectCells();
        sizeRows();
        double azRight = placeAzColumns();
        placeBars();
        double panelBottom = placeSidePanel(azRight);
        followGroups();
        placeGateways();
        height = Math.max(height, panelBottom) + VPC_PAD;
        out.put(vpc.id(), new Bounds(0, 0, width, height));
        return out;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    private void collectSubnets() {
        for (AvailabilityZone az : azs) {
            List<Subnet> subnets = new ArrayList<>(index.subnetsOf(az.id()));
            subnets.sort(Comparator.comparing(s -> topology.isPublic(s) ? 0 : 1));
            subnetsByAz.put(az.id(), subnets);
            for (int r = 0; r < subnets.size(); r++) {
                rowOfSubnet.put(subnets.get(r).id(), r);
            }
        }
    }

    private void collectCells() {
        Map<String, Integer> order = orderLane();
        for (List<Subnet> list : subnetsByAz.values()) {
            for (Subnet s : list) {
                List<String> icons = new ArrayList<>(index.iconsIn(s.id()));
                icons.sort(Comparator.comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE)));
                cellsBySubnet.put(s.id(), icons);
            }
        }
        for (AvailabilityZone az : azs) {
            for (DbInstance db : index.dbInstancesIn(az.id())) {
                Subnet home = dbSubnetOf(db, az);
                if (home != null) {
                    cellsBySubnet.get(home.id()).add(db.id());
                }
            }
        }
        int most = cellsBySubnet.values().stream().mapToInt(List::size).max().orElse(0);
        // about as wide as tall in screen terms, so a subnet of hundreds of instances stays a block, not a column
        columns = Math.max(2, (int) Math.ceil(Math.sqrt(most * CELL_H / CELL_W * 1.6)));
    }

    /**
     * Orders the lane's rows and the targets in the subnets with {@link #laneOrder}, starting from the declared order
     * (targets in the order of the rows of their groups); returns the targets' ranks and keeps the rows' ranks.
     */
    private Map<String, Integer> orderLane() {
        List<List<String>> rows = trafficLanes().rowIds();
        List<String> listeners = new ArrayList<>();
        index.loadBalancersIn(vpc.id()).forEach(lb -> topology.listenersOf(lb).forEach(l -> listeners.add(l.id())));
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (List<String> row : rows) {
            row.stream().map(id -> design.get(id, TargetGroup.class)).filter(Objects::nonNull)
                    .forEach(tg -> tg.targetIds().forEach(t -> declared.putIfAbsent(t, declared.size())));
        }
        List<String> targets = new ArrayList<>();
        subnetsByAz.values().forEach(list -> list.forEach(s -> targets.addAll(index.iconsIn(s.id()))));
        targets.sort(Comparator.comparingInt(id -> declared.getOrDefault(id, Integer.MAX_VALUE)));
        List<List<String>> ordered = laneOrder.order(LaneGraphs.of(design, listeners, rows, targets));
        List<String> rowNodes = ordered.get(1);
        for (int rank = 0; rank < rowNodes.size(); rank++) {
            int row = Integer.parseInt(rowNodes.get(rank).substring(4));
            for (String id : rows.get(row)) {
                laneRank.put(id, rank);
            }
        }
        Map<String, Integer> targetRank = new HashMap<>();
        ordered.get(2).forEach(t -> targetRank.put(t, targetRank.size()));
        return targetRank;
    }

    /** Where {@link Containment} draws the instance (the last subnet of its AZ when it names none). */
    private Subnet dbSubnetOf(DbInstance db, AvailabilityZone az) {
        List<Subnet> subnets = subnetsByAz.get(az.id());
        Subnet home = design.get(Containment.dbSubnetFor(design, db), Subnet.class);
        return home != null || subnets.isEmpty() ? home : subnets.get(subnets.size() - 1);
    }

    private void sizeRows() {
        int rows = subnetsByAz.values().stream().mapToInt(List::size).max().orElse(0);
        cellRows = new int[rows];
        double[] bands = new double[rows];
        bandsUsed = new double[rows];
        for (List<Subnet> subnets : subnetsByAz.values()) {
            for (int r = 0; r < subnets.size(); r++) {
                int cells = cellsBySubnet.get(subnets.get(r).id()).size();
                cellRows[r] = Math.max(cellRows[r], (cells + columns - 1) / columns);
            }
        }
        for (List<String> bar : bars()) {
            bands[rowOf(bar)] += bandHeight(bar);
        }
        rowTop = new double[rows + 1];
        double y = VPC_HEADER + AZ_HEADER;
        for (int r = 0; r < rows; r++) {
            rowTop[r] = y;
            double h = SUBNET_HEADER + cellRows[r] * CELL_H + bands[r] + SUBNET_PAD;
            y += Math.max(h, SUBNET_HEADER + CELL_H) + ROW_GAP;
        }
        rowTop[rows] = y;
    }

    private double placeAzColumns() {
        double subnetW = 2 * SUBNET_PAD + columns * CELL_W;
        double azW = subnetW + 2 * AZ_PAD;
        double x = VPC_PAD;
        double bottom = rowTop[rowTop.length - 1] - ROW_GAP + AZ_PAD;
        for (AvailabilityZone az : azs) {
            out.put(az.id(), new Bounds(x, VPC_HEADER, azW, Math.max(bottom - VPC_HEADER, AZ_HEADER + CELL_H)));
            List<Subnet> subnets = subnetsByAz.get(az.id());
            for (int r = 0; r < subnets.size(); r++) {
                Subnet s = subnets.get(r);
                double h = rowTop[r + 1] - ROW_GAP - rowTop[r];
                Bounds b = new Bounds(x + AZ_PAD, rowTop[r], subnetW, h);
                subnetBounds.put(s.id(), b);
                out.put(s.id(), b);
                placeCells(b, cellsBySubnet.get(s.id()));
            }
            x += azW + AZ_GAP;
        }
        height = Math.max(bottom, VPC_HEADER + AZ_HEADER + CELL_H);
        return azs.isEmpty() ? VPC_PAD : x - AZ_GAP;
    }

    /**
     * Once the lanes are placed: each subnet's targets in the reading order (top to bottom, left to right) of the
     * target groups that name them, so that grid row k holds the targets of the lanes' top rows.
     */
    private void followGroups() {
        Map<String, Bounds> groupOf = new HashMap<>();
        for (TargetGroup tg : design.all(TargetGroup.class)) {
            Bounds b = out.get(tg.id());
            if (b != null) {
                tg.targetIds().forEach(t -> groupOf.putIfAbsent(t, b));
            }
        }
        Comparator<String> reading = Comparator.<String>comparingDouble(
                id -> groupOf.containsKey(id) ? groupOf.get(id).y() : Double.MAX_VALUE)
                .thenComparingDouble(id -> groupOf.containsKey(id) ? groupOf.get(id).x() : 0);
        for (Map.Entry<String, Bounds> subnet : subnetBounds.entrySet()) {
            List<String> cells = new ArrayList<>(cellsBySubnet.get(subnet.getKey()));
            cells.sort(reading);
            placeCells(subnet.getValue(), cells);
        }
    }

    private void placeCells(Bounds subnet, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            double cx = subnet.x() + SUBNET_PAD + (i % columns) * CELL_W + (CELL_W - ICON) / 2;
            double cy = subnet.y() + SUBNET_HEADER + (i / columns) * CELL_H + 6;
            out.put(ids.get(i), new Bounds(cx, cy, ICON, ICON));
        }
    }

    /**
     * Load balancers, clusters and Auto Scaling groups, each with the subnets it is drawn across; the id is the last
     * entry.
     */
    private List<List<String>> bars() {
        List<List<String>> bars = new ArrayList<>();
        for (LoadBalancer lb : index.loadBalancersIn(vpc.id())) {
            addBar(bars, lb.subnetIds(), lb.id());
        }
        for (AuroraCluster c : index.clustersIn(vpc.id())) {
            addBar(bars, topology.subnetsOf(c).stream().map(Subnet::id).toList(), c.id());
        }
        for (AutoScalingGroup g : byVpc(AutoScalingGroup.class)) {
            addBar(bars, g.subnetIds(), g.id());
        }
        return bars;
    }

    private void addBar(List<List<String>> bars, List<String> subnetIds, String id) {
        List<String> bar = new ArrayList<>(subnetIds.stream().filter(rowOfSubnet::containsKey).toList());
        if (!bar.isEmpty()) {
            bar.add(id);
            bars.add(bar);
        }
    }

    private int rowOf(List<String> bar) {
        return rowOfSubnet.get(bar.get(0));
    }

    private void placeBars() {
        for (List<String> bar : bars()) {
            int row = rowOf(bar);
            double left = Double.MAX_VALUE;
            double right = 0;
            for (String subnetId : bar.subList(0, bar.size() - 1)) {
                Bounds s = subnetBounds.get(subnetId);
                left = Math.min(left, s.x());
                right = Math.max(right, s.x() + s.width());
            }
            double y = rowTop[row] + SUBNET_HEADER + cellRows[row] * CELL_H + bandsUsed[row] + (BAND_H - BAR_H) / 2;
            bandsUsed[row] += bandHeight(bar);
            String id = bar.get(bar.size() - 1);
            Bounds b = new Bounds(left + SUBNET_PAD, y, right - left - 2 * SUBNET_PAD, bandHeight(bar) - BAND_H + BAR_H);
            out.put(id, b);
            placeListeners(id, b);
        }
    }

    /** A bar's band: taller for a load balancer, whose listeners are drawn inside it. */
    private double bandHeight(List<String> bar) {
        LoadBalancer lb = design.get(bar.get(bar.size() - 1), LoadBalancer.class);
        return lb != null && !topology.listenersOf(lb).isEmpty() ? BAND_H + LISTENER_H + 8 : BAND_H;
    }

    private void placeListeners(String id, Bounds bar) {
        LoadBalancer lb = design.get(id, LoadBalancer.class);
        if (lb == null) {
            return;
        }
        double x = bar.x() + 12;
        for (Listener listener : topology.listenersOf(lb)) {
            out.put(listener.id(), new Bounds(x, bar.y() + bar.height() - LISTENER_H - 8, LISTENER_W, LISTENER_H));
            x += LISTENER_W + 10;
        }
    }

    private double placeSidePanel(double azRight) {
        double top = VPC_HEADER + AZ_HEADER;
        double x = azRight + COLUMN_GAP;
        ChipColumn apps = new ChipColumn(x, top, out);
        for (AppNode app : index.appsIn(vpc.id())) {
            apps.addAt(app.id(), rowTopOf(app), 0);
        }
        if (!apps.isEmpty(top)) {
            x += CHIP_W + COLUMN_GAP;
        }
        double bottom = apps.bottom();
        for (ChipLanes lanes : List.of(trafficLanes(), networkLanes())) {
            if (!lanes.isEmpty()) {
                double[] placed = lanes.place(x, top, lanes.rowsPerLane(height - top, LANE_ASPECT), out);
                x = placed[0] + COLUMN_GAP;
                bottom = Math.max(bottom, placed[1]);
            }
        }
        width = x - COLUMN_GAP + VPC_PAD;
        return bottom;
    }

    private double rowTopOf(AppNode app) {
        for (String target : app.runsOn()) {
            Element e = design.get(target);
            if (e != null && rowOfSubnet.containsKey(e.container())) {
                return rowTop[rowOfSubnet.get(e.container())];
            }
        }
        return 0;
    }

    /** The request's lane: each listener rule beside the target group it forwards to, then groups no rule names. */
    private ChipLanes trafficLanes() {
        ChipLanes lanes = new ChipLanes();
        for (LoadBalancer lb : index.loadBalancersIn(vpc.id())) {
            if (!out.containsKey(lb.id())) {
                lanes.row(lb.id(), null);
            }
            for (Listener listener : topology.listenersOf(lb)) {
                if (!out.containsKey(listener.id())) {
                    lanes.row(listener.id(), firstGroup(listener.defaultActions()));
                }
                topology.rulesOf(listener).forEach(rule -> lanes.row(rule.id(), firstGroup(rule.actions())));
            }
        }
        lanes.pairs(design.all(TargetGroup.class).stream().filter(tg -> Objects.equals(tg.vpcId(), vpc.id()))
                .map(TargetGroup::id).toList());
        lanes.pairs(index.clustersIn(vpc.id()).stream().map(AuroraCluster::id).filter(id -> !out.containsKey(id))
                .toList());
        lanes.sortRows(laneRank);
        if (mirrorLanes) {
            lanes.mirror();
        }
        return lanes;
    }

    /** The first target group of the actions that lives in this VPC (a group elsewhere is drawn with its own VPC). */
    private String firstGroup(List<Action> actions) {
        for (Action a : actions) {
            for (String id : a.targetGroupIds()) {
                TargetGroup tg = design.get(id, TargetGroup.class);
                if (tg != null && Objects.equals(tg.vpcId(), vpc.id())) {
                    return id;
                }
            }
        }
        return null;
    }

    private ChipLanes networkLanes() {
        List<String> ids = new ArrayList<>();
        byVpc(RouteTable.class).forEach(rt -> ids.add(rt.id()));
        design.all(SecurityGroup.class).stream().filter(sg -> Objects.equals(sg.vpcId(), vpc.id()))
                .forEach(sg -> ids.add(sg.id()));
        byVpc(NetworkAcl.class).forEach(acl -> ids.add(acl.id()));
        byVpc(AutoScalingGroup.class).forEach(g -> ids.add(g.id())); // one with no subnet drawn here: no bar to draw
        for (AuroraCluster c : index.clustersIn(vpc.id())) {
            DbSubnetGroup group = design.get(c.dbSubnetGroupId(), DbSubnetGroup.class);
            if (group != null) {
                ids.add(group.id());
            }
        }
        ChipLanes lanes = new ChipLanes();
        ids.stream().distinct().filter(id -> !out.containsKey(id)).forEach(id -> lanes.row(id, null));
        return lanes;
    }

    private <T extends Element> List<T> byVpc(Class<T> type) {
        return design.all(type).stream().filter(e -> Objects.equals(e.container(), vpc.id())).toList();
    }

    private void placeGateways() {
        List<InternetGateway> igws = byVpc(InternetGateway.class);
        double x = width / 2 - ICON / 2 - (igws.size() - 1) * CELL_W / 2;
        for (InternetGateway igw : igws) {
            out.put(igw.id(), new Bounds(x, 12, ICON, ICON));
            x += CELL_W;
        }
    }
}
