package dev.archway.account;

import dev.archway.model.Design;
import dev.archway.model.diff.Drift;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.TargetGroup;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;

/**
 * Benchmark, not a test (scripts/bench-account-import.sh; skipped unless {@code -Darchway.bench=true}): imports an
 * emulated account of 1,000 targets and 200 listener rules (two ALBs of 100 rules each; ten target groups, five of
 * 100 EC2 instances and five of 100 IP addresses) and prints, per run, the time spent waiting on the AWS APIs
 * (AccountResult.apiTime) and in Archway (the rest of totalTime), and the time to compare the design with itself
 * read again (drift). The figures are in docs/aws-account.md.
 */
@ExtendWith(MotoServer.class)
@EnabledIfSystemProperty(named = "archway.bench", matches = "true")
class AccountImportBenchmark {
    private static final int GROUPS = 10;
    private static final int TARGETS_PER_GROUP = 100;
    private static final int RULES_PER_LISTENER = 100;
    private static final int RUNS = 3;

    @Test
    void importsAThousandTargetsAndTwoHundredRules(MotoServer moto) throws Exception {
        try (AwsClients aws = AwsClients.open(moto.request(List.of()))) {
            populate(aws.ec2(), aws.elb());
        }
        PrintStream out = System.out;
        out.println();
        out.println("| run | elements | targets | rules | API calls (s) | Archway (s) | total (s) | drift (s) |");
        out.println("|---|---|---|---|---|---|---|---|");
        Design previous = null;
        for (int run = 1; run <= RUNS; run++) {
            AccountResult result = AccountImport.read(moto.request(List.of()), ImportProgress.NONE);
            Design design = result.design();
            long driftStart = System.nanoTime();
            boolean same = previous == null || Drift.between(previous, design).isEmpty();
            double drift = previous == null ? Double.NaN : (System.nanoTime() - driftStart) / 1e9;
            previous = design;
            int targets = design.all(TargetGroup.class).stream().mapToInt(g -> g.targets().size()).sum();
            out.println(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.2f | %.2f | %.2f | %s |", run,
                    design.size(), targets, design.all(ListenerRule.class).size(), result.apiTime().toMillis() / 1e3,
                    (result.totalTime().toMillis() - result.apiTime().toMillis()) / 1e3,
                    result.totalTime().toMillis() / 1e3,
                    Double.isNaN(drift) ? "–" : String.format(Locale.ROOT, "%.2f%s", drift, same ? "" : " (drift!)")));
        }
        out.println("IP targets: " + previous.all(IpTarget.class).size());
    }

    private static void populate(Ec2Client ec2, ElasticLoadBalancingV2Client elb) {
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String a = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.0.0/20")
                .availabilityZone(MotoServer.REGION + "a")).subnet().subnetId();
        String b = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.16.0/20")
                .availabilityZone(MotoServer.REGION + "b")).subnet().subnetId();
        String ami = ec2.describeImages(r -> r.owners("amazon")).images().get(0).imageId();
        List<String> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            boolean ip = g % 2 == 1;
            int n = g;
            String group = elb.createTargetGroup(r -> r.name("group-" + n).protocol("HTTP").port(8080).vpcId(vpc)
                    .targetType(ip ? "ip" : "instance")).targetGroups().get(0).targetGroupArn();
            groups.add(group);
            List<TargetDescription> targets = ip ? ips(g) : instances(ec2, ami, g % 4 == 0 ? a : b);
            elb.registerTargets(r -> r.targetGroupArn(group).targets(targets));
        }
        for (int lb = 0; lb < 2; lb++) {
            int n = lb;
            String alb = elb.createLoadBalancer(r -> r.name("bench-" + n).type("application")
                    .scheme("internet-facing").subnets(a, b)).loadBalancers().get(0).loadBalancerArn();
            String listener = elb.createListener(r -> r.loadBalancerArn(alb).protocol("HTTP").port(80)
                    .defaultActions(x -> x.type("forward").targetGroupArn(groups.get(0)))).listeners().get(0)
                    .listenerArn();
            for (int p = 1; p <= RULES_PER_LISTENER; p++) {
                int priority = p;
                String group = groups.get(p % GROUPS);
                elb.createRule(r -> r.listenerArn(listener).priority(priority)
                        .conditions(c -> c.field("path-pattern").pathPatternConfig(x -> x.values("/svc-" + priority
                                + "/*")))
                        .actions(x -> x.type("forward").targetGroupArn(group)));
            }
        }
    }

    private static List<TargetDescription> ips(int group) {
        return IntStream.range(0, TARGETS_PER_GROUP).mapToObj(i -> TargetDescription.builder()
                .id("10.0." + (group * 2 + i / 100) + "." + (10 + i % 100)).port(8080).build()).toList();
    }

    private static List<TargetDescription> instances(Ec2Client ec2, String ami, String subnet) {
        return ec2.runInstances(r -> r.imageId(ami).instanceType("t3.micro").minCount(TARGETS_PER_GROUP)
                .maxCount(TARGETS_PER_GROUP).subnetId(subnet)).instances().stream()
                .map(i -> TargetDescription.builder().id(i.instanceId()).build()).toList();
    }
}
