package dev.archway.exporters.designfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.exporters.InputException;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.OpaqueResource;
import dev.archway.model.SyntheticDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DesignFileRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {100, 1000})
    void savesAndReloadsSyntheticDesignsUnchanged(int size) throws IOException, InputException {
        Design design = SyntheticDesigns.generate(size);
        Path file = dir.resolve("synthetic.archway.json");
        DesignFile.write(design, file);
        Design reloaded = DesignFile.read(file);
        assertEquals(design, reloaded);
        assertEquals(DesignFile.toJson(design), DesignFile.toJson(reloaded));
    }

    @Test
    void writesStableSortedTwoSpaceJson() {
        DesignBuilder b = new DesignBuilder("tiny");
        String vpc = b.vpc("Vpc", b.region("Region", "eu-west-1"), "10.0.0.0/16");
        b.internetGateway("Igw", vpc);
        b.place(vpc, 10, 20, 300, 200);
        String expected = """
                {
                  "formatVersion": 1,
                  "name": "tiny",
                  "elements": [
                    {
                      "kind": "REGION",
                      "id": "Region",
                      "name": "Region",
                      "code": "eu-west-1"
                    },
                    {
                      "kind": "VPC",
                      "id": "Vpc",
                      "name": "Vpc",
                      "regionId": "Region",
                      "cidr": "10.0.0.0/16"
                    },
                    {
                      "kind": "INTERNET_GATEWAY",
                      "id": "Igw",
                      "name": "Igw",
                      "vpcId": "Vpc"
                    }
                  ],
                  "layout": {
                    "Vpc": {
                      "x": 10.0,
                      "y": 20.0,
                      "width": 300.0,
                      "height": 200.0
                    }
                  }
                }
                """;
        assertEquals(expected, DesignFile.toJson(b.build()));
    }

    @Test
    void keepsCloudFormationExtrasAndOpaqueResourcesInTemplateOrder() throws InputException {
        Design design = new Design("extras");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Zeta", 1);
        properties.put("Alpha", List.of("a", Map.of("Ref", "Other")));
        design.put(new OpaqueResource("Topic", "Topic", "AWS::SNS::Topic", properties, Map.of("DependsOn", "X"),
                List.of()));
        design.setCfnExtras("Topic", Map.of("Metadata", Map.of("k", true)));
        design.setBounds("Topic", new Bounds(0, 0, 10, 10));
        Design reloaded = DesignFile.fromJson(DesignFile.toJson(design), Path.of("extras.archway.json"));
        assertEquals(design, reloaded);
        assertEquals(List.of("Zeta", "Alpha"),
                List.copyOf(((OpaqueResource) reloaded.get("Topic")).properties().keySet()));
    }

    /** Issue 20: the health an AWS account reported is the simulation's starting state, so the file keeps it. */
    @Test
    void keepsTheTargetsAnAccountReportedUnhealthy() throws InputException {
        DesignBuilder b = new DesignBuilder("observed");
        String vpc = b.vpc("Vpc", b.region("Region", "eu-west-1"), "10.0.0.0/16");
        b.internetGateway("Igw", vpc);
        Design design = b.build();
        design.setUnhealthyTargets(java.util.Set.of("Igw"));
        String json = DesignFile.toJson(design);
        assertEquals(true, json.contains("\"unhealthyTargets\": [\n    \"Igw\"\n  ]"), json);
        Design reloaded = DesignFile.fromJson(json, Path.of("observed.archway.json"));
        assertEquals(java.util.Set.of("Igw"), reloaded.unhealthyTargets());
        assertEquals(design, reloaded);
        reloaded.remove("Igw");
        assertEquals(java.util.Set.of(), reloaded.unhealthyTargets());
    }

    /** Issue 16: an Auto Scaling group and its registration in a target group are part of the file. */
    @Test
    void keepsAutoScalingGroups() throws InputException {
        Design design = dev.archway.exporters.AutoScalingDesigns.web();
        Design reloaded = DesignFile.fromJson(DesignFile.toJson(design), Path.of("asg.archway.json"));
        assertEquals(design, reloaded);
        assertEquals(1, reloaded.all(dev.archway.model.lb.AutoScalingGroup.class).size());
    }

    @Test
    void keepsThePreviousVersionAsBak() throws IOException, InputException {
        Path file = dir.resolve("shop.archway.json");
        Design first = new DesignBuilder("first").build();
        Design second = new DesignBuilder("second").build();
        DesignFile.write(first, file);
        DesignFile.write(second, file);
        assertEquals(second, DesignFile.read(file));
        assertEquals(first, DesignFile.read(dir.resolve("shop.archway.json.bak")));
    }

    @Test
    void leavesTheOldFileWholeWhenSavingFails() throws IOException {
        Path file = dir.resolve("shop.archway.json");
        Files.writeString(file, "old content\n");
        Design unwritable = new Design("broken");
        unwritable.put(new OpaqueResource("Thing", "Thing", "AWS::X::Y", Map.of("Bad", new Object()), Map.of(),
                List.of()));
        assertThrows(IOException.class, () -> DesignFile.write(unwritable, file));
        assertEquals("old content\n", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
