package dev.archway.account;

import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.network.Region;
import java.time.Duration;
import java.util.function.IntSupplier;
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
        if (out.vpcs().isEmpty()) {
            calls.warn(request.vpcIds().isEmpty() ? "the account has no VPC in " + clients.region()
                    : "none of the VPCs " + String.join(", ", request.vpcIds()) + " is in " + clients.region());
        }
        out.design().setUnhealthyTargets(out.unhealthy());
        AwsDiagramLayout.apply(out.design());
        return new AccountResult(out.design(), calls.warnings(), clients.clock().total(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void readAll(AccountRequest request, AwsClients clients, Calls calls, ImportedDesign out) {
        var ec2 = clients.ec2();
        service(calls, "ec2", () -> new NetworkReader(ec2, calls, out, request).read()
                + new SecurityGroupReader(ec2, calls, out, request).read()
                + new InstanceReader(ec2, calls, out, request).read());
        service(calls, "ecs", () -> new EcsReader(clients.ecs(), calls, out).read());
        var elb = clients.elb();
        // load balancers first: where a target group shares its name, the load balancer keeps it
        service(calls, "elasticloadbalancing", () -> new LoadBalancerReader(elb, calls, out).read()
                + new TargetGroupReader(elb, calls, out).read());
        service(calls, "acm", () -> new CertificateReader(clients.acm(), calls, out).read());
        service(calls, "autoscaling", () -> new AutoScalingReader(clients.autoScaling(), calls, out).read());
        service(calls, "rds", () -> new AuroraReader(clients.rds(), calls, out).read());
        service(calls, "route53", () -> new DnsReader(clients.route53(), calls, out).read());
    }

    private static void service(Calls calls, String service, IntSupplier reader) {
        calls.checkCancelled();
        calls.progress().started(service);
        int items = reader.getAsInt();
        calls.progress().finished(service, items);
    }
}
