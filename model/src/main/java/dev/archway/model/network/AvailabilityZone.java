package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import java.util.List;

/**
 * An Availability Zone as drawn in one VPC: the AWS diagram convention shows AZs as columns inside the VPC.
 * {@code zone} is the AWS zone name ({@code eu-west-1a}); two AZ elements of different VPCs may share it.
 */
public record AvailabilityZone(String id, String name, String vpcId, String zone) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.AVAILABILITY_ZONE;
    }

    @Override
    public AvailabilityZone withName(String newName) {
        return new AvailabilityZone(id, newName, vpcId, zone);
    }

    @Override
    public List<String> references() {
        return Ids.refs(vpcId);
    }

    @Override
    public String container() {
        return vpcId;
    }
}
