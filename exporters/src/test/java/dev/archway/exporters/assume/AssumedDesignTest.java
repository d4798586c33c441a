package dev.archway.exporters.assume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.CfnTemplateExporter;
import dev.archway.exporters.cfn.ConditionValues;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.model.Design;
import dev.archway.model.lb.Listener;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template with an ALB in subnets given at deploy time ({@code List<AWS::EC2::Subnet::Id>}), a listener port and an
 * environment as Parameters: validation under assumptions.
 */
class AssumedDesignTest {
    static final Path TEMPLATE = Path.of("src/test/resources/assume/alb-in-given-subnets.yaml");
    private static final Path FILE = Path.of("assumptions.yaml");

    @Test
    void withoutAssumptionsTheOutsideSubnetsLeaveTheirRulesUndecided() throws Exception {
        assertEquals(List.of("info LB-PUBLIC-SUBNET [Alb, Subnets 1, Subnets 2]",
                "info LB-TWO-AZ [Alb, Subnets 1, Subnets 2]"), findings(imported()));
    }

    @Test
    void givenZonesAndTiersDecideThem() throws Exception {
        Design d = AssumedDesign.apply(imported(), file("""
                subnets:
                  Subnets 1: {az: 1st, public: true}
                  Subnets 2: {az: 2nd, public: true}
                """));
        assertEquals(List.of(), findings(d));
        assertEquals(List.of("1st", "2nd"), d.all(Subnet.class).stream()
                .map(s -> new Topology(d).zoneOf(s)).toList());
    }

    @Test
    void givenFactsThatBreakARuleMakeItsError() throws Exception {
        Design d = AssumedDesign.apply(imported(), file("""
                subnets:
                  Subnets 1: {az: 3rd, public: true}
                  Subnets 2: {az: 3rd, public: false}
                """));
        assertEquals(List.of("error LB-ONE-SUBNET-PER-AZ [Alb, Subnets 1, Subnets 2]",
                "error LB-PUBLIC-SUBNET [Alb, Subnets 2]", "error LB-TWO-AZ [Alb]"), findings(d));
    }

    @Test
    void aParameterValueIsEvaluatedAndKeptBesideTheTemplatesDefault() throws Exception {
        Design d = AssumedDesign.apply(imported(), Assumptions.parameters(Map.of("ListenerPort", "8080"), TEMPLATE));
        assertEquals(8080, d.all(Listener.class).get(0).port());
        assertTrue(findings(d).contains("error LB-SG-NO-LISTENER-PORT [Alb, Listener]"));
        assertEquals(Map.of("ListenerPort", "8080"), AssumedDesign.parameterValues(d));
        String exported = new CfnTemplateExporter().export(d).toString();
        assertTrue(exported.contains("ListenerPort={Type=Number, Default=80}"), exported);
        assertTrue(exported.contains("Port={Ref=ListenerPort}"), exported);
    }

    @Test
    void conditionsFollowTheParameters() throws Exception {
        Design d = imported();
        assertEquals(Map.of("IsProd", false), AssumedDesign.conditionValues(d));
        Design prod = AssumedDesign.apply(d, file("parameters: {Env: prod}"));
        assertEquals(Map.of("IsProd", true), AssumedDesign.conditionValues(prod));
    }

    @Test
    void aResourceIsLeftOutWhileItsConditionIsFalse() throws Exception {
        Design dev = imported();
        Design prod = AssumedDesign.apply(dev, file("parameters: {Env: prod}"));
        assertEquals(List.of("ProdTg"), absent(dev));
        assertEquals(List.of(), absent(prod));
        assertEquals(List.of("ProdTg"), absent(AssumedDesign.apply(prod, file("parameters: {Env: dev}"))));
    }

    @Test
    void aConditionOnAParameterWithoutValueCannotBeTold(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("t.yaml");
        Files.writeString(template, """
                Parameters:
                  CertificateArn: {Type: String}
                Conditions:
                  HasCertificate: !Not [!Equals [!Ref CertificateArn, '']]
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                  HttpsTg:
                    Type: AWS::ElasticLoadBalancingV2::TargetGroup
                    Condition: HasCertificate
                    Properties: {Port: 443, Protocol: HTTPS, VpcId: !Ref Vpc}
                """);
        Design d = ConditionValues.mark(DesignSources.load(template));
        assertTrue(findings(d).contains("info CONDITION-UNKNOWN [HttpsTg]"), findings(d).toString());
        Design given = AssumedDesign.apply(d, file("parameters: {CertificateArn: ''}"));
        assertEquals(List.of(), findings(given));
        assertEquals(Map.of("HasCertificate", false), AssumedDesign.conditionValues(given));
    }

    @Test
    void laterAssumptionsAddToEarlierOnes() throws Exception {
        Design d = AssumedDesign.apply(imported(), file("subnets: {Subnets 1: {az: 1st, public: true}}"));
        d = AssumedDesign.apply(d, Assumptions.parameters(Map.of("ListenerPort", "8080"), TEMPLATE));
        d = AssumedDesign.apply(d, file("subnets: {Subnets 2: {az: 2nd, public: true}}"));
        assertEquals(List.of("error LB-SG-NO-LISTENER-PORT [Alb, Listener]"), findings(d));
    }

    @Test
    void assumptionsSurviveTheDesignFile(@TempDir Path dir) throws Exception {
        Design d = AssumedDesign.apply(imported(), file("""
                parameters: {ListenerPort: 8080}
                subnets:
                  Subnets 1: {az: 1st, public: true}
                  Subnets 2: {az: 2nd, public: true}
                """));
        Path saved = dir.resolve("d.archway.json");
        DesignFile.write(d, saved);
        Design reopened = DesignFile.read(saved);
        assertEquals(findings(d), findings(reopened));
        assertEquals(Map.of("ListenerPort", "8080"), AssumedDesign.parameterValues(reopened));
    }

    @Test
    void anAssumptionAboutWhatIsNotThereNamesTheFileAndThePlace() throws Exception {
        Design d = imported();
        assertEquals("assumptions.yaml at parameters.Port: the template has no Parameter Port (it has Env, "
                + "ListenerPort, Subnets, VpcId)", assertThrows(InputException.class,
                () -> AssumedDesign.apply(d, file("parameters: {Port: 80}"))).getMessage());
        assertEquals("assumptions.yaml at subnets.Alb: the design has no Subnet Alb", assertThrows(
                InputException.class, () -> AssumedDesign.apply(d, file("subnets: {Alb: {az: 1st}}"))).getMessage());
        assertEquals("assumptions.yaml at securityGroups.AlbSg: AlbSg is part of the template, not an element from "
                + "outside it: its facts are the template's", assertThrows(InputException.class, () -> AssumedDesign
                .apply(d, file("securityGroups: {AlbSg: {ingress: []}}"))).getMessage());
    }

    static Design imported() throws InputException {
        return ConditionValues.mark(DesignSources.load(TEMPLATE));
    }

    private static Assumptions file(String text) throws InputException {
        return AssumptionsFile.parse(text, FILE);
    }

    private static List<String> findings(Design d) {
        return new Validator().validate(d).stream().filter(f -> !f.ruleId().equals("TG-EMPTY"))
                .map(AssumedDesignTest::summary).sorted().toList();
    }

    private static List<String> absent(Design d) {
        Topology topology = new Topology(d);
        return d.elements().stream().filter(topology::absent).map(e -> e.name()).toList();
    }

    private static String summary(Finding f) {
        return f.severity().label() + " " + f.summary();
    }
}
