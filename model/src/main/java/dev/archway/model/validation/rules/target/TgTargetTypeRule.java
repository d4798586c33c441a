package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.OpaqueResource;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LaunchType;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TG-TARGET-TYPE: each target fits its group's target type. Fargate tasks (awsvpc) register by IP and need
 * {@code ip}; an IP target needs {@code ip}; an Auto Scaling group, and a service on bridge or host networking
 * (its tasks register as their container instance and host port), need {@code instance}; an EC2 instance or
 * EC2-launched awsvpc service fits {@code instance} or {@code ip}.
 */
public final class TgTargetTypeRule extends KindRule<TargetGroup> {
    public static final RuleInfo INFO = new RuleInfo("TG-TARGET-TYPE", Severity.ERROR,
            "Targets fit their target group's target type",
            "A target group registers targets of one type only: instance ids, IP addresses, a Lambda function or an "
                    + "ALB. Fargate tasks use awsvpc networking and can only be registered by IP.",
            AwsDocs.ECS_LOAD_BALANCERS);

    public TgTargetTypeRule() {
        super(INFO, List.of(TargetGroup.class));
    }

    @Override
    public List<Finding> check(TargetGroup group, Topology index) {
        List<Finding> findings = new ArrayList<>();
        Set<TargetType> fitsAll = EnumSet.allOf(TargetType.class);
        List<Element> targets = new ArrayList<>();
        for (String id : group.targetIds()) {
            Element t = index.get(id);
            if (t != null) {
                targets.add(t);
                fitsAll.retainAll(fits(t));
            }
        }
        for (Element t : targets) {
            if (!fits(t).contains(group.targetType())) {
                findings.add(Finding.of(INFO, List.of(group, t), "%s needs target type %s but %s has type %s"
                        .formatted(describe(t), typeNames(fits(t)), group.name(), name(group.targetType())),
                        fix(group, fitsAll)));
            }
        }
        return findings;
    }

    static Set<TargetType> fits(Element target) {
        if (target instanceof IpTarget) {
            return EnumSet.of(TargetType.IP);
        }
        if (target instanceof EcsService s && s.launchType() == LaunchType.FARGATE) {
            return EnumSet.of(TargetType.IP);
        }
        if (target instanceof AutoScalingGroup) {
            return EnumSet.of(TargetType.INSTANCE); // Auto Scaling attaches only to instance target groups
        }
        if (target instanceof EcsService s && s.onContainerInstances()) {
            return EnumSet.of(TargetType.INSTANCE); // bridge or host tasks register as their container instance
        }
        if (target instanceof Ec2Instance || target instanceof EcsService) {
            return EnumSet.of(TargetType.INSTANCE, TargetType.IP);
        }
        if (target instanceof LoadBalancer lb && lb.isApplication()) {
            return EnumSet.of(TargetType.ALB);
        }
        if (target instanceof OpaqueResource o && o.cfnType().startsWith("AWS::Lambda::")) {
            return EnumSet.of(TargetType.LAMBDA);
        }
        return EnumSet.noneOf(TargetType.class);
    }

    private static String describe(Element t) {
        return t instanceof EcsService s && s.launchType() == LaunchType.FARGATE ? t.name() + " (Fargate)" : t.name();
    }

    private static String typeNames(Set<TargetType> types) {
        return String.join(" or ", types.stream().map(TgTargetTypeRule::name).toList());
    }

    private static String name(TargetType type) {
        return type == null ? "none" : type.name().toLowerCase(Locale.ROOT);
    }

    private static Fix fix(TargetGroup group, Set<TargetType> fitsAll) {
        if (!fitsAll.contains(TargetType.IP)) {
            return null;
        }
        return Fixes.edit("Make %s target type ip".formatted(group.name()), group.id(), TargetGroup.class,
                c -> new TargetGroup(c.id(), c.name(), c.vpcId(), c.protocol(), c.port(), TargetType.IP,
                        c.healthCheck(), c.attributes(), c.targets()));
    }
}
