package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.List;

/**
 * A target registered by IP address; {@code subnetId} is the subnet whose CIDR holds it (null: outside the VPC, or
 * not known). An address a template leaves to deploy time is its Parameter's name in braces ({@code {GatewayIp}}).
 */
public record IpTarget(String id, String name, String ip, String subnetId, List<String> securityGroupIds)
        implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.IP_TARGET;
    }

    public IpTarget {
        securityGroupIds = Lists.copy(securityGroupIds);
    }

    @Override
    public IpTarget withName(String newName) {
        return new IpTarget(id, newName, ip, subnetId, securityGroupIds);
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
