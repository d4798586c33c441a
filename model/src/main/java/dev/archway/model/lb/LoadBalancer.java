package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.List;
import java.util.Map;

/**
 * An Application or Network Load Balancer. {@code attributes} are AWS's load-balancer attributes
 * ({@code load_balancing.cross_zone.enabled}, {@code idle_timeout.timeout_seconds}, ...).
 * {@code elasticIps}: for an internet-facing NLB, one static address per subnet, in subnet order (may be empty).
 */
public record LoadBalancer(String id, String name, String vpcId, LbType type, Scheme scheme, List<String> subnetIds,
        List<String> securityGroupIds, Map<String, String> attributes, List<String> elasticIps) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.LOAD_BALANCER;
    }

    public static final String CROSS_ZONE = "load_balancing.cross_zone.enabled";

    public LoadBalancer {
        subnetIds = Lists.copy(subnetIds);
        securityGroupIds = Lists.copy(securityGroupIds);
        attributes = Lists.copy(attributes);
        elasticIps = Lists.copy(elasticIps);
    }

    public boolean isApplication() {
        return type == LbType.APPLICATION;
    }

    public boolean isNetwork() {
        return type == LbType.NETWORK;
    }

    public boolean internetFacing() {
        return scheme == Scheme.INTERNET_FACING;
    }

    /** Cross-zone load balancing: always on at an ALB, off by default on an NLB. */
    public boolean crossZone() {
        return isApplication() || "true".equalsIgnoreCase(attributes.get(CROSS_ZONE));
    }

    @Override
    public LoadBalancer withName(String newName) {
        return new LoadBalancer(id, newName, vpcId, type, scheme, subnetIds, securityGroupIds, attributes, elasticIps);
    }

    public LoadBalancer withSubnets(List<String> newSubnetIds) {
        return new LoadBalancer(id, name, vpcId, type, scheme, newSubnetIds, securityGroupIds, attributes, elasticIps);
    }

    public LoadBalancer withSecurityGroups(List<String> newGroupIds) {
        return new LoadBalancer(id, name, vpcId, type, scheme, subnetIds, newGroupIds, attributes, elasticIps);
    }

    public LoadBalancer withAttributes(Map<String, String> newAttributes) {
        return new LoadBalancer(id, name, vpcId, type, scheme, subnetIds, securityGroupIds, newAttributes, elasticIps);
    }

    @Override
    public List<String> references() {
        return Ids.refs(vpcId, subnetIds, securityGroupIds);
    }

    @Override
    public String container() {
        return vpcId;
    }
}
