package dev.archway.account;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.diff.StackResource;
import dev.archway.model.edit.ElementFactory;
import dev.archway.model.network.AvailabilityZone;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The design being read, and the little the readers tell each other on the way: which VPCs are in, which load
 * balancer answers to which DNS name, which target groups an ECS service registers in, which certificates listeners
 * use, which targets the account reports unhealthy and which CloudFormation stack resource each element was
 * deployed as. Every element's id is the AWS identifier it was read from (an ARN where the resource has one, else its
 * id such as {@code vpc-0abc}); see docs/aws-account.md.
 */
final class ImportedDesign {
    private final Design design;
    private final String regionId;
    private final Set<String> vpcs = new LinkedHashSet<>();
    private final Map<String, String> loadBalancersByDns = new HashMap<>();
    private final Map<String, String> serviceByTargetGroup = new HashMap<>();
    private final Set<String> certificates = new LinkedHashSet<>();
    private final Set<String> unhealthy = new TreeSet<>();
    private final Map<String, StackResource> deployedBy = new HashMap<>();
    private int added;

    ImportedDesign(String name, String regionId) {
        this.design = new Design(name);
        this.regionId = regionId;
    }

    Design design() {
        return design;
    }

    String regionId() {
        return regionId;
    }

    /** Adds or replaces an element; a new one's name is made unique (and printable), a replaced one keeps its name. */
    @SuppressWarnings("unchecked")
    <T extends Element> T put(T element) {
        Element old = design.get(element.id());
        added += old == null ? 1 : 0;
        String name = old != null ? old.name() : unique(printable(element.name(), element.id()), element);
        T named = (T) element.withName(name);
        design.put(named);
        return named;
    }

    /** How many elements have been added so far (replacing one adds none). */
    int added() {
        return added;
    }

    /** Removes an element the import first read on its own (an Auto Scaling group's instance), health and all. */
    void remove(String id) {
        design.remove(id);
        unhealthy.remove(id);
        deployedBy.remove(id);
    }

    <T extends Element> T get(String id, Class<T> type) {
        return id == null ? null : design.get(id, type);
    }

    boolean contains(String id) {
        return id != null && design.contains(id);
    }

    /** The AZ element of a VPC for an AWS zone name, made on first use. */
    String zone(String vpcId, String zoneName) {
        String id = vpcId + "/" + zoneName;
        if (!design.contains(id)) {
            // as a template's import names them: the zone, numbered in the second VPC on
            put(new AvailabilityZone(id, ElementFactory.uniqueName(design, zoneName), vpcId, zoneName));
        }
        return id;
    }

    void addVpc(String vpcId) {
        vpcs.add(vpcId);
    }

    boolean hasVpc(String vpcId) {
        return vpcId != null && vpcs.contains(vpcId);
    }

    Set<String> vpcs() {
        return vpcs;
    }

    void loadBalancerDns(String dnsName, String loadBalancerId) {
        loadBalancersByDns.put(dnsKey(dnsName), loadBalancerId);
    }

    String loadBalancerByDns(String dnsName) {
        return dnsName == null ? null : loadBalancersByDns.get(dnsKey(dnsName));
    }

    void serviceTargetGroup(String targetGroupArn, String serviceId) {
        serviceByTargetGroup.put(targetGroupArn, serviceId);
    }

    String serviceOf(String targetGroupArn) {
        return serviceByTargetGroup.get(targetGroupArn);
    }

    void usesCertificate(String arn) {
        certificates.add(arn);
    }

    Set<String> certificates() {
        return certificates;
    }

    /** Where CloudFormation deployed the element, as its tags say; nothing when it carries no such tags. */
    void deployedBy(String id, StackResource stackResource) {
        if (stackResource != null) {
            deployedBy.put(id, stackResource);
        }
    }

    Map<String, StackResource> deployedBy() {
        return deployedBy;
    }

    void unhealthy(String targetKey) {
        unhealthy.add(targetKey);
    }

    Set<String> unhealthy() {
        return unhealthy;
    }

    /** Route 53 alias targets name a load balancer as {@code dualstack.NAME.} in any case. */
    static String dnsKey(String dnsName) {
        String d = dnsName.toLowerCase(java.util.Locale.ROOT);
        d = d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
        return d.startsWith("dualstack.") ? d.substring("dualstack.".length()) : d;
    }

    /**
     * AWS names are unique per kind only (a cluster and its subnet group are often both {@code shop-db}): a clash
     * adds the kind ({@code shop-db-db-subnet-group}), then a number.
     */
    private String unique(String name, Element element) {
        if (design.byName(name).isEmpty()) {
            return name;
        }
        return ElementFactory.uniqueName(design, name + "-" + ElementFactory.baseName(element.kind()));
    }

    private static String printable(String name, String fallback) {
        String n = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip();
        return n.isEmpty() ? fallback : n;
    }
}
