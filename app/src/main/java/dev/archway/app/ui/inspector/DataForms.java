package dev.archway.app.ui.inspector;

import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.CustomEndpoint;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.edit.DbMembership;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Certificates, DNS, and Aurora: subnet groups, clusters and their instances. */
final class DataForms {
    private static final String WRITER = "Writer";
    private static final String READER = "Reader";
    private final FormContext c;
    private final PropertyForm form;

    DataForms(FormContext c) {
        this.c = c;
        this.form = c.form();
    }

    boolean build(Element e) {
        if (e instanceof Certificate cert) {
            certificate(cert);
        } else if (e instanceof HostedZone z) {
            form.edits("domainName").text("Domain", z.domainName(), PropertyForm::notBlank, v -> c.edit(
                    "Edit hosted zone", new HostedZone(z.id(), z.name(), v, z.privateZone())));
            form.edits("privateZone").flag("Private zone", z.privateZone(), b -> c.edit("Edit hosted zone",
                    new HostedZone(z.id(), z.name(), z.domainName(), b)));
        } else if (e instanceof DnsRecord r) {
            record(r);
        } else if (e instanceof DbSubnetGroup g) {
            form.edits("description").text("Description", g.description(), PropertyForm::notBlank, v -> c.edit(
                    "Edit DB subnet group", new DbSubnetGroup(g.id(), g.name(), v, g.subnetIds())));
            form.edits("subnetIds").checks("Subnets", c.design().all(Subnet.class), g.subnetIds(), ids -> c.edit(
                    "Subnets of " + g.name(), new DbSubnetGroup(g.id(), g.name(), g.description(), ids)));
        } else if (e instanceof AuroraCluster cl) {
            cluster(cl);
        } else if (e instanceof DbInstance db) {
            instance(db);
        } else {
            return false;
        }
        return true;
    }

    private void certificate(Certificate cert) {
        form.edits("domainName").text("Domain", cert.domainName(), PropertyForm::notBlank, v -> c.edit(
                "Edit certificate", new Certificate(cert.id(), cert.name(), v, cert.subjectAlternativeNames(),
                        cert.hostedZoneId())));
        form.edits("subjectAlternativeNames").text("Alternative names", String.join(", ",
                cert.subjectAlternativeNames()), v -> null, v -> c.edit("Edit certificate", new Certificate(cert.id(),
                cert.name(), cert.domainName(), list(v), cert.hostedZoneId())));
        form.edits("hostedZoneId").pick("Validated in zone", c.design().all(HostedZone.class), cert.hostedZoneId(),
                "none (validated outside)", id -> c.edit("Edit certificate", new Certificate(cert.id(), cert.name(),
                        cert.domainName(), cert.subjectAlternativeNames(), id)));
    }

    private void record(DnsRecord r) {
        form.edits("hostedZoneId").pick("Hosted zone", c.design().all(HostedZone.class), r.hostedZoneId(), "none",
                id -> c.edit("Edit record", new DnsRecord(r.id(), r.name(), id, r.recordName(), r.type(),
                        r.aliasTargetId(), r.values(), r.ttl())));
        form.edits("recordName").text("Record name", r.recordName(), PropertyForm::notBlank, v -> c.edit("Edit record",
                new DnsRecord(r.id(), r.name(), r.hostedZoneId(), v, r.type(), r.aliasTargetId(), r.values(),
                        r.ttl())));
        form.edits("type").choice("Type", List.of("A", "AAAA", "CNAME", "TXT"), r.type(), t -> c.edit("Edit record",
                new DnsRecord(r.id(), r.name(), r.hostedZoneId(), r.recordName(), t, r.aliasTargetId(), r.values(),
                        r.ttl())));
        form.edits("aliasTargetId").pick("Alias to", c.design().all(LoadBalancer.class), r.aliasTargetId(),
                "no alias (values below)", id -> c.edit("Edit record", new DnsRecord(r.id(), r.name(),
                        r.hostedZoneId(), r.recordName(), r.type(), id, r.values(), r.ttl())));
        form.edits("values").text("Values", String.join(", ", r.values()), v -> null, v -> c.edit("Edit record",
                new DnsRecord(r.id(), r.name(), r.hostedZoneId(), r.recordName(), r.type(), r.aliasTargetId(),
                        list(v), r.ttl())));
        form.edits("ttl").text("TTL (s)", r.ttl() == null ? "" : String.valueOf(r.ttl()), v -> v.isBlank() ? null
                : PropertyForm.intRange(v, 0, 2147483647), v -> c.edit("Edit record", new DnsRecord(r.id(), r.name(),
                r.hostedZoneId(), r.recordName(), r.type(), r.aliasTargetId(), r.values(),
                v.isBlank() ? null : Integer.valueOf(v.trim()))));
    }

    private AuroraCluster with(AuroraCluster x, String engine, String version, int port, String group, String db,
            String user, String writer, List<CustomEndpoint> endpoints, boolean protect) {
        return new AuroraCluster(x.id(), x.name(), x.vpcId(), engine, version, port, group, x.securityGroupIds(), db,
                user, writer, endpoints, protect);
    }

