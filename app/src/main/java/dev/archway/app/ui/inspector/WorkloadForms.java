package dev.archway.app.ui.inspector;

import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LaunchType;
import dev.archway.model.lb.NetworkMode;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Target groups and their targets: instances, Auto Scaling groups, IP targets, ECS services, and applications. */
final class WorkloadForms {
    private final FormContext c;
    private final PropertyForm form;

    WorkloadForms(FormContext c) {
        this.c = c;
        this.form = c.form();
    }

    boolean build(Element e) {
        if (e instanceof TargetGroup tg) {
            targetGroup(tg);
        } else if (e instanceof Ec2Instance i) {
            instance(i);
        } else if (e instanceof EcsService s) {
            service(s);
        } else if (e instanceof AutoScalingGroup g) {
            new AutoScalingForm(c).build(g);
        } else if (e instanceof IpTarget ip) {
            c.placed("subnetId", "Subnet", ip.subnetId());
            form.edits("ip").text("IP address", ip.ip(), ElementForms::address, v -> c.edit("Edit IP target",
                    new IpTarget(ip.id(), ip.name(), v, ip.subnetId(), ip.securityGroupIds())));
            c.securityGroups(ip, vpcOf(ip.subnetId()));
        } else if (e instanceof AppNode app) {
            app(app);
        } else {
            return false;
        }
        return true;
    }

    private String vpcOf(String subnetId) {
        Subnet s = c.design().get(subnetId, Subnet.class);
        return s == null ? null : s.vpcId();
    }

    /** The protocols the group may use: those of the balancer type that forwards to it, else all. */
    private List<Protocol> protocolsFor(TargetGroup tg) {
        List<LoadBalancer> lbs = new dev.archway.model.query.Topology(c.design()).loadBalancersOf(tg);
        if (lbs.isEmpty()) {
            return Arrays.asList(Protocol.values());
        }
        return lbs.get(0).isNetwork() ? List.of(Protocol.TCP, Protocol.TLS, Protocol.UDP, Protocol.TCP_UDP)
                : List.of(Protocol.HTTP, Protocol.HTTPS);
    }

    private TargetGroup with(TargetGroup tg, Protocol p, int port, TargetType t, HealthCheck hc) {
        return new TargetGroup(tg.id(), tg.name(), tg.vpcId(), p, port, t, hc, tg.attributes(), tg.targets());
    }

    private void targetGroup(TargetGroup tg) {
        c.placed("vpcId", "VPC", tg.vpcId());
        form.edits("protocol").choice("Protocol", protocolsFor(tg), tg.protocol(), p -> c.edit("Edit target group",
                with(tg, p, tg.port(), tg.targetType(), tg.healthCheck())));
        form.edits("port").text("Port", String.valueOf(tg.port()), PropertyForm::port, p -> c.edit(
                "Edit target group", with(tg, tg.protocol(), Integer.parseInt(p.trim()), tg.targetType(),
                        tg.healthCheck())));
        form.edits("targetType").choice("Target type", Arrays.asList(TargetType.values()), tg.targetType(),
                t -> c.edit("Edit target group", with(tg, tg.protocol(), tg.port(), t, tg.healthCheck())));
        healthCheck(tg);
        form.edits("attributes").text("Attributes", KeyValues.format(tg.attributes()), PropertyForm.parses(KeyValues::parse),
                v -> c.edit("Edit attributes", new TargetGroup(tg.id(), tg.name(), tg.vpcId(), tg.protocol(),
                        tg.port(), tg.targetType(), tg.healthCheck(), KeyValues.parse(v), tg.targets())));
        List<Element> candidates = new ArrayList<>();
        if (tg.targetType() == TargetType.INSTANCE) {
            candidates.addAll(c.inVpc(Ec2Instance.class, tg.vpcId(), i -> vpcOf(i.subnetId())));
            candidates.addAll(c.inVpc(AutoScalingGroup.class, tg.vpcId(), AutoScalingGroup::vpcId));
        } else if (tg.targetType() == TargetType.IP) {
            candidates.addAll(c.inVpc(IpTarget.class, tg.vpcId(), ip -> vpcOf(ip.subnetId())));
        }
        candidates.addAll(c.inVpc(EcsService.class, tg.vpcId(), s -> vpcOf(s.subnetIds().isEmpty() ? null
                : s.subnetIds().get(0))));
        form.edits("targets").checks("Targets", candidates, tg.targetIds(), ids -> c.edit("Targets of " + tg.name(),
                tg.withTargets(ids.stream().map(id -> tg.targets().stream().filter(r -> r.targetId().equals(id))
                        .findFirst().orElse(new TargetRegistration(id, null))).toList())));
    }

