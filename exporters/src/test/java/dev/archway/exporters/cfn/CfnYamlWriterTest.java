package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CfnYamlWriterTest {

    private static Map<String, Object> resource(Map<String, Object> properties) {
        return Cfn.map("Resources", Cfn.map("Web", Cfn.map("Type", "AWS::EC2::Instance", "Properties", properties)));
    }

    @Test
    void writesShortFormIntrinsics() {
        assertEquals("""
                Resources:
                  Web:
                    Type: AWS::EC2::Instance
                    Properties:
                      SubnetId: !Ref PublicA
                      SecurityGroupIds:
                        - !GetAtt WebSg.GroupId
                      Name: !Sub www.${Domain}
                      Zone: !Select
                        - 0
                        - !GetAZs ''
                """, CfnYamlWriter.write(resource(Cfn.map("SubnetId", Cfn.ref("PublicA"), "SecurityGroupIds",
                List.of(Cfn.getAtt("WebSg", "GroupId")), "Name", Cfn.sub("www.${Domain}"), "Zone",
                Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", "")))))));
    }

    @Test
    void writesAFunctionOfAFunctionInLongForm() {
        assertEquals("""
                Resources:
                  Web:
                    Type: AWS::EC2::Instance
                    Properties:
                      UserData: !Base64
                        Fn::Sub: |
                          #!/bin/bash
                          echo ${AWS::Region}
                """, CfnYamlWriter.write(resource(Cfn.map("UserData", Map.of("Fn::Base64",
                Cfn.sub("#!/bin/bash\necho ${AWS::Region}\n"))))));
    }

    @Test
    void quotesWhatYamlWouldReadAsSomethingElse() {
        assertEquals(List.of("'2010-09-09'", "'16.4'", "'true'", "'*.example.com'", "'80'", "''", "'a: b'",
                "\"tab\\there\"", "10.0.0.0/16", "AWS::EC2::VPC", "ELBSecurityPolicy-TLS13-1-2-2021-06"),
                List.of("2010-09-09", "16.4", "true", "*.example.com", "80", "", "a: b", "tab\there", "10.0.0.0/16",
                        "AWS::EC2::VPC", "ELBSecurityPolicy-TLS13-1-2-2021-06").stream().map(CfnYamlWriter::scalar)
                        .toList());
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        Map<String, Object> template = resource(Cfn.map("A", List.of(List.of(1, "x"), Map.of()), "B", List.of(),
                "C", Map.of("Fn::If", List.of("IsProd", Cfn.ref("X"), Cfn.ref("AWS::NoValue"))), "D", "multi\nline",
                "E", "  leading spaces\nand more", "F", 2.5, "H", "line\u2028sep\u0085nel", "I", "caf\u00e9 \u0001",
                "G", Map.of("Fn::GetAtt", List.of("Db", "Endpoint.Address"))));
        assertEquals(template, TemplateReader.read(CfnYamlWriter.write(template), Path.of("t.yaml")));
    }
}
