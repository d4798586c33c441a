package dev.archway.model.edit;

import dev.archway.model.catalog.ElementTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New elements are valid where they land: free CIDR blocks, free priorities and ports, names that follow. */
class SmartDefaultsTest {
    private final EditBench bench = EditBench.withTwoZones();
    private final Element vpc = bench.design().all(ElementTypes.of(ElementKind.VPC)).get(0);

    @Test
    void everyNewSubnetGetsTheNextFreeBlockOfItsVpc() {
        List<Subnet> zones = bench.design().all(Subnet.class);
        for (int i = 0; i < 4; i++) {
            bench.dropIn(ElementKind.SUBNET, bench.design().get(zones.get(i % 2).azId()));
        }
        List<String> cidrs = bench.design().all(Subnet.class).stream().map(Subnet::cidr).sorted().toList();
        assertEquals(List.of("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24", "10.0.4.0/24",
                "10.0.5.0/24"), cidrs);
        assertTrue(new Validator().validate(bench.design()).stream().noneMatch(f -> f.ruleId().equals("SUBNET-CIDR")));
    }

    @Test
    void aSecondRuleTakesTheNextFreePriority() {
        Element listener = bench.dropIn(ElementKind.LISTENER, bench.dropIn(ElementKind.LOAD_BALANCER, vpc));
        ListenerRule first = (ListenerRule) bench.dropIn(ElementKind.LISTENER_RULE, listener);
        ListenerRule second = (ListenerRule) bench.dropIn(ElementKind.LISTENER_RULE, listener);
        assertEquals(10, first.priority());
        assertEquals(20, second.priority());
    }

    @Test
    void theSecondListenerOfABalancerIsHttpsOn443AndAnNlbListensOnTcp() {
        Element alb = bench.dropIn(ElementKind.LOAD_BALANCER, vpc);
        Listener http = (Listener) bench.dropIn(ElementKind.LISTENER, alb);
        Listener https = (Listener) bench.dropIn(ElementKind.LISTENER, alb);
        assertEquals("HTTP:80", http.label());
        assertEquals("HTTPS:443", https.label());
        Listener redirecting = bench.design().get(http.id(), Listener.class);
        assertEquals(dev.archway.model.lb.ActionType.REDIRECT, redirecting.defaultActions().get(0).type());
        assertEquals("443", redirecting.defaultActions().get(0).redirect().port());
        LoadBalancer nlb = (LoadBalancer) bench.dropIn(ElementKind.LOAD_BALANCER, vpc);
        bench.apply(Edit.of(new dev.archway.model.command.PutElementCommand("NLB", new LoadBalancer(nlb.id(),
                nlb.name(), nlb.vpcId(), LbType.NETWORK, nlb.scheme(), nlb.subnetIds(), nlb.securityGroupIds(),
                nlb.attributes(), nlb.elasticIps()))));
        assertEquals(Protocol.TCP, ((Listener) bench.dropIn(ElementKind.LISTENER, nlb)).protocol());
    }

    @Test
    void aRenamedSecurityGroupKeepsADescriptionThatSaysItsName() {
        Element sg = bench.dropIn(ElementKind.SECURITY_GROUP, vpc);
        bench.apply(DesignEdits.rename(bench.design(), sg.id(), "lb-sg"));
        assertEquals("Security group lb-sg", bench.design().get(sg.id(), SecurityGroup.class).description());
    }
}
