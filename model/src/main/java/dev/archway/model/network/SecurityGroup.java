package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.ArrayList;
import java.util.List;

/** A security group: stateful, allow-only; its rules are unioned with those of the element's other groups. */
public record SecurityGroup(String id, String name, String vpcId, String description, List<SgRule> ingress,
        List<SgRule> egress) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.SECURITY_GROUP;
    }

    public SecurityGroup {
        ingress = Lists.copy(ingress);
        egress = Lists.copy(egress);
    }

    /** A new group as AWS creates it: no ingress, all egress allowed. */
    public static SecurityGroup create(String id, String name, String vpcId, String description) {
        return new SecurityGroup(id, name, vpcId, description, List.of(), List.of(SgRule.allTraffic("0.0.0.0/0")));
    }

    @Override
    public SecurityGroup withName(String newName) {
        return new SecurityGroup(id, newName, vpcId, description, ingress, egress);
    }

    public SecurityGroup withIngress(List<SgRule> rules) {
        return new SecurityGroup(id, name, vpcId, description, rules, egress);
    }

    public SecurityGroup withEgress(List<SgRule> rules) {
        return new SecurityGroup(id, name, vpcId, description, ingress, rules);
    }

    @Override
    public List<String> references() {
        List<String> refs = new ArrayList<>(Ids.refs(vpcId));
        ingress.stream().map(SgRule::securityGroupId).filter(s -> s != null && !s.equals(id)).forEach(refs::add);
        egress.stream().map(SgRule::securityGroupId).filter(s -> s != null && !s.equals(id)).forEach(refs::add);
        return refs;
    }
}