    private void cluster(AuroraCluster x) {
        c.placed("vpcId", "VPC", x.vpcId());
        form.edits("engine").choice("Engine", List.of("aurora-postgresql", "aurora-mysql"), x.engine(), v -> c.edit(
                "Edit cluster", with(x, v, x.engineVersion(), v.equals("aurora-mysql") ? 3306 : 5432,
                        x.dbSubnetGroupId(), x.databaseName(), x.masterUsername(), x.writerId(), x.customEndpoints(),
                        x.deletionProtection())));
        form.edits("engineVersion").text("Engine version", x.engineVersion(), PropertyForm::notBlank, v -> c.edit(
                "Edit cluster", with(x, x.engine(), v, x.port(), x.dbSubnetGroupId(), x.databaseName(),
                        x.masterUsername(), x.writerId(), x.customEndpoints(), x.deletionProtection())));
        form.edits("port").text("Port", String.valueOf(x.port()), PropertyForm::port, v -> c.edit("Edit cluster",
                with(x, x.engine(), x.engineVersion(), Integer.parseInt(v.trim()), x.dbSubnetGroupId(),
                        x.databaseName(), x.masterUsername(), x.writerId(), x.customEndpoints(),
                        x.deletionProtection())));
        form.edits("dbSubnetGroupId").pick("DB subnet group", c.design().all(DbSubnetGroup.class),
                x.dbSubnetGroupId(), "none", id -> c.edit("Edit cluster", with(x, x.engine(), x.engineVersion(),
                        x.port(), id, x.databaseName(), x.masterUsername(), x.writerId(), x.customEndpoints(),
                        x.deletionProtection())));
        c.securityGroups(x, x.vpcId());
        form.edits("databaseName").text("Database name", x.databaseName(), PropertyForm::notBlank, v -> c.edit(
                "Edit cluster", with(x, x.engine(), x.engineVersion(), x.port(), x.dbSubnetGroupId(), v,
                        x.masterUsername(), x.writerId(), x.customEndpoints(), x.deletionProtection())));
        form.edits("masterUsername").text("Master user", x.masterUsername(), PropertyForm::notBlank, v -> c.edit(
                "Edit cluster", with(x, x.engine(), x.engineVersion(), x.port(), x.dbSubnetGroupId(),
                        x.databaseName(), v, x.writerId(), x.customEndpoints(), x.deletionProtection())));
        List<DbInstance> members = c.design().all(DbInstance.class).stream().filter(i -> x.id().equals(
                i.clusterId())).toList();
        form.edits("writerId").pick("Writer", members, x.writerId(), "none", id -> c.edit("Writer of " + x.name(),
                x.withWriter(id)));
        form.edits("customEndpoints").text("Custom endpoints", endpoints(x.customEndpoints()), PropertyForm.parses(this::parseEndpoints),
                v -> c.edit("Edit cluster", with(x, x.engine(), x.engineVersion(), x.port(), x.dbSubnetGroupId(),
                        x.databaseName(), x.masterUsername(), x.writerId(), parseEndpoints(v), x.deletionProtection())));
        form.edits("deletionProtection").flag("Deletion protection", x.deletionProtection(), b -> c.edit(
                "Edit cluster", with(x, x.engine(), x.engineVersion(), x.port(), x.dbSubnetGroupId(),
                        x.databaseName(), x.masterUsername(), x.writerId(), x.customEndpoints(), b)));
    }

    /** {@code analytics READER: reader-1, reader-2; ...} */
    private String endpoints(List<CustomEndpoint> list) {
        return list.stream().map(e -> e.name() + " " + e.type() + ": " + e.memberIds().stream()
                .map(c.design()::nameOf).collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
    }

    private List<CustomEndpoint> parseEndpoints(String text) {
        return Arrays.stream(text.split(";")).filter(p -> !p.isBlank()).map(p -> {
            String[] head = p.split(":", 2);
            String[] nt = head[0].trim().split("\\s+");
            if (head.length != 2 || nt.length != 2 || !nt[1].matches("READER|ANY")) {
                throw new IllegalArgumentException("write NAME READER|ANY: instance, instance");
            }
            List<String> ids = list(head[1]).stream().map(n -> c.design().byName(n).map(Element::id).orElseThrow(
                    () -> new IllegalArgumentException("no instance named '" + n + "'"))).toList();
            return new CustomEndpoint(nt[0], nt[1], ids);
        }).toList();
    }

    private void instance(DbInstance db) {
        form.edits("clusterId").pick("Cluster", c.design().all(AuroraCluster.class), db.clusterId(),
                db.isStandalone() ? "none (an RDS instance of its own)" : "none (cannot be deployed)",
                id -> c.apply(DbMembership.setCluster(c.design(), db.id(), id)));
        AuroraCluster cluster = c.design().get(db.clusterId(), AuroraCluster.class);
        if (cluster != null) {
            form.choice("Role", List.of(WRITER, READER), db.id().equals(cluster.writerId()) ? WRITER : READER,
                    r -> c.apply(DbMembership.role(c.design(), db.id(), r.equals(WRITER))));
        }
        form.edits("promotionTier").text("Promotion tier", String.valueOf(db.promotionTier()),
                v -> PropertyForm.intRange(v, 0, 15), v -> c.edit("Edit DB instance",
                        db.withPromotionTier(Integer.parseInt(v.trim()))));
        form.edits("instanceClass").text("Instance class", db.instanceClass(), v -> v.matches("db\\.[a-z0-9]+\\.[a-z0-9]+")
                ? null : "e.g. db.r6g.large", v -> c.edit("Edit DB instance", db.withInstanceClass(v)));
        form.edits("publiclyAccessible").flag("Publicly accessible", db.publiclyAccessible(), b -> c.edit(
                "Edit DB instance", db.withPubliclyAccessible(b)));
        new StandaloneDbForm(c).build(db);
        c.placed("azId", "Zone", db.azId());
    }

    private static List<String> list(String v) {
        return Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
