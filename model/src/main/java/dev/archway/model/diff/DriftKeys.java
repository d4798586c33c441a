package dev.archway.model.diff;

import dev.archway.model.Element;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.Region;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;

/**
 * What AWS makes unique for an element under its owner, whatever either side calls it: a rule's priority on its
 * listener, a listener's port on its load balancer, a subnet's CIDR in its VPC, an AZ's zone. Null when the kind
 * has no such key (its name is then the only clue).
 */
final class DriftKeys {
    private DriftKeys() {
    }

    static String of(Element e) {
        if (e instanceof ListenerRule r) {
            return "priority " + r.priority();
        }
        if (e instanceof Listener l) {
            return "port " + l.port();
        }
        if (e instanceof Subnet s) {
            return s.cidr();
        }
        if (e instanceof Vpc v) {
            return v.cidr();
        }
        if (e instanceof AvailabilityZone az) {
            return az.zone();
        }
        if (e instanceof Region r) {
            return r.code();
        }
        if (e instanceof RouteTable rt) {
            return rt.main() ? "main" : null;
        }
        if (e instanceof InternetGateway) {
            return "attached";
        }
        return otherKey(e);
    }

    private static String otherKey(Element e) {
        if (e instanceof HostedZone z) {
            return z.domainName() + (z.privateZone() ? " private" : " public");
        }
        if (e instanceof DnsRecord r) {
            return r.recordName() + " " + r.type();
        }
        if (e instanceof Certificate c) {
            return c.domainName();
        }
        if (e instanceof IpTarget t) {
            return t.ip();
        }
        return e instanceof Ec2Instance i ? i.privateIp() : null;
    }
}
