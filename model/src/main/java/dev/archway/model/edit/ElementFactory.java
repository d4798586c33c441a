package dev.archway.model.edit;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.OpaqueResource;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LaunchType;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Region;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.List;
import java.util.Map;

/** New elements as a palette drop creates them: AWS defaults, a fresh id, a unique name, placed in {@code parent}. */
public final class ElementFactory {
    private ElementFactory() {
    }

    /** {@code parent} is the element dropped into (the container the kind requires), or null. */
    public static Element create(Design design, ElementKind kind, Element parent) {
        String id = Ids.newId(kind);
        String name = uniqueName(design, baseName(kind));
        String vpc = vpcOf(parent);
        String p = parent == null ? null : parent.id();
        switch (kind) {
            case REGION: return new Region(id, name, "eu-west-1");
            case VPC: return new Vpc(id, name, p, "10.0.0.0/16");
            case AVAILABILITY_ZONE: return new AvailabilityZone(id, name, p, nextZone(design, p));
            case SUBNET: return new Subnet(id, name, vpc, p, SmartDefaults.nextSubnetCidr(design, vpc), null, null,
                    false);
            case INTERNET_GATEWAY: return new InternetGateway(id, name, p);
            case NAT_GATEWAY: return new NatGateway(id, name, p, true, true);
            case ROUTE_TABLE: return new RouteTable(id, name, p, false, List.of());
            case SECURITY_GROUP: return SecurityGroup.create(id, name, p, "Security group " + name);
            case NETWORK_ACL: return new NetworkAcl(id, name, p, List.of());
            case LOAD_BALANCER: return new LoadBalancer(id, name, p, LbType.APPLICATION, Scheme.INTERNET_FACING,
                    List.of(), List.of(), Map.of(), List.of());
            case LISTENER: return new Listener(id, name, null, Protocol.HTTP, 80, List.of(), null,
                    List.of(Action.fixedResponse("404", "text/plain", "Not found")));
            case LISTENER_RULE: return new ListenerRule(id, name, null, 100, List.of(RuleCondition.path("/*")),
                    List.of(Action.fixedResponse("200", "text/plain", "OK")));
            case TARGET_GROUP: return new TargetGroup(id, name, p, Protocol.HTTP, 80, TargetType.INSTANCE,
                    HealthCheck.httpDefault("/"), Map.of(), List.of());
            case EC2_INSTANCE: return new Ec2Instance(id, name, p, List.of(), "t3.micro", "ami-0abcdef1234567890", null,
                    false);
            case ECS_SERVICE: return new EcsService(id, name, "cluster", LaunchType.FARGATE,
                    p == null ? List.of() : List.of(p), List.of(), 2, "app", 80, "public.ecr.aws/nginx/nginx:latest",
                    false);
            case AUTO_SCALING_GROUP: return new AutoScalingGroup(id, name, vpc, subnetsOf(design, vpc), List.of(), 1,
                    2, 4, "t3.micro", "ami-0abcdef1234567890", null);
            case IP_TARGET: return new IpTarget(id, name, "10.0.0.10", p, List.of());
            case CERTIFICATE: return new Certificate(id, name, "example.com", List.of("*.example.com"), null);
            case HOSTED_ZONE: return new HostedZone(id, name, "example.com", false);
            case DNS_RECORD: return new DnsRecord(id, name, null, "www.example.com", "A", null, List.of(), null);
            case DB_SUBNET_GROUP: return new DbSubnetGroup(id, name, name, List.of());
            case AURORA_CLUSTER: return new AuroraCluster(id, name, p, "aurora-postgresql", "16.4", 5432, null,
                    List.of(), "app", "dbadmin", null, List.of(), true);
            case DB_INSTANCE: return new DbInstance(id, name, null, azOf(parent), "db.r6g.large", 1, false);
            case APP_NODE: return new AppNode(id, name, "django", List.of(), List.of(), List.of(), List.of());
            default: return new OpaqueResource(id, name, "AWS::CloudFormation::WaitConditionHandle", Map.of(),
                    Map.of(), List.of());
        }
    }

    /** {@code subnet}, {@code ec2-instance}: names in the style of AWS resource names. */
    public static String baseName(ElementKind kind) {
        return kind.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    public static String uniqueName(Design design, String base) {
        if (design.byName(base).isEmpty()) {
            return base;
        }
        int n = 2;
        while (design.byName(base + "-" + n).isPresent()) {
            n++;
        }
        return base + "-" + n;
    }

    private static String vpcOf(Element parent) {
        if (parent instanceof AvailabilityZone az) {
            return az.vpcId();
        }
        if (parent instanceof Subnet s) {
            return s.vpcId();
        }
        return parent instanceof Vpc ? parent.id() : null;
    }

    /** The subnets of a VPC, in design order: a new Auto Scaling group spans them all. */
    private static List<String> subnetsOf(Design design, String vpcId) {
        return design.all(Subnet.class).stream().filter(s -> s.vpcId() != null && s.vpcId().equals(vpcId))
                .map(Subnet::id).toList();
    }

    private static String azOf(Element parent) {
        if (parent instanceof Subnet s) {
            return s.azId();
        }
        return parent instanceof AvailabilityZone ? parent.id() : null;
    }

    private static String nextZone(Design design, String vpcId) {
        long existing = design.all(AvailabilityZone.class).stream().filter(a -> a.vpcId() != null
                && a.vpcId().equals(vpcId)).count();
        return "eu-west-1" + (char) ('a' + Math.min(existing, 25));
    }
}
