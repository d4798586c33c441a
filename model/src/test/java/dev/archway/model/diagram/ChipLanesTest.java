package dev.archway.model.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChipLanesTest {

    @Test
    void mirroredPairsPutTheSecondChipOnTheLeft() {
        ChipLanes lanes = new ChipLanes();
        lanes.row("rule", "group");
        lanes.mirror();
        Map<String, Bounds> out = new LinkedHashMap<>();

        lanes.place(0, 0, 10, out);

        assertTrue(out.get("group").x() < out.get("rule").x());
        assertEquals(out.get("group").y(), out.get("rule").y());
    }

    @Test
    void aMirroredLaneOfSingleChipsStaysOneChipWide() {
        ChipLanes lanes = new ChipLanes();
        List.of("listener", "rule").forEach(id -> lanes.row(id, null));
        lanes.mirror();
        Map<String, Bounds> out = new LinkedHashMap<>();

        double[] placed = lanes.place(100, 0, 10, out);

        for (Bounds b : out.values()) {
            assertTrue(b.x() >= 100 && b.x() + b.width() <= placed[0], b + " outside the lane ending at " + placed[0]);
        }
    }
}
