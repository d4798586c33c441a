package dev.archway.model.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutQualityTest {
    private final DesignBuilder b = new DesignBuilder("measured");
    private final String vpc = b.vpc("Vpc", null, "10.0.0.0/16");
    private final String az = b.az("AzA", vpc, "eu-west-1a");
    private final String subnet = b.subnet("PrivateA", vpc, az, "10.0.1.0/24", null);
    private final String web = b.instance("Web", subnet, List.of());
    private final String api = b.instance("Api", subnet, List.of());

    private Design placed(Bounds webAt, Bounds apiAt) {
        Design d = b.build();
        d.setBounds(vpc, new Bounds(0, 0, 1000, 1000));
        d.setBounds(az, new Bounds(10, 10, 900, 900));
        d.setBounds(subnet, new Bounds(20, 20, 800, 800));
        d.setBounds(web, webAt);
        d.setBounds(api, apiAt);
        return d;
    }

    @Test
    void countsTwoNodesDrawnOverEachOtherAsAnOverlap() {
        Design d = placed(new Bounds(100, 100, 64, 64), new Bounds(130, 130, 64, 64));
        assertEquals(1, LayoutQuality.of(d, List.of()).overlaps());
    }

    @Test
    void countsANodeDrawnOutsideItsSubnet() {
        Design d = placed(new Bounds(100, 100, 64, 64), new Bounds(900, 100, 64, 64));
        LayoutQuality q = LayoutQuality.of(d, List.of());
        assertEquals(1, q.outside());
        assertEquals(0, q.overlaps());
    }

    @Test
    void countsEdgesThatCrossAndTheirBends() {
        Design d = placed(new Bounds(100, 100, 64, 64), new Bounds(300, 100, 64, 64));
        EdgeRoute across = new EdgeRoute(new double[] {0, 50, 100, 50});
        EdgeRoute down = new EdgeRoute(new double[] {50, 0, 50, 20, 80, 20, 80, 100});
        LayoutQuality q = LayoutQuality.of(d, List.of(across, down));
        assertEquals(1, q.crossings());
        assertEquals(2, q.bends());
    }

    @Test
    void routesAroundABoxBetweenTheEnds() {
        Bounds from = new Bounds(0, 0, 100, 40);
        Bounds to = new Bounds(400, 0, 100, 40);
        Bounds between = new Bounds(200, -20, 100, 80);
        EdgeRoute r = new EdgeRouter(List.of(from, to, between)).route(from, to);
        for (int i = 1; i < r.size(); i++) {
            boolean vertical = r.x(i) == r.x(i - 1);
            boolean horizontal = r.y(i) == r.y(i - 1);
            assertEquals(true, vertical || horizontal, "segment " + i + " is axis-parallel");
            double lo = Math.min(r.x(i), r.x(i - 1));
            double hi = Math.max(r.x(i), r.x(i - 1));
            boolean inBand = Math.min(r.y(i), r.y(i - 1)) < 60 && Math.max(r.y(i), r.y(i - 1)) > -20;
            assertEquals(false, inBand && hi > 200 && lo < 300, "segment " + i + " passes through the box");
        }
    }

    @Test
    void drawsTwoFacingBoxesWithOneStraightLine() {
        Bounds from = new Bounds(0, 0, 100, 40);
        Bounds to = new Bounds(300, 10, 100, 40);
        EdgeRoute r = new EdgeRouter(List.of(from, to)).route(from, to);
        assertEquals(0, r.bends());
        assertEquals(2, r.size());
    }
}
