package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.get;
import static dev.archway.exporters.cdk.CdkExpr.lit;
import static dev.archway.exporters.cdk.CdkExpr.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.model.stacks.StackPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the statements of one stack are divided among nested stacks. */
class NestedStackSplitterTest {
    private static final CdkType CFN_VPC = CdkType.ec2("CfnVPC");
    private static final CdkType IVPC = CdkType.ec2("IVpc");
    private static final CdkType GROUP = CdkType.ec2("SecurityGroup");
    private static final CdkType TARGET_GROUP = CdkType.elbv2("ApplicationTargetGroup");

    private final List<CdkStatement> statements = new ArrayList<>();
    private final List<String> owners = new ArrayList<>();

    private void add(String owner, CdkStatement statement) {
        statements.add(statement);
        owners.add(owner);
    }

    private void network() {
        add("vpc", new CdkStatement.Declare("cfnVpc", CFN_VPC, new CdkExpr.Construct(CFN_VPC, "Vpc", Map.of())));
        add("vpc", new CdkStatement.Declare("vpc", IVPC, CdkExpr.staticCall(CdkType.ec2("Vpc"), "fromVpcAttributes",
                CdkExpr.THIS, lit("VpcRef"), new CdkExpr.Struct(CdkType.ec2("VpcAttributes"),
                        Map.of("vpcId", get(var("cfnVpc"), "ref"))))));
        add("sg", new CdkStatement.Declare("webSg", GROUP, new CdkExpr.Construct(GROUP, "WebSg",
                Map.of("vpc", var("vpc")))));
    }

    private static StackPart part(String name, String... elementIds) {
        return new StackPart(name, Arrays.asList(elementIds), 1, 0, 0, List.of(), List.of());
    }

    @Test
    void aPartTakesTheConstructsOfOtherPartsAsInputsThatThoseHandOn() {
        network();
        add(null, new CdkStatement.Comment("target groups"));
        add("tg", new CdkStatement.Declare("tg", TARGET_GROUP, new CdkExpr.Construct(TARGET_GROUP, "Tg",
                Map.of("vpc", var("vpc"), "group", var("webSg")))));
        List<CdkNestedStack> stacks = new NestedStackSplitter(statements, owners,
                List.of(part("network", "vpc", "sg"), part("lb-web", "tg"))).split("ShopStack");
        CdkNestedStack lb = stacks.get(1);
        assertEquals("LbWebStack", lb.className());
        assertEquals(List.of(new CdkNestedStack.Field("cfnVpc", CFN_VPC, "network"),
                new CdkNestedStack.Field("webSg", GROUP, "network")), lb.inputs());
        assertEquals(lb.inputs(), stacks.get(0).exports());
        assertEquals(List.of(), lb.exports());
    }

    @Test
    void aLookupWithoutResourcesIsRepeatedInEachPartThatUsesIt() {
        network();
        add("tg", new CdkStatement.Declare("tg", TARGET_GROUP, new CdkExpr.Construct(TARGET_GROUP, "Tg",
                Map.of("vpc", var("vpc")))));
        List<CdkNestedStack> stacks = new NestedStackSplitter(statements, owners,
                List.of(part("network", "vpc", "sg"), part("lb-web", "tg"))).split("ShopStack");
        List<CdkStatement> lb = stacks.get(1).statements();
        assertEquals(List.of(statements.get(1), statements.get(3)), lb);
    }

    @Test
    void sectionCommentsGoWithTheStatementsThatFollowThem() {
        network();
        add(null, new CdkStatement.Comment("target groups"));
        add("tg", new CdkStatement.Declare("tg", TARGET_GROUP, new CdkExpr.Construct(TARGET_GROUP, "Tg", Map.of())));
        List<CdkNestedStack> stacks = new NestedStackSplitter(statements, owners,
                List.of(part("network", "vpc", "sg"), part("lb-web", "tg"))).split("ShopStack");
        assertEquals(new CdkStatement.Comment("target groups"), stacks.get(1).statements().get(0));
    }

    @Test
    void aPartIsBuiltAfterThePartsItTakesFromWhateverThePlanOrder() {
        network();
        List<CdkNestedStack> stacks = new NestedStackSplitter(statements, owners,
                List.of(part("groups", "sg"), part("network", "vpc"))).split("ShopStack");
        assertEquals(List.of("network", "groups"), stacks.stream().map(CdkNestedStack::partName).toList());
    }

    @Test
    void aNestedStackClassNeverTakesTheTopLevelStacksName() {
        network();
        List<CdkNestedStack> stacks = new NestedStackSplitter(statements, owners,
                List.of(part("network", "vpc", "sg"))).split("NetworkStack");
        assertEquals("NetworkNestedStack", stacks.get(0).className());
    }

    @Test
    void aStatementOfNoPartIsAnError() {
        network();
        add("elsewhere", new CdkStatement.Evaluate(CdkExpr.call(var("webSg"), "addIngressRule")));
        assertThrows(IllegalStateException.class, () -> new NestedStackSplitter(statements, owners,
                List.of(part("network", "vpc", "sg"))).split("ShopStack"));
    }
}
