package dev.archway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.diff.Drift;
import dev.archway.model.diff.ElementChange;
import dev.archway.model.diff.PropertyChange;
import dev.archway.model.diff.StackResource;
import dev.archway.model.edit.ElementCopier;
import dev.archway.model.lb.AutoScalingGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drift of what CloudFormation deployed: the emulated account's resources carry the tags CloudFormation puts on what
 * it creates ({@code aws:cloudformation:logical-id}, {@code aws:cloudformation:stack-name}), and the design is the
 * account as a template's import gives it (each element's id and name its logical id). They pair by logical id, not
 * by name; and a resized Auto Scaling group is that property change.
 */
@ExtendWith(MotoServer.class)
class AccountDriftMotoTest {
    static MotoServer server;
    static MotoAccount account;
    static Map<String, String> logicalIds;
    static Design fromTemplate;

    @BeforeAll
    static void deployAsCloudFormationWould(MotoServer moto) throws AccountException {
        server = moto;
        account = MotoAccount.populate(moto);
        logicalIds = Map.of(account.shopVpc, "ShopVpc", account.publicA, "PublicSubnetA", account.publicB,
                "PublicSubnetB", account.privateA, "PrivateSubnetA", account.privateB, "PrivateSubnetB", account.albSg,
                "AlbSecurityGroup", account.appSg, "AppSecurityGroup", account.alb, "Alb", account.webGroup, "WebTg",
                account.asg, "WebAsg");
        try (AwsClients aws = AwsClients.open(moto.request(List.of()))) {
            logicalIds.forEach((id, logicalId) -> tag(aws, id, logicalId));
        }
        fromTemplate = asImportedFromTemplate(read().design());
    }

    private static void tag(AwsClients aws, String id, String logicalId) {
        if (id.startsWith("arn:aws:elasticloadbalancing")) {
            aws.elb().addTags(r -> r.resourceArns(id).tags(t -> t.key(StackTags.STACK_NAME).value("shop"),
                    t -> t.key(StackTags.LOGICAL_ID).value(logicalId)));
        } else if (id.startsWith("arn:aws:autoscaling")) {
            aws.autoScaling().createOrUpdateTags(r -> r.tags(t -> t.resourceId("web-asg")
                    .resourceType("auto-scaling-group").key(StackTags.LOGICAL_ID).value(logicalId)
                    .propagateAtLaunch(false), t -> t.resourceId("web-asg").resourceType("auto-scaling-group")
                    .key(StackTags.STACK_NAME).value("shop").propagateAtLaunch(false)));
        } else {
            aws.ec2().createTags(r -> r.resources(id).tags(t -> t.key(StackTags.STACK_NAME).value("shop"),
                    t -> t.key(StackTags.LOGICAL_ID).value(logicalId)));
        }
    }

    /** Each tagged element under its logical id as id and name, as importing the template that deployed it gives. */
    private static Design asImportedFromTemplate(Design imported) {
        Map<String, String> ids = new HashMap<>(logicalIds);
        Design design = new Design("shop");
        for (Element e : imported.elements()) {
            String id = ids.getOrDefault(e.id(), e.id());
            design.put(ElementCopier.copy(e, id, logicalIds.containsKey(e.id()) ? id : e.name(), ids));
        }
        return design;
    }

    private static AccountResult read() throws AccountException {
        return AccountImport.read(server.request(List.of(account.shopVpc)), ImportProgress.NONE);
    }

    @Test
    void theImportReadsTheStackAndLogicalIdOfWhatCloudFormationDeployed() throws AccountException {
        Map<String, StackResource> deployedBy = read().deployedBy();
        assertEquals(new StackResource("shop", "Alb"), deployedBy.get(account.alb));
        assertEquals(new StackResource("shop", "WebTg"), deployedBy.get(account.webGroup));
        assertEquals(new StackResource("shop", "WebAsg"), deployedBy.get(account.asg));
        assertEquals(new StackResource("shop", "PrivateSubnetB"), deployedBy.get(account.privateB));
        assertFalse(deployedBy.containsKey(account.https), "listeners are not tagged");
    }

    @Test
    void elementsPairByLogicalIdWhateverTheirNames() throws AccountException {
        AccountResult again = read();
        Drift drift = again.driftFrom(fromTemplate);
        assertTrue(drift.isEmpty(), drift.diff().toString());
        assertFalse(Drift.between(fromTemplate, again.design()).isEmpty(), "by name alone the ALB does not pair");
    }

    @Test
    void aResizedAutoScalingGroupIsThatPropertyChange() throws AccountException {
        try (AwsClients aws = AwsClients.open(server.request(List.of()))) {
            aws.autoScaling().updateAutoScalingGroup(r -> r.autoScalingGroupName("web-asg").maxSize(6)
                    .desiredCapacity(3));
            Drift drift = read().driftFrom(fromTemplate);
            assertEquals(List.of("WebAsg"), drift.differing().stream().map(c -> c.after().name()).toList(),
                    drift.diff().toString());
            ElementChange change = drift.differing().get(0);
            assertEquals(AutoScalingGroup.class, change.after().getClass());
            assertEquals(List.of(new PropertyChange("desiredCapacity", 2, 3), new PropertyChange("maxSize", 4, 6)),
                    drift.properties(change));
            assertEquals(List.of(), drift.accountOnly());
            assertEquals(List.of(), drift.designOnly());
        } finally {
            try (AwsClients aws = AwsClients.open(server.request(List.of()))) {
                aws.autoScaling().updateAutoScalingGroup(r -> r.autoScalingGroupName("web-asg").maxSize(4)
                        .desiredCapacity(2));
            }
        }
    }
}
