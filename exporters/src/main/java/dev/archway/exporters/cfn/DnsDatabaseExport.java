package dev.archway.exporters.cfn;

import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.stacks.RdsCreation;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Certificate;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Certificates, hosted zones and records; DB subnet groups, Aurora clusters and their instances. */
final class DnsDatabaseExport {
    private final ExportContext cx;
    private final NetworkExport network;

    DnsDatabaseExport(ExportContext cx, NetworkExport network) {
        this.cx = cx;
        this.network = network;
    }

    private String zoneParameter(HostedZone zone) {
        return cx.parameter(cx.lid(zone.id()) + "DomainName", "String", "Domain name of " + zone.name(),
                zone.domainName());
    }

    /** A domain name written relative to a parameter: the parameter itself, or {@code !Sub www.${Param}}. */
    private Object domain(String name, String parameter, String parameterValue) {
        if (name == null || parameter == null) {
            return name;
        }
        if (name.equals(parameterValue)) {
            return Cfn.ref(parameter);
        }
        if (name.endsWith("." + parameterValue) && !name.contains("${")) {
            return Cfn.sub(name.substring(0, name.length() - parameterValue.length()) + "${" + parameter + "}");
        }
        return name;
    }

    void hostedZone(HostedZone zone) {
        Map<String, Object> props = Cfn.map("Name", Cfn.ref(zoneParameter(zone)));
        if (zone.privateZone() && !cx.hasExtra(zone.id(), "VPCs")) {
            List<Object> vpcs = new ArrayList<>();
            cx.design.all(Vpc.class).forEach(v -> vpcs.add(Cfn.map("VPCId", cx.ref(v.id()), "VPCRegion",
                    Cfn.ref("AWS::Region"))));
            props.put("VPCs", vpcs);
        }
        cx.add(zone.id(), cx.lid(zone.id()), "AWS::Route53::HostedZone", props, List.of());
    }

    void certificate(Certificate c) {
        HostedZone zone = cx.design.get(c.hostedZoneId(), HostedZone.class);
        String param;
        String value;
        if (zone != null && (c.domainName().equals(zone.domainName())
                || c.domainName().endsWith("." + zone.domainName()))) {
            param = zoneParameter(zone);
            value = zone.domainName();
        } else {
            param = cx.parameter(cx.lid(c.id()) + "DomainName", "String", "Domain name of " + c.name(),
                    c.domainName());
            value = c.domainName();
        }
        List<Object> sans = new ArrayList<>();
        c.subjectAlternativeNames().forEach(n -> sans.add(domain(n, param, value)));
        Map<String, Object> props = Cfn.map("DomainName", domain(c.domainName(), param, value),
                "SubjectAlternativeNames", sans.isEmpty() ? null : sans, "ValidationMethod", "DNS");
        if (zone != null) {
            props.put("DomainValidationOptions", List.of(Cfn.map("DomainName", domain(c.domainName(), param, value),
                    "HostedZoneId", cx.ref(zone.id()))));
        }
        cx.add(c.id(), cx.lid(c.id()), "AWS::CertificateManager::Certificate", props, List.of());
    }

    void record(DnsRecord r) {
        HostedZone zone = cx.design.get(r.hostedZoneId(), HostedZone.class);
        Object name = zone == null ? r.recordName() : domain(r.recordName(), zoneParameter(zone), zone.domainName());
        Map<String, Object> props = Cfn.map("HostedZoneId", zone == null ? null : cx.ref(zone.id()), "Name", name,
                "Type", r.type());
        if (r.isAlias()) {
            String lb = cx.lid(r.aliasTargetId());
            props.put("AliasTarget", Cfn.map("DNSName", Cfn.getAtt(lb, "DNSName"), "HostedZoneId",
                    Cfn.getAtt(lb, "CanonicalHostedZoneID")));
        } else {
            props.put("TTL", r.ttl() == null ? null : String.valueOf(r.ttl()));
            props.put("ResourceRecords", new ArrayList<Object>(r.values()));
            props.values().removeIf(v -> v == null);
        }
        cx.add(r.id(), cx.lid(r.id()), "AWS::Route53::RecordSet", props, List.of());
    }

    void subnetGroup(DbSubnetGroup g) {
        cx.add(g.id(), cx.lid(g.id()), "AWS::RDS::DBSubnetGroup", Cfn.map("DBSubnetGroupDescription",
                g.description() == null ? g.name() : g.description(), "SubnetIds", cx.refs(g.subnetIds())), List.of());
    }

