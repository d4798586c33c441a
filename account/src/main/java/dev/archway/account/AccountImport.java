package dev.archway.account;

import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.network.Region;
import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * Reads a live AWS account, read-only, into an ordinary design: one region, the VPCs asked for (or all), and what
 * runs in them. Service by service: EC2 (network, security groups, instances), ECS, Elastic Load Balancing, ACM,
 * Auto Scaling, RDS (Aurora), Route 53. The design is laid out; each element's id is the ARN or id it was read
 * from. What one service refuses or lacks becomes a warning and the import goes on.
 */
public final class AccountImport {
    private AccountImport() {
    }

    public static AccountResult read(AccountRequest request, ImportProgress progress) throws AccountException {
        try (AwsClients clients = AwsClients.open(request)) {
            return read(request, progress, clients);
        }
    }

    /** With another HTTP client (recorded responses in tests). */
    static AccountResult read(AccountRequest request, ImportProgress progress, SdkHttpClient.Builder<?> http)
            throws AccountException {
        try (AwsClients clients = AwsClients.open(request, http)) {
            return read(request, progress, clients);
        }
    }

    private static AccountResult read(AccountRequest request, ImportProgress progress, AwsClients clients)
            throws AccountException {
        long started = System.nanoTime();
        Calls calls = new Calls(progress);
        ImportedDesign out = new ImportedDesign("aws-" + clients.region(), clients.region());
        out.put(new Region(clients.region(), clients.region(), clients.region()));
        try {
            out.design().batch(() -> readAll(request, clients, calls, out));
        } catch (Calls.Stop e) {
            throw new AccountException(e.getMessage());
        }
        if (request.vpcIds().isEmpty() && out.vpcs().isEmpty()) {
            calls.warn("the account has no VPC in " + clients.region());
        }
        request.vpcIds().stream().filter(v -> !out.hasVpc(v))
                .forEach(v -> calls.warn("VPC " + v + " is not in " + clients.region() + " (or cannot be read)"));
        out.design().setUnhealthyTargets(out.unhealthy());
        AwsDiagramLayout.apply(out.design());
        return new AccountResult(out.design(), out.deployedBy(), calls.warnings(), clients.clock().total(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void readAll(AccountRequest request, AwsClients clients, Calls calls, ImportedDesign out) {
        var ec2 = clients.ec2();
        service(calls, out, "ec2", () -> {
            new NetworkReader(ec2, calls, out, request).read();
            new SecurityGroupReader(ec2, calls, out, request).read();
            new InstanceReader(ec2, calls, out, request).read();
        });
        service(calls, out, "ecs", () -> new EcsReader(clients.ecs(), calls, out).read());
        var elb = clients.elb();
        service(calls, out, "elasticloadbalancing", () -> {
            // load balancers first: where a target group shares its name, the load balancer keeps it
            new LoadBalancerReader(elb, calls, out).read();
            new TargetGroupReader(elb, calls, out).read();
            new ElbTagReader(elb, calls, out).read();
        });
        service(calls, out, "acm", () -> new CertificateReader(clients.acm(), calls, out).read());
        service(calls, out, "autoscaling", () -> new AutoScalingReader(clients.autoScaling(), ec2, calls, out).read());
        service(calls, out, "rds", () -> new AuroraReader(clients.rds(), calls, out).read());
        service(calls, out, "route53", () -> new DnsReader(clients.route53(), calls, out).read());
    }

    /**
     * Progress hears each service start, then how many elements it added to the design (an Auto Scaling group's
     * instances, which it takes out again, were EC2's).
     */
    private static void service(Calls calls, ImportedDesign out, String service, Runnable reader) {
        calls.checkCancelled();
        calls.progress().started(service);
        int before = out.added();
        reader.run();
        calls.progress().finished(service, out.added() - before);
    }
}
