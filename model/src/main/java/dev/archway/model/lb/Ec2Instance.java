package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.List;

/** An EC2 instance in a subnet. {@code privateIp} may be null (AWS picks one). */
public record Ec2Instance(String id, String name, String subnetId, List<String> securityGroupIds, String instanceType,
        String imageId, String privateIp, boolean publicIp) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.EC2_INSTANCE;
    }

    public Ec2Instance {
        securityGroupIds = Lists.copy(securityGroupIds);
    }

    @Override
    public Ec2Instance withName(String newName) {
        return new Ec2Instance(id, newName, subnetId, securityGroupIds, instanceType, imageId, privateIp, publicIp);
    }

    public Ec2Instance withSubnet(String newSubnetId) {
        return new Ec2Instance(id, name, newSubnetId, securityGroupIds, instanceType, imageId, privateIp, publicIp);
    }

    public Ec2Instance withSecurityGroups(List<String> ids) {
        return new Ec2Instance(id, name, subnetId, ids, instanceType, imageId, privateIp, publicIp);
    }

    @Override
    public List<String> references() {
        return Ids.refs(subnetId, securityGroupIds);
    }

    @Override
    public String container() {
        return subnetId;
    }
}
