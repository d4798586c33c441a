package dev.archway.exporters.designfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.exporters.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignFileBadInputTest {
    private static final Path FILE = Path.of("shop.archway.json");
    private static final String REGION = "{\"kind\":\"REGION\",\"id\":\"r\",\"name\":\"Region\",\"code\":\"eu-west-1\"}";
    private static final String VPC = "{\"kind\":\"VPC\",\"id\":\"v\",\"name\":\"Vpc\",\"regionId\":\"r\","
            + "\"cidr\":\"10.0.0.0/16\"}";

    @TempDir
    Path dir;

    private static String design(String... elements) {
        return "{\"formatVersion\":1,\"name\":\"shop\",\"elements\":[" + String.join(",", elements) + "]}";
    }

    private static String problem(String json) {
        InputException e = assertThrows(InputException.class, () -> DesignFile.fromJson(json, FILE));
        return e.getMessage();
    }

    @Test
    void readsAWellFormedDesign() throws InputException {
        assertEquals(2, DesignFile.fromJson(design(REGION, VPC), FILE).size());
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertEquals("shop.archway.json at line 1, column 22: not valid JSON: Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start field name", problem("{\"formatVersion\": 1, }"));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertEquals("shop.archway.json: empty file; expected an Archway design (JSON)", problem(""));
    }

    @Test
    void rejectsJsonWithoutFormatVersion() {
        assertEquals("shop.archway.json at $.formatVersion: missing; not an Archway design file",
                problem("{\"name\":\"shop\",\"elements\":[]}"));
    }

    @Test
    void rejectsAnUnknownFormatVersion() {
        assertEquals("shop.archway.json at $.formatVersion: unsupported version 2; this Archway reads version 1",
                problem("{\"formatVersion\":2,\"name\":\"shop\",\"elements\":[]}"));
    }

    @Test
    void rejectsAnUnknownKind() {
        String message = problem(design(REGION, "{\"kind\":\"SPACESHIP\",\"id\":\"s\",\"name\":\"S\"}"));
        assertEquals("shop.archway.json at $.elements[1].kind: unknown kind 'SPACESHIP' (expected one of REGION, VPC,",
                message.substring(0, message.indexOf("VPC,") + 4));
    }

    @Test
    void rejectsAnUnhealthyTargetThatIsNotInTheDesign() {
        String json = design(REGION, VPC).replace("]}", "],\"unhealthyTargets\":[\"v\",\"i-gone\"]}");
        assertEquals("shop.archway.json at $.unhealthyTargets[1]: expected the id of an element in the design",
                problem(json));
    }

    @Test
    void rejectsAValueOfTheWrongType() {
        String subnet = "{\"kind\":\"SUBNET\",\"id\":\"s\",\"name\":\"S\",\"vpcId\":\"v\",\"cidr\":\"10.0.1.0/24\","
                + "\"mapPublicIpOnLaunch\":\"maybe\"}";
        assertEquals("shop.archway.json at $.elements[2].mapPublicIpOnLaunch: 'maybe' is not true or false",
                problem(design(REGION, VPC, subnet)));
    }

    @Test
    void rejectsANestedValueOfTheWrongType() {
        String sg = "{\"kind\":\"SECURITY_GROUP\",\"id\":\"g\",\"name\":\"G\",\"vpcId\":\"v\","
                + "\"ingress\":[{\"protocol\":\"tcp\",\"fromPort\":\"http\",\"toPort\":80,\"cidr\":\"0.0.0.0/0\"}]}";
        assertEquals("shop.archway.json at $.elements[2].ingress[0].fromPort: 'http' is not a whole number",
                problem(design(REGION, VPC, sg)));
    }

    @Test
    void rejectsAnUnknownEnumValue() {
        String lb = "{\"kind\":\"LOAD_BALANCER\",\"id\":\"lb\",\"name\":\"Lb\",\"vpcId\":\"v\",\"type\":\"CLASSIC\","
                + "\"scheme\":\"INTERNAL\"}";
        assertEquals("shop.archway.json at $.elements[2].type: 'CLASSIC' is not one of APPLICATION, NETWORK",
                problem(design(REGION, VPC, lb)));
    }

    @Test
    void rejectsAnUnknownProperty() {
        String vpc = "{\"kind\":\"VPC\",\"id\":\"v\",\"name\":\"Vpc\",\"regionId\":\"r\",\"cidrs\":\"10.0.0.0/16\"}";
        assertEquals("shop.archway.json at $.elements[1].cidrs: unknown property 'cidrs'", problem(design(REGION, vpc)));
    }

    @Test
    void rejectsADanglingReference() {
        String subnet = "{\"kind\":\"SUBNET\",\"id\":\"s\",\"name\":\"S\",\"vpcId\":\"v\",\"azId\":\"az-9\","
                + "\"cidr\":\"10.0.1.0/24\"}";
        assertEquals("shop.archway.json at $.elements[2].azId: S refers to 'az-9', which is not in the design",
                problem(design(REGION, VPC, subnet)));
    }

    @Test
    void rejectsADanglingReferenceInsideAList() {
        String sg = "{\"kind\":\"SECURITY_GROUP\",\"id\":\"g\",\"name\":\"G\",\"vpcId\":\"v\","
                + "\"ingress\":[{\"protocol\":\"tcp\",\"fromPort\":80,\"toPort\":80,\"securityGroupId\":\"lb-sg\"}]}";
        assertEquals("shop.archway.json at $.elements[2].ingress[0].securityGroupId: G refers to 'lb-sg', which is "
                + "not in the design", problem(design(REGION, VPC, sg)));
    }

    @Test
    void rejectsADuplicateName() {
        String other = "{\"kind\":\"REGION\",\"id\":\"r2\",\"name\":\"Region\",\"code\":\"us-east-1\"}";
        assertEquals("shop.archway.json at $.elements[1].name: duplicate name 'Region'", problem(design(REGION, other)));
    }

    @Test
    void rejectsADuplicateId() {
        String other = "{\"kind\":\"REGION\",\"id\":\"r\",\"name\":\"Other\",\"code\":\"us-east-1\"}";
        assertEquals("shop.archway.json at $.elements[1].id: duplicate id 'r'", problem(design(REGION, other)));
    }

    @Test
    void rejectsAnElementWithoutAName() {
        assertEquals("shop.archway.json at $.elements[0].name: missing",
                problem(design("{\"kind\":\"REGION\",\"id\":\"r\",\"code\":\"eu-west-1\"}")));
    }

    @Test
    void rejectsLayoutOfAnElementThatIsNotThere() {
        String json = "{\"formatVersion\":1,\"name\":\"shop\",\"elements\":[" + REGION + "],"
                + "\"layout\":{\"ghost\":{\"x\":0,\"y\":0,\"width\":1,\"height\":1}}}";
        assertEquals("shop.archway.json at $.layout.ghost: places 'ghost', which is not in the design", problem(json));
    }

    @Test
    void rejectsAnUnknownTopLevelField() {
        String json = "{\"formatVersion\":1,\"name\":\"shop\",\"elements\":[],\"colour\":\"red\"}";
        assertEquals("shop.archway.json at $.colour: unknown field (expected one of formatVersion, name, elements, "
                + "layout, cfnExtras, unhealthyTargets)", problem(json));
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("nothing.archway.json");
        InputException e = assertThrows(InputException.class, () -> DesignFile.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void namesTheFileWhenReadingFromDisk() throws IOException {
        Path file = dir.resolve("broken.archway.json");
        Files.writeString(file, "[1, 2]");
        InputException e = assertThrows(InputException.class, () -> DesignFile.read(file));
        assertEquals(file + " at $: expected a JSON object with formatVersion, name and elements", e.getMessage());
    }
}
