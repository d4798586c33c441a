package dev.archway.exporters.assume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.exporters.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assumptions file: what it says, and one line naming the place for what it cannot say. */
class AssumptionsFileTest {
    private static final Path FILE = Path.of("a.yaml");

    @Test
    void readsParametersAndFactsInYamlOrJson() throws Exception {
        Assumptions yaml = AssumptionsFile.parse("""
                parameters: {Env: prod, Port: 8080, Zones: [a, b]}
                vpcs: {VpcId: {cidr: 10.1.0.0/16}}
                subnets: {Subnet1: {az: 2nd, public: false, cidr: 10.1.2.0/24}}
                securityGroups:
                  AppSg: {ingress: [{protocol: tcp, ports: 80-81, group: LbSg}, {protocol: all, cidr: 10.0.0.0/8}]}
                """, FILE);
        Assumptions json = AssumptionsFile.parse("""
                {"parameters": {"Env": "prod", "Port": 8080, "Zones": ["a", "b"]},
                 "vpcs": {"VpcId": {"cidr": "10.1.0.0/16"}},
                 "subnets": {"Subnet1": {"az": "2nd", "public": false, "cidr": "10.1.2.0/24"}},
                 "securityGroups": {"AppSg": {"ingress": [{"protocol": "tcp", "ports": "80-81", "group": "LbSg"},
                   {"protocol": "all", "cidr": "10.0.0.0/8"}]}}}
                """, FILE);
        assertEquals(yaml, json);
        assertEquals(Map.of("Env", "prod", "Port", "8080", "Zones", "a,b"), yaml.parameters());
        assertEquals(Map.of("AvailabilityZone", "2nd", "Public", false, "CidrBlock", "10.1.2.0/24"),
                yaml.facts().get("subnets.Subnet1"));
        assertEquals(Map.of("Ingress", List.of(Map.of("protocol", "tcp", "ports", "80-81", "group", "LbSg"),
                Map.of("protocol", "all", "cidr", "10.0.0.0/8"))), yaml.facts().get("securityGroups.AppSg"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "conditions: {IsProd: true}|a.yaml at conditions: unknown key conditions (expected one of parameters, "
                + "securityGroups, subnets, vpcs)",
        "subnets: {S: {az: 7th}}|a.yaml at subnets.S.az: expected a zone slot (1st ... 6th) or a zone name such as "
                + "us-east-1b, not \"7th\"",
        "subnets: {S: {cidr: 10.0.0.0/33}}|a.yaml at subnets.S.cidr: expected an IPv4 CIDR block such as "
                + "10.0.1.0/24, not \"10.0.0.0/33\"",
        "subnets: {S: {zone: 1st}}|a.yaml at subnets.S.zone: unknown key zone (expected one of az, cidr, public)",
        "subnets: [S]|a.yaml at subnets: expected a mapping by name",
        "parameters: {P: {x: 1}}|a.yaml at parameters.P: a Parameter's value is a text, a number or a list of them",
        "securityGroups: {G: {ingress: [{protocol: tcp, ports: 80}]}}|a.yaml at securityGroups.G.ingress[0]: a rule "
                + "names exactly one source: cidr or group",
        "securityGroups: {G: {ingress: [{protocol: tcp, ports: http, cidr: 0.0.0.0/0}]}}|a.yaml at "
                + "securityGroups.G.ingress[0].ports: expected a port (443) or a range (1024-65535), not \"http\"",
        "[1, 2]|a.yaml: an assumptions file is a mapping with parameters, vpcs, subnets and securityGroups",
    })
    void refusesWhatItCannotSayWithOneLine(String text, String message) {
        assertEquals(message, assertThrows(InputException.class, () -> AssumptionsFile.parse(text, FILE))
                .getMessage());
    }

    @Test
    void anEmptyFileAssumesNothing() throws Exception {
        assertEquals(true, AssumptionsFile.parse("", FILE).isEmpty());
    }
}
