package dev.archway.account;

import dev.archway.model.Element;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * The CloudFormation tags of the load balancers and target groups read (Elastic Load Balancing, unlike EC2, does not
 * return tags with the resources): {@code DescribeTags} for at most {@value #BATCH} ARNs a call.
 */
final class ElbTagReader {
    /** The most ARNs DescribeTags takes at once. */
    static final int BATCH = 20;

    private final ElasticLoadBalancingV2Client elb;
    private final Calls calls;
    private final ImportedDesign out;

    ElbTagReader(ElasticLoadBalancingV2Client elb, Calls calls, ImportedDesign out) {
        this.elb = elb;
        this.calls = calls;
        this.out = out;
    }

    void read() {
        List<String> arns = Stream.concat(out.design().all(LoadBalancer.class).stream(),
                out.design().all(TargetGroup.class).stream()).map(Element::id).toList();
        for (int from = 0; from < arns.size(); from += BATCH) {
            List<String> batch = new ArrayList<>(arns.subList(from, Math.min(arns.size(), from + BATCH)));
            calls.one(ApiCall.ELB_DESCRIBE_TAGS, () -> elb.describeTags(r -> r.resourceArns(batch)))
                    .ifPresent(r -> r.tagDescriptions().forEach(d -> out.deployedBy(d.resourceArn(),
                            StackTags.of(d.tags(), t -> t.key(), t -> t.value()))));
        }
    }
}
