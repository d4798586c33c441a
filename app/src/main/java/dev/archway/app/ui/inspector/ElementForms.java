package dev.archway.app.ui.inspector;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Region;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The fields of each element kind: names, CIDRs, ports, protocols, and the rule tables. */
final class ElementForms {
    private final Inspector inspector;
    private final VBox content;
    private final PropertyForm form = new PropertyForm();

    ElementForms(Inspector inspector, VBox content) {
        this.inspector = inspector;
        this.content = content;
    }

    private Design design() {
        return inspector.document().design();
    }

    void build(Element e) {
        content.getChildren().add(form);
        form.text("Name", e.name(), v -> nameProblem(e, v), v -> inspector.edit("Rename " + e.name(), e.withName(v)));
        if (e instanceof Region r) {
            form.text("Region code", r.code(), v -> v.matches("[a-z]{2}(-[a-z]+)+-\\d") ? null : "e.g. eu-west-1",
                    v -> inspector.edit("Edit region", new Region(r.id(), r.name(), v)));
        } else if (e instanceof Vpc v) {
            form.text("CIDR", v.cidr(), ElementForms::vpcCidr, c -> inspector.edit("Edit CIDR", v.withCidr(c)));
        } else if (e instanceof AvailabilityZone az) {
            form.text("Zone", az.zone(), v -> v.matches("[a-z]{2}(-[a-z]+)+-\\d[a-z]") ? null : "e.g. eu-west-1a",
                    v -> inspector.edit("Edit zone", new AvailabilityZone(az.id(), az.name(), az.vpcId(), v)));
        } else if (e instanceof Subnet s) {
            subnet(s);
        } else if (e instanceof SecurityGroup sg) {
            content.getChildren().add(new SgRulesTable(inspector, sg, true));
            content.getChildren().add(new SgRulesTable(inspector, sg, false));
        } else if (e instanceof LoadBalancer lb) {
            loadBalancer(lb);
        } else if (e instanceof Listener l) {
            listener(l);
        } else if (e instanceof ListenerRule r) {
            content.getChildren().add(new ListenerRulesTable(inspector, r.listenerId(), r.id()));
        } else if (e instanceof TargetGroup tg) {
            targetGroup(tg);
        } else {
            other(e);
        }
    }

    private String nameProblem(Element e, String v) {
        if (v.isBlank()) {
            return "A name is required";
        }
        return design().byName(v).filter(o -> !o.id().equals(e.id())).isPresent() ? "Another element is named " + v
                : null;
    }

