package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that takes its subnets' AZs from {@code Fn::GetAZs} (by index Parameters) is validated and simulated by
 * AZ slot: the 1st and 2nd AZ of the region, named by {@code --region} when given, never a made-up us-east-1 zone.
 */
class AzSlotsCliTest {
    private static final String TEMPLATE = "src/test/resources/azslots/alb-on-az-slots.yaml";

    @TempDir
    Path dir;

    private static String run(int exit, String... args) {
        try (CliStreams io = new CliStreams()) {
            assertEquals(exit, ArchwayCli.run(args), io.err() + io.out());
            return io.out();
        }
    }

    @Test
    void subnetsInTheFirstAndSecondSlotSpanTwoAzs() {
        String out = run(0, "validate", TEMPLATE);
        assertFalse(out.contains("LB-TWO-AZ"), out);
        assertFalse(out.contains("us-east-1"), out);
    }

    @Test
    void subnetsBothInTheFirstSlotShareOneAzAndTheFindingNamesIt() {
        String out = run(1, "validate", TEMPLATE, "--param", "SecondAz=0");
        assertTrue(out.contains("LB-TWO-AZ  Alb has subnets in only 1st AZ of the region"), out);
        String placed = run(1, "validate", TEMPLATE, "--param", "SecondAz=0", "--region", "eu-west-1");
        assertTrue(placed.contains("LB-TWO-AZ  Alb has subnets in only 1st AZ of eu-west-1"), placed);
        assertTrue(placed.contains("LB-ONE-SUBNET-PER-AZ  Alb has 2 subnets in 1st AZ of eu-west-1"), placed);
    }

    @Test
    void theRegionCanBeGivenAsThePseudoParameter() {
        String out = run(1, "validate", TEMPLATE, "--param", "SecondAz=0", "--param", "AWS::Region=ap-south-1");
        assertTrue(out.contains("Alb has subnets in only 1st AZ of ap-south-1"), out);
    }

    @Test
    void simulationNamesTheSlotOfTheTargetAndOfEachNode() throws Exception {
        String out = run(0, "simulate", TEMPLATE, "--lb", "Alb", "--request", "GET http://shop.example.com/",
                "--requests", "20", "--format", "json", "--region", "eu-west-1");
        assertFalse(out.contains("us-east-1"), out);
        JsonNode trace = new ObjectMapper().readTree(out);
        assertEquals("forwarded", trace.path("outcome").asText(), out);
        assertTrue(List.of("1st AZ of eu-west-1", "2nd AZ of eu-west-1").contains(trace.path("zone").asText()), out);
        List<String> hops = new ArrayList<>();
        trace.path("hops").forEach(h -> hops.add(h.path("reason").asText()));
        assertTrue(hops.get(0).endsWith("DNS returns the nodes in 1st AZ of eu-west-1, 2nd AZ of eu-west-1"),
                hops.toString());
        assertTrue(hops.get(hops.size() - 1).matches("to Web[AB] at .* in (1st|2nd) AZ of eu-west-1"), hops.toString());
    }

    @Test
    void withoutARegionTheSlotIsOfTheRegion() throws Exception {
        JsonNode trace = new ObjectMapper().readTree(run(0, "simulate", TEMPLATE, "--lb", "Alb", "--request",
                "GET http://shop.example.com/", "--format", "json"));
        assertTrue(trace.path("zone").asText().matches("(1st|2nd) AZ of the region"), trace.toString());
    }

    @Test
    void aTemplateImportedInARegionKeepsItAndExportsTheExpressionsAsWritten() throws Exception {
        Path design = dir.resolve("shop.archway.json");
        run(0, "import", TEMPLATE, "--region", "eu-west-1", "--out", design.toString());
        String out = run(1, "validate", design.toString(), "--param", "SecondAz=0");
        assertTrue(out.contains("Alb has subnets in only 1st AZ of eu-west-1"), out);
        Path exported = dir.resolve("shop.yaml");
        run(0, "export", design.toString(), "--to", "cfn-yaml", "--out", exported.toString());
        String yaml = Files.readString(exported);
        assertTrue(yaml.contains("AvailabilityZone: !Select\n        - !Ref FirstAz\n        - !GetAZs ''\n"), yaml);
        assertTrue(yaml.contains("AvailabilityZone: !Select\n        - !Ref SecondAz\n        - !GetAZs\n"
                + "            Ref: AWS::Region\n"), yaml);
        assertFalse(yaml.contains("us-east-1"), yaml);
    }

    @Test
    void aRegionThatIsNoRegionCodeIsRefused() {
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("validate", TEMPLATE, "--region", "Ireland"));
            assertTrue(io.err().contains("--region Ireland: expected a region code such as eu-west-1"), io.err());
        }
    }
}