    private void healthCheck(TargetGroup tg) {
        HealthCheck h = tg.healthCheck();
        form.edits("healthCheck");
        form.choice("Health check protocol", List.of("HTTP", "HTTPS", "TCP"), h.protocol(), p -> health(tg,
                x -> new HealthCheck(p, x.port(), p.equals("TCP") ? null : x.path() == null ? "/" : x.path(),
                        x.intervalSeconds(), x.timeoutSeconds(), x.healthyThreshold(), x.unhealthyThreshold(),
                        p.equals("TCP") ? null : x.matcher() == null ? "200" : x.matcher())));
        form.text("Health check path", h.path(), v -> h.protocol().equals("TCP") || v.startsWith("/") ? null
                : "a path starts with /", v -> health(tg, x -> new HealthCheck(x.protocol(), x.port(), v,
                x.intervalSeconds(), x.timeoutSeconds(), x.healthyThreshold(), x.unhealthyThreshold(), x.matcher())));
        form.text("Health check port", h.port() == null ? "traffic port" : String.valueOf(h.port()),
                v -> v.equals("traffic port") ? null : PropertyForm.port(v), v -> health(tg, x -> new HealthCheck(
                        x.protocol(), v.equals("traffic port") ? null : Integer.valueOf(v.trim()), x.path(),
                        x.intervalSeconds(), x.timeoutSeconds(), x.healthyThreshold(), x.unhealthyThreshold(),
                        x.matcher())));
        form.text("Interval (s) / timeout (s)", h.intervalSeconds() + " / " + h.timeoutSeconds(),
                v -> v.matches("\\s*\\d+\\s*/\\s*\\d+\\s*") ? null : "e.g. 30 / 5", v -> health(tg, x -> {
                    String[] p = v.split("/");
                    return new HealthCheck(x.protocol(), x.port(), x.path(), Integer.parseInt(p[0].trim()),
                            Integer.parseInt(p[1].trim()), x.healthyThreshold(), x.unhealthyThreshold(), x.matcher());
                }));
        form.text("Healthy / unhealthy after", h.healthyThreshold() + " / " + h.unhealthyThreshold(),
                v -> v.matches("\\s*\\d+\\s*/\\s*\\d+\\s*") ? null : "e.g. 5 / 2", v -> health(tg, x -> {
                    String[] p = v.split("/");
                    return new HealthCheck(x.protocol(), x.port(), x.path(), x.intervalSeconds(), x.timeoutSeconds(),
                            Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), x.matcher());
                }));
        form.text("Success codes", h.matcher(), v -> null, v -> health(tg, x -> new HealthCheck(x.protocol(),
                x.port(), x.path(), x.intervalSeconds(), x.timeoutSeconds(), x.healthyThreshold(),
                x.unhealthyThreshold(), v.isBlank() ? null : v.trim())));
    }

    private void health(TargetGroup tg, UnaryOperator<HealthCheck> change) {
        c.edit("Edit health check", with(tg, tg.protocol(), tg.port(), tg.targetType(),
                change.apply(tg.healthCheck())));
    }

    private void instance(Ec2Instance i) {
        c.placed("subnetId", "Subnet", i.subnetId());
        form.edits("instanceType").text("Instance type", i.instanceType(), v -> v.matches("[a-z0-9]+\\.[a-z0-9]+")
                ? null : "e.g. t3.micro", v -> c.edit("Edit instance", new Ec2Instance(i.id(), i.name(), i.subnetId(),
                i.securityGroupIds(), v, i.imageId(), i.privateIp(), i.publicIp())));
        form.edits("imageId").text("Image (AMI)", i.imageId(), v -> v.matches("ami-[0-9a-f]+") ? null
                : "e.g. ami-0abcdef1234567890", v -> c.edit("Edit instance", new Ec2Instance(i.id(), i.name(),
                i.subnetId(), i.securityGroupIds(), i.instanceType(), v, i.privateIp(), i.publicIp())));
        form.edits("privateIp").text("Private IP", i.privateIp(), v -> v.isBlank() ? null : ElementForms.address(v),
                v -> c.edit("Edit instance", new Ec2Instance(i.id(), i.name(), i.subnetId(), i.securityGroupIds(),
                        i.instanceType(), i.imageId(), v.isBlank() ? null : v.trim(), i.publicIp())));
        form.edits("publicIp").flag("Public IPv4 address", i.publicIp(), b -> c.edit("Edit instance",
                new Ec2Instance(i.id(), i.name(), i.subnetId(), i.securityGroupIds(), i.instanceType(), i.imageId(),
                        i.privateIp(), b)));
        c.securityGroups(i, vpcOf(i.subnetId()));
    }

    private void service(EcsService s) {
        form.edits("cluster").text("ECS cluster", s.cluster(), PropertyForm::notBlank, v -> c.edit("Edit service",
                new EcsService(s.id(), s.name(), v, s.launchType(), s.subnetIds(), s.securityGroupIds(),
                        s.desiredCount(), s.containerName(), s.containerPort(), s.image(), s.assignPublicIp(),
                        s.networkMode())));
        form.edits("launchType").choice("Launch type", List.of(LaunchType.values()), s.launchType(), t -> c.edit(
                "Edit service", new EcsService(s.id(), s.name(), s.cluster(), t, s.subnetIds(), s.securityGroupIds(),
                        s.desiredCount(), s.containerName(), s.containerPort(), s.image(), s.assignPublicIp(),
                        s.networkMode())));
        // Fargate tasks always have a network interface of their own
        List<NetworkMode> modes = s.launchType() == LaunchType.FARGATE ? List.of(NetworkMode.AWSVPC)
                : List.of(NetworkMode.values());
        form.edits("networkMode").choice("Network mode", modes, s.networkMode(), m -> c.edit("Edit service",
                s.withNetworkMode(m)));
        String vpc = vpcOf(s.subnetIds().isEmpty() ? null : s.subnetIds().get(0));
        form.edits("subnetIds").checks("Subnets", c.inVpc(Subnet.class, vpc, Subnet::vpcId), s.subnetIds(),
                ids -> c.edit("Subnets of " + s.name(), s.withSubnets(ids)));
        c.securityGroups(s, vpc);
        form.edits("desiredCount").text("Tasks", String.valueOf(s.desiredCount()), v -> PropertyForm.intRange(v, 0,
                1000), v -> c.edit("Edit service", new EcsService(s.id(), s.name(), s.cluster(), s.launchType(),
                s.subnetIds(), s.securityGroupIds(), Integer.parseInt(v.trim()), s.containerName(), s.containerPort(),
                s.image(), s.assignPublicIp(),
                        s.networkMode())));
        form.edits("containerName").text("Container", s.containerName(), PropertyForm::notBlank, v -> c.edit(
                "Edit service", new EcsService(s.id(), s.name(), s.cluster(), s.launchType(), s.subnetIds(),
                        s.securityGroupIds(), s.desiredCount(), v, s.containerPort(), s.image(), s.assignPublicIp(),
                        s.networkMode())));
        form.edits("containerPort").text("Container port", String.valueOf(s.containerPort()), PropertyForm::port,
                v -> c.edit("Edit service", new EcsService(s.id(), s.name(), s.cluster(), s.launchType(),
                        s.subnetIds(), s.securityGroupIds(), s.desiredCount(), s.containerName(),
                        Integer.parseInt(v.trim()), s.image(), s.assignPublicIp(),
                        s.networkMode())));
        form.edits("image").text("Image", s.image(), PropertyForm::notBlank, v -> c.edit("Edit service",
                new EcsService(s.id(), s.name(), s.cluster(), s.launchType(), s.subnetIds(), s.securityGroupIds(),
                        s.desiredCount(), s.containerName(), s.containerPort(), v, s.assignPublicIp(),
                        s.networkMode())));
        form.edits("assignPublicIp").flag("Assign public IP", s.assignPublicIp(), b -> c.edit("Edit service",
                new EcsService(s.id(), s.name(), s.cluster(), s.launchType(), s.subnetIds(), s.securityGroupIds(),
                        s.desiredCount(), s.containerName(), s.containerPort(), s.image(), b, s.networkMode())));
    }

    private void app(AppNode a) {
        form.edits("framework").choice("Framework", List.of("django", "rails", "spring", "other"), a.framework(),
                f -> c.edit("Edit application", new AppNode(a.id(), a.name(), f, a.runsOn(), a.securityGroupIds(),
                        a.databases(), a.routers())));
        List<Element> hosts = new ArrayList<>(c.design().all(Ec2Instance.class));
        hosts.addAll(c.design().all(EcsService.class));
        form.edits("runsOn").checks("Runs on", hosts, a.runsOn(), ids -> c.edit("Edit application",
                new AppNode(a.id(), a.name(), a.framework(), ids, a.securityGroupIds(), a.databases(), a.routers())));
        c.securityGroups(a, null);
        form.edits("databases").text("Databases", AppText.aliases(c.design(), a.databases()),
                PropertyForm.parses(v -> AppText.parseAliases(c.design(), v)), v -> c.edit("Edit databases", a.withDatabases(
                        AppText.parseAliases(c.design(), v))));
        form.info("Database format", "default=" + c.design().all(AuroraCluster.class).stream().findFirst()
                .map(Element::name).orElse("cluster") + ":cluster, reader=…:reader");
        form.edits("routers").text("Routers", AppText.routers(a.routers()), PropertyForm.parses(AppText::parseRouters),
                v -> c.edit("Edit routers", new AppNode(a.id(), a.name(), a.framework(), a.runsOn(),
                        a.securityGroupIds(), a.databases(), AppText.parseRouters(v))));
    }
}
