package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Region;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A zone a template takes from {@code Fn::GetAZs} (by {@code Fn::Select}, in every form the CloudFormation reference
 * gives: region {@code ''}, {@code AWS::Region} or a name; index a number, a string, a Parameter or a Mapping) is an
 * AZ slot: the Nth zone of the region, whatever the region, exported as the template wrote it.
 */
class CfnAzSlotsTest {
    private static final Path FILE = Path.of("stack.yaml");

    private static String subnet(String name, int third, String zone) {
        return """
                  %s:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      CidrBlock: 10.0.%d.0/24
                      AvailabilityZone: %s
                """.formatted(name, third, zone);
    }

    private static String template(String... subnets) {
        return """
                Parameters:
                  AzIndex: {Type: Number, Default: 1}
                Mappings:
                  Tiers:
                    App: {Index: '2'}
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                """ + String.join("", subnets);
    }

    private static String zoneOf(Design d, String subnet) {
        return new Topology(d).zoneOf(d.byName(subnet).map(Subnet.class::cast).orElseThrow());
    }

    @Test
    void everyFormOfSelectFromGetAzsIsTheSlotItIndexes() throws InputException {
        Design d = new CfnImporter().importText(template(
                subnet("Empty", 1, "!Select [0, !GetAZs '']"),
                subnet("PseudoRegion", 2, "!Select\n        - 1\n        - !GetAZs\n          Ref: 'AWS::Region'"),
                subnet("LongForm", 3, "{'Fn::Select': ['2', {'Fn::GetAZs': {Ref: 'AWS::Region'}}]}"),
                subnet("Named", 4, "!Select [3, !GetAZs eu-west-1]"),
                subnet("FromParameter", 5, "!Select [!Ref AzIndex, !GetAZs '']"),
                subnet("FromMapping", 6, "!Select [!FindInMap [Tiers, App, Index], !GetAZs '']"),
                subnet("Fifth", 7, "!Select [4, !GetAZs '']")), FILE);
        assertEquals(List.of(), d.all(OpaqueResource.class).stream().map(o -> o.name() + " " + d.cfnExtras(o.id()))
                .toList());
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "2nd", "3rd", "5th"), List.of(zoneOf(d, "Empty"),
                zoneOf(d, "PseudoRegion"), zoneOf(d, "LongForm"), zoneOf(d, "Named"), zoneOf(d, "FromParameter"),
                zoneOf(d, "FromMapping"), zoneOf(d, "Fifth")));
    }

    @Test
    void subnetsShareAnAzExactlyWhenTheyShareASlot() throws InputException {
        Design d = new CfnImporter().importText(template(
                subnet("PublicA", 1, "!Select [0, !GetAZs '']"),
                subnet("PrivateA", 2, "!Select ['0', !GetAZs {Ref: 'AWS::Region'}]"),
                subnet("PublicB", 3, "!Select [1, !GetAZs '']")), FILE);
        Subnet publicA = d.get("PublicA", Subnet.class);
        assertEquals(publicA.azId(), d.get("PrivateA", Subnet.class).azId());
        assertNotEquals(publicA.azId(), d.get("PublicB", Subnet.class).azId());
        assertEquals(List.of("1st AZ", "2nd AZ"), d.all(AvailabilityZone.class).stream().map(AvailabilityZone::name)
                .sorted().toList());
    }

    @Test
    void aZoneNameOrAListParameterStaysAZoneName() throws InputException {
        Design d = new CfnImporter().importText("""
                Parameters:
                  Zones: {Type: CommaDelimitedList, Default: 'eu-west-1a,eu-west-1b'}
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                """ + subnet("Literal", 1, "eu-west-1c") + subnet("Listed", 2, "!Select [1, !Ref Zones]"), FILE);
        assertEquals(List.of("eu-west-1c", "eu-west-1b"), List.of(zoneOf(d, "Literal"), zoneOf(d, "Listed")));
    }

    @Test
    void anIndexPastEveryRegionsZonesKeepsTheSubnetAsItIs() throws InputException {
        Design d = new CfnImporter().importText(template(subnet("Seventh", 1, "!Select [6, !GetAZs '']")), FILE);
        assertEquals(List.of("Seventh"), d.all(OpaqueResource.class).stream().map(OpaqueResource::name).toList());
    }

    @Test
    void withoutARegionTheSlotIsOfTheRegionAndWithOneItIsOfThatRegion() throws InputException {
        String text = template(subnet("S", 1, "!Select [0, !GetAZs '']"));
        Design unknown = new CfnImporter().importText(text, FILE);
        assertNull(unknown.all(Region.class).get(0).code(), "the template does not say where it deploys");
        assertEquals("1st AZ of the region", new Topology(unknown).zoneLabel(zoneOf(unknown, "S")));
        Design ireland = new CfnImporter().inRegion("eu-west-1").importText(text, FILE);
        assertEquals("eu-west-1", ireland.all(Region.class).get(0).code());
        assertEquals("1st AZ of eu-west-1", new Topology(ireland).zoneLabel(zoneOf(ireland, "S")));
    }

    @Test
    void exportWritesTheExpressionBackAsRead() throws InputException {
        String text = template(
                subnet("Short", 1, "!Select [0, !GetAZs '']"),
                subnet("Pseudo", 2, "!Select\n        - '1'\n        - !GetAZs\n          Ref: 'AWS::Region'"));
        Design d = new CfnImporter().importText(text, FILE);
        String yaml = new CfnYamlExporter().render(d).content();
        assertTrue(yaml.contains("AvailabilityZone: !Select\n        - 0\n        - !GetAZs ''\n"), yaml);
        for (String exported : List.of(yaml, new CfnJsonExporter().render(d).content())) {
            Map<String, Object> resources = Cfn.asMap(TemplateReader.read(exported, FILE).get("Resources"));
            Map<String, Object> original = Cfn.asMap(TemplateReader.read(text, FILE).get("Resources"));
            for (String subnet : List.of("Short", "Pseudo")) {
                assertEquals(properties(original, subnet).get("AvailabilityZone"),
                        properties(resources, subnet).get("AvailabilityZone"), exported);
            }
        }
    }

    @Test
    void aSlotDrawnAfterImportIsWrittenAsTheRegionsNthZone() throws InputException {
        Design d = new CfnImporter().importText(template(subnet("S", 1, "!Select [0, !GetAZs '']"),
                subnet("T", 2, "!Select [1, !GetAZs '']")), FILE);
        Subnet s = d.get("S", Subnet.class);
        d.put(s.withAz(d.get("T", Subnet.class).azId()));
        Map<String, Object> resources = Cfn.asMap(TemplateReader.read(new CfnYamlExporter().render(d).content(), FILE)
                .get("Resources"));
        assertEquals(Map.of("Fn::Select", List.of(1, Map.of("Fn::GetAZs", ""))),
                properties(resources, "S").get("AvailabilityZone"));
    }

    private static Map<String, Object> properties(Map<String, Object> resources, String logicalId) {
        return Cfn.asMap(Cfn.asMap(resources.get(logicalId)).get("Properties"));
    }
}