    void cluster(AuroraCluster c) {
        String lid = cx.lid(c.id());
        Object user = c.masterUsername() == null ? null : Cfn.ref(cx.parameter(lid + "MasterUsername", "String",
                "Master user of " + c.name(), c.masterUsername()));
        boolean managed = user != null && !cx.hasExtra(c.id(), "MasterUserPassword");
        cx.add(c.id(), lid, "AWS::RDS::DBCluster", Cfn.map("Engine", c.engine(), "EngineVersion", c.engineVersion(),
                "Port", c.port(), "DBSubnetGroupName", c.dbSubnetGroupId() == null ? null : cx.ref(c.dbSubnetGroupId()),
                "VpcSecurityGroupIds", c.securityGroupIds().isEmpty() ? null : cx.groupIds(c.securityGroupIds()),
                "DatabaseName", c.databaseName(), "MasterUsername", user, "ManageMasterUserPassword",
                managed ? Boolean.TRUE : null, "DeletionProtection", c.deletionProtection()), List.of());
        cx.output(c.id(), lid + "Endpoint", "Writer endpoint of " + c.name(), Cfn.getAtt(lid, "Endpoint.Address"));
        cx.output(c.id(), lid + "ReaderEndpoint", "Reader endpoint of " + c.name(), Cfn.getAtt(lid, "ReadEndpoint.Address"));
    }

    void instance(DbInstance i) {
        if (i.isStandalone()) {
            standalone(i);
            return;
        }
        AuroraCluster cluster = cx.design.get(i.clusterId(), AuroraCluster.class);
        if (cluster == null) {
            throw new IllegalStateException(i.name() + " belongs to no Aurora cluster (DB-INSTANCE-NO-CLUSTER)");
        }
        AvailabilityZone az = cx.design.get(i.azId(), AvailabilityZone.class);
        List<String> dependsOn = new ArrayList<>();
        if (cluster != null && cluster.writerId() != null && !cluster.writerId().equals(i.id())
                && cx.design.contains(cluster.writerId())) {
            dependsOn.add(cx.lid(cluster.writerId()));
        }
        if (i.publiclyAccessible() && cluster != null) {
            dependsOn.addAll(network.attachmentOf(vpcOf(cluster)));
        }
        cx.add(i.id(), cx.lid(i.id()), "AWS::RDS::DBInstance", Cfn.map("Engine", cluster == null ? null
                : cluster.engine(), "DBClusterIdentifier", cx.ref(i.clusterId()), "DBInstanceClass", i.instanceClass(),
                "AvailabilityZone", Cfn.availabilityZone(az), "PromotionTier", i.promotionTier(),
                "PubliclyAccessible", i.publiclyAccessible() ? Boolean.TRUE : null), dependsOn);
    }

    /** An RDS instance of its own; a replica writes its subnet group and groups only where they are not its source's. */
    private void standalone(DbInstance i) {
        StandaloneDb s = i.standalone();
        StandaloneDb from = s.readReplica() && cx.design.get(s.sourceInstanceId()) instanceof DbInstance src
                ? src.standalone() : null;
        AvailabilityZone az = s.multiAz() ? null : cx.design.get(i.azId(), AvailabilityZone.class);
        String group = from != null && Objects.equals(from.dbSubnetGroupId(), s.dbSubnetGroupId()) ? null
                : s.dbSubnetGroupId();
        List<String> groups = from != null && from.securityGroupIds().equals(s.securityGroupIds()) ? List.of()
                : s.securityGroupIds();
        List<String> dependsOn = new ArrayList<>();
        DbSubnetGroup subnets = cx.design.get(s.dbSubnetGroupId(), DbSubnetGroup.class);
        if (i.publiclyAccessible() && subnets != null && !subnets.subnetIds().isEmpty()
                && cx.design.get(subnets.subnetIds().get(0)) instanceof Subnet first) {
            dependsOn.addAll(network.attachmentOf(first.vpcId()));
        }
        cx.add(i.id(), cx.lid(i.id()), "AWS::RDS::DBInstance", Cfn.map("Engine", from == null ? s.engine() : null,
                "DBInstanceClass", i.instanceClass(), "Port", s.port() == StandaloneDb.defaultPort(s.engine()) ? null
                        : s.port(), "DBSubnetGroupName", group == null ? null : cx.ref(group),
                "VPCSecurityGroups", groups.isEmpty() ? null : cx.groupIds(groups),
                "SourceDBInstanceIdentifier", s.readReplica() ? cx.ref(s.sourceInstanceId()) : null,
                "MultiAZ", s.multiAz() ? Boolean.TRUE : null, "AvailabilityZone", Cfn.availabilityZone(az),
                "PubliclyAccessible", i.publiclyAccessible() ? Boolean.TRUE : null, "AllocatedStorage",
                newPrimary(i, "AllocatedStorage") ? RdsCreation.STORAGE_GIB : null, "MasterUsername",
                newPrimary(i, "MasterUsername") ? RdsCreation.MASTER_USER : null, "ManageMasterUserPassword",
                newPrimary(i, "MasterUsername") && !cx.hasExtra(i.id(), "MasterUserPassword") ? Boolean.TRUE : null),
                dependsOn);
    }

    /** Whether RDS needs {@code property} from us: a new primary whose template (if any) did not give it. */
    private boolean newPrimary(DbInstance i, String property) {
        return RdsCreation.fromNothing(cx.design, i) && !cx.hasExtra(i.id(), property);
    }

    private String vpcOf(AuroraCluster c) {
        if (c.vpcId() != null) {
            return c.vpcId();
        }
        List<Subnet> subnets = cx.topology.subnetsOf(c);
        return subnets.isEmpty() ? null : subnets.get(0).vpcId();
    }
}
