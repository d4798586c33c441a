package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the load balancer a request reaches: the design's Route 53 alias records (exact name, then a wildcard
 * record), a load balancer's name used as host, a static per-AZ address of an NLB (which pins the node), the load
 * balancer named by {@code --lb}, or the design's only load balancer.
 */
public final class LoadBalancerResolver {
    private final Design design;

    public LoadBalancerResolver(Design design) {
        this.design = design;
    }

    /** How the request found its load balancer; {@code pinned} is the node whose static address was dialled. */
    public record Resolution(LoadBalancer lb, String elementId, String how, LbNode pinned) {
    }

    public Resolution resolve(SimRequest request, String lbName) {
        String host = request.host();
        LoadBalancer named = lbName == null ? null : byName(lbName);
        if (lbName != null && named == null) {
            throw new IllegalArgumentException("--lb '" + lbName + "': no load balancer of that name; the design has "
                    + names());
        }
        for (LoadBalancer lb : candidates(named)) {
            for (LbNode node : nodes(lb)) {
                if (host.equals(node.address())) {
                    return new Resolution(lb, node.subnet().id(), host + " is the static address of " + lb.name()
                            + "'s node in " + node.zoneLabel() + ": the client dials that node directly, without DNS", node);
                }
            }
        }
        DnsRecord record = record(host);
        if (record != null && (named == null || named.id().equals(record.aliasTargetId()))) {
            LoadBalancer lb = design.get(record.aliasTargetId(), LoadBalancer.class);
            HostedZone zone = design.get(record.hostedZoneId(), HostedZone.class);
            return new Resolution(lb, record.id(), host + " is an alias record" + (zone == null ? ""
                    : " in hosted zone " + zone.domainName()) + " for " + lb.name(), null);
        }
        if (named != null) {
            return new Resolution(named, named.id(), "--lb names " + named.name(), null);
        }
        for (LoadBalancer lb : design.all(LoadBalancer.class)) {
            if (lb.name().equalsIgnoreCase(host)) {
                return new Resolution(lb, lb.id(), host + " names the load balancer " + lb.name(), null);
            }
        }
        List<LoadBalancer> all = design.all(LoadBalancer.class);
        if (all.size() == 1) {
            return new Resolution(all.get(0), all.get(0).id(), "no DNS record resolves " + host
                    + "; the request goes to the design's only load balancer, " + all.get(0).name(), null);
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the design has no load balancer");
        }
        throw new IllegalArgumentException("no DNS record or load balancer name resolves '" + host
                + "'; name one with --lb (" + names() + ")");
    }

    /** The nodes of a load balancer, one per subnet, in subnet order. */
    public List<LbNode> nodes(LoadBalancer lb) {
        List<LbNode> out = new ArrayList<>();
        for (int i = 0; i < lb.subnetIds().size(); i++) {
            Subnet s = design.get(lb.subnetIds().get(i), Subnet.class);
            if (s == null) {
                continue;
            }
            AvailabilityZone az = design.get(s.azId(), AvailabilityZone.class);
            String address = i < lb.elasticIps().size() ? lb.elasticIps().get(i) : null;
            String zone = az == null ? s.azId() : ZoneNames.of(az);
            out.add(new LbNode(s, s.azId(), zone, ZoneNames.label(design, zone), address));
        }
        return out;
    }

    private List<LoadBalancer> candidates(LoadBalancer named) {
        return named != null ? List.of(named) : design.all(LoadBalancer.class);
    }

    private DnsRecord record(String host) {
        DnsRecord wildcard = null;
        for (DnsRecord r : design.all(DnsRecord.class)) {
            if (!r.isAlias() || design.get(r.aliasTargetId(), LoadBalancer.class) == null) {
                continue;
            }
            String name = stripDot(r.recordName());
            if (name.equals(host)) {
                return r;
            }
            if (name.startsWith("*.") && host.endsWith(name.substring(1)) && wildcard == null) {
                wildcard = r;
            }
        }
        return wildcard;
    }

    private static String stripDot(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private LoadBalancer byName(String name) {
        return design.byName(name).filter(e -> e instanceof LoadBalancer).map(e -> (LoadBalancer) e).orElse(null);
    }

    private String names() {
        List<String> names = design.all(LoadBalancer.class).stream().map(LoadBalancer::name).sorted().toList();
        return names.isEmpty() ? "no load balancers" : String.join(", ", names);
    }
}