    static String vpcCidr(String v) {
        try {
            Cidr c = Cidr.parse(v);
            return c.prefix() < 16 || c.prefix() > 28 ? "A VPC's block is /16 to /28" : null;
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
    }

    private void subnet(Subnet s) {
        Vpc vpc = design().get(s.vpcId(), Vpc.class);
        form.text("CIDR", s.cidr(), v -> subnetCidr(vpc, v), c -> inspector.edit("Edit CIDR", s.withCidr(c)));
        boolean pub = new Topology(design()).isPublic(s);
        form.info("Reachability", pub ? "Public: routes to an internet gateway" : "Private: no route to an internet gateway");
        form.flag("Auto-assign public IPv4", s.mapPublicIpOnLaunch(), b -> inspector.edit("Edit subnet",
                new Subnet(s.id(), s.name(), s.vpcId(), s.azId(), s.cidr(), s.routeTableId(), s.networkAclId(), b)));
    }

    static String subnetCidr(Vpc vpc, String v) {
        try {
            Cidr c = Cidr.parse(v);
            if (c.prefix() < 16 || c.prefix() > 28) {
                return "A subnet's block is /16 to /28";
            }
            if (vpc != null && vpc.cidr() != null && !Cidr.parse(vpc.cidr()).contains(c.network())) {
                return v + " is outside the VPC's " + vpc.cidr();
            }
            return null;
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
    }

    private void loadBalancer(LoadBalancer lb) {
        form.choice("Type", List.of(LbType.values()), lb.type(), t -> inspector.edit("Edit load balancer",
                new LoadBalancer(lb.id(), lb.name(), lb.vpcId(), t, lb.scheme(), lb.subnetIds(), lb.securityGroupIds(),
                        lb.attributes(), lb.elasticIps())));
        form.choice("Scheme", List.of(Scheme.values()), lb.scheme(), s -> inspector.edit("Edit load balancer",
                new LoadBalancer(lb.id(), lb.name(), lb.vpcId(), lb.type(), s, lb.subnetIds(), lb.securityGroupIds(),
                        lb.attributes(), lb.elasticIps())));
        for (Subnet s : design().all(Subnet.class)) {
            if (s.vpcId() != null && s.vpcId().equals(lb.vpcId())) {
                form.flag("Subnet " + s.name(), lb.subnetIds().contains(s.id()), on -> {
                    List<String> ids = new java.util.ArrayList<>(lb.subnetIds());
                    ids.remove(s.id());
                    if (on) {
                        ids.add(s.id());
                    }
                    inspector.edit("Edit subnets of " + lb.name(), new LoadBalancer(lb.id(), lb.name(), lb.vpcId(),
                            lb.type(), lb.scheme(), ids, lb.securityGroupIds(), lb.attributes(), lb.elasticIps()),
                            span(lb.id(), ids));
                });
            }
        }
    }

    /** A load balancer's bar stretched across the subnets it uses (its listeners keep their place). */
    private java.util.Map<String, dev.archway.model.Bounds> span(String lbId, List<String> subnetIds) {
        dev.archway.model.Bounds bar = design().bounds(lbId);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (String id : subnetIds) {
            dev.archway.model.Bounds b = design().bounds(id);
            if (b != null) {
                min = Math.min(min, b.x());
                max = Math.max(max, b.x() + b.width());
            }
        }
        if (bar == null || min >= max) {
            return java.util.Map.of();
        }
        return java.util.Map.of(lbId, new dev.archway.model.Bounds(min + 8, bar.y(), max - min - 16, bar.height()));
    }

    private void listener(Listener l) {
        form.choice("Protocol", Arrays.asList(Protocol.values()), l.protocol(), p -> inspector.edit("Edit listener",
                new Listener(l.id(), l.name(), l.loadBalancerId(), p, l.port(), l.certificateIds(), l.sslPolicy(),
                        l.defaultActions())));
        form.text("Port", String.valueOf(l.port()), PropertyForm::port, p -> inspector.edit("Edit listener",
                new Listener(l.id(), l.name(), l.loadBalancerId(), l.protocol(), Integer.parseInt(p.trim()),
                        l.certificateIds(), l.sslPolicy(), l.defaultActions())));
        if (l.protocol().terminatesTls()) {
            form.info("Certificates", l.certificateIds().isEmpty() ? "none: an HTTPS listener needs one"
                    : String.join(", ", l.certificateIds().stream().map(design()::nameOf).toList()));
        }
        form.text("Default action", RuleText.actions(design(), l.defaultActions()), v -> actionProblem(v),
                v -> inspector.edit("Edit default action", l.withDefaultActions(RuleText.parseActions(design(), v))));
        content.getChildren().add(new ListenerRulesTable(inspector, l.id(), null));
    }

    private String actionProblem(String v) {
        try {
            RuleText.parseActions(design(), v);
            return null;
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
    }

    private void targetGroup(TargetGroup tg) {
        form.choice("Protocol", Arrays.asList(Protocol.values()), tg.protocol(), p -> inspector.edit("Edit target group",
                new TargetGroup(tg.id(), tg.name(), tg.vpcId(), p, tg.port(), tg.targetType(), tg.healthCheck(),
                        tg.attributes(), tg.targets())));
        form.text("Port", String.valueOf(tg.port()), PropertyForm::port, p -> inspector.edit("Edit target group",
                new TargetGroup(tg.id(), tg.name(), tg.vpcId(), tg.protocol(), Integer.parseInt(p.trim()),
                        tg.targetType(), tg.healthCheck(), tg.attributes(), tg.targets())));
        form.choice("Target type", Arrays.asList(TargetType.values()), tg.targetType(), t -> inspector.edit(
                "Edit target group", new TargetGroup(tg.id(), tg.name(), tg.vpcId(), tg.protocol(), tg.port(), t,
                        tg.healthCheck(), tg.attributes(), tg.targets())));
        StringBuilder targets = new StringBuilder();
        tg.targetIds().forEach(t -> targets.append(targets.length() == 0 ? "" : ", ").append(design().nameOf(t)));
        form.info("Targets", targets.length() == 0 ? "none: drag from this group's handle to a target" : targets.toString());
    }

    private void other(Element e) {
        if (e instanceof Ec2Instance i) {
            form.text("Instance type", i.instanceType(), v -> v.matches("[a-z0-9]+\\.[a-z0-9]+") ? null : "e.g. t3.micro",
                    v -> inspector.edit("Edit instance", new Ec2Instance(i.id(), i.name(), i.subnetId(),
                            i.securityGroupIds(), v, i.imageId(), i.privateIp(), i.publicIp())));
        } else if (e instanceof EcsService s) {
            form.text("Tasks", String.valueOf(s.desiredCount()), v -> PropertyForm.intRange(v, 0, 1000),
                    v -> inspector.edit("Edit service", new EcsService(s.id(), s.name(), s.cluster(), s.launchType(),
                            s.subnetIds(), s.securityGroupIds(), Integer.parseInt(v.trim()), s.containerName(),
                            s.containerPort(), s.image(), s.assignPublicIp())));
            form.text("Container port", String.valueOf(s.containerPort()), PropertyForm::port,
                    v -> inspector.edit("Edit service", new EcsService(s.id(), s.name(), s.cluster(), s.launchType(),
                            s.subnetIds(), s.securityGroupIds(), s.desiredCount(), s.containerName(),
                            Integer.parseInt(v.trim()), s.image(), s.assignPublicIp())));
        } else if (e instanceof IpTarget ip) {
            form.text("IP address", ip.ip(), ElementForms::address, v -> inspector.edit("Edit IP target",
                    new IpTarget(ip.id(), ip.name(), v, ip.subnetId(), ip.securityGroupIds())));
        } else if (e instanceof Certificate c) {
            form.text("Domain", c.domainName(), PropertyForm::notBlank, v -> inspector.edit("Edit certificate",
                    new Certificate(c.id(), c.name(), v, c.subjectAlternativeNames(), c.hostedZoneId())));
            form.text("Alternative names", String.join(", ", c.subjectAlternativeNames()), v -> null,
                    v -> inspector.edit("Edit certificate", new Certificate(c.id(), c.name(), c.domainName(),
                            Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList(),
                            c.hostedZoneId())));
        } else if (e instanceof HostedZone z) {
            form.text("Domain", z.domainName(), PropertyForm::notBlank, v -> inspector.edit("Edit hosted zone",
                    new HostedZone(z.id(), z.name(), v, z.privateZone())));
        } else if (e instanceof DnsRecord r) {
            form.text("Record name", r.recordName(), PropertyForm::notBlank, v -> inspector.edit("Edit record",
                    new DnsRecord(r.id(), r.name(), r.hostedZoneId(), v, r.type(), r.aliasTargetId(), r.values(),
                            r.ttl())));
            form.info("Alias target", r.aliasTargetId() == null ? "none: drag from the handle to a load balancer"
                    : design().nameOf(r.aliasTargetId()));
        } else if (e instanceof AuroraCluster c) {
            form.info("Engine", c.engine() + " " + c.engineVersion() + " · port " + c.port());
            form.info("Writer", c.writerId() == null ? "none" : design().nameOf(c.writerId()));
        } else if (e instanceof DbInstance db) {
            form.text("Promotion tier", String.valueOf(db.promotionTier()), v -> PropertyForm.intRange(v, 0, 15),
                    v -> inspector.edit("Edit DB instance", new DbInstance(db.id(), db.name(), db.clusterId(),
                            db.azId(), db.instanceClass(), Integer.parseInt(v.trim()), db.publiclyAccessible())));
        } else {
            Label none = new Label(e.kind().label() + ": name only; the rest comes from the template.");
            none.getStyleClass().add("hint");
            content.getChildren().add(none);
        }
    }

    static String address(String v) {
        try {
            Cidr.parse(v.trim() + "/32");
            return null;
        } catch (IllegalArgumentException ex) {
            return "not an IPv4 address";
        }
    }
}
