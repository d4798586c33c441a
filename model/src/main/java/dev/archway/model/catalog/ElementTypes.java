package dev.archway.model.catalog;

    import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.OpaqueResource;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
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

    /**
     * The record class of each element kind: what a design file's {@code "kind"} is read as, and how a kind is looked up
     * by type. It sits above the element packages so that they (and {@link ElementKind}) never refer back to it.
     */
    public final class ElementTypes {
        private ElementTypes() {
        }

        /** Every element class, in kind order: the subject types of a rule about any element. */
        public static List<Class<? extends Element>> all() {
            return java.util.Arrays.stream(ElementKind.values()).<Class<? extends Element>>map(ElementTypes::of)
                    .toList();
        }

        public static Class<? extends Element> of(ElementKind kind) {
            return switch (kind) {
                case REGION -> Region.class;
            case VPC -> Vpc.class;
            case AVAILABILITY_ZONE -> AvailabilityZone.class;
            case SUBNET -> Subnet.class;
            case INTERNET_GATEWAY -> InternetGateway.class;
            case NAT_GATEWAY -> NatGateway.class;
            case ROUTE_TABLE -> RouteTable.class;
            case SECURITY_GROUP -> SecurityGroup.class;
            case NETWORK_ACL -> NetworkAcl.class;
            case LOAD_BALANCER -> LoadBalancer.class;
            case LISTENER -> Listener.class;
            case LISTENER_RULE -> ListenerRule.class;
            case TARGET_GROUP -> TargetGroup.class;
            case EC2_INSTANCE -> Ec2Instance.class;
            case ECS_SERVICE -> EcsService.class;
            case AUTO_SCALING_GROUP -> AutoScalingGroup.class;
            case IP_TARGET -> IpTarget.class;
            case CERTIFICATE -> Certificate.class;
            case HOSTED_ZONE -> HostedZone.class;
            case DNS_RECORD -> DnsRecord.class;
            case DB_SUBNET_GROUP -> DbSubnetGroup.class;
            case AURORA_CLUSTER -> AuroraCluster.class;
            case DB_INSTANCE -> DbInstance.class;
            case APP_NODE -> AppNode.class;
            case OPAQUE -> OpaqueResource.class;
            };
        }
    }
    