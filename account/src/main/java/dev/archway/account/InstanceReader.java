package dev.archway.account;

import dev.archway.model.lb.Ec2Instance;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;

/** EC2 instances that are not terminated, in the subnets read. */
final class InstanceReader {
    private final Ec2Client ec2;
    private final Calls calls;
    private final ImportedDesign out;
    private final AccountRequest request;

    InstanceReader(Ec2Client ec2, Calls calls, ImportedDesign out, AccountRequest request) {
        this.ec2 = ec2;
        this.calls = calls;
        this.out = out;
        this.request = request;
    }

    void read() {
        calls.each(ApiCall.EC2_DESCRIBE_INSTANCES, () -> ec2.describeInstancesPaginator(
                r -> r.filters(NetworkReader.byVpc(request, "vpc-id"))).reservations(),
                reservation -> reservation.instances().forEach(this::instance));
    }

    private void instance(Instance i) {
        String state = i.state() == null ? "" : i.state().nameAsString();
        if (!out.contains(i.subnetId()) || "terminated".equals(state) || "shutting-down".equals(state)) {
            return;
        }
        out.put(new Ec2Instance(i.instanceId(), NetworkReader.nameTag(i.tags(), i.instanceId()), i.subnetId(),
                i.securityGroups().stream().map(GroupIdentifier::groupId).filter(out::contains).toList(),
                i.instanceTypeAsString(), i.imageId(), i.privateIpAddress(), i.publicIpAddress() != null));
        out.deployedBy(i.instanceId(), StackTags.ec2(i.tags()));
    }
}
