package dev.archway.model.validation.rules.listener;

import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.query.Topology;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Host names that reach a listener: host-header values of its rules and names of DNS aliases to its load balancer. */
final class ListenerHosts {
    private ListenerHosts() {
    }

    static Set<String> of(Listener l, Topology index) {
        Set<String> hosts = new LinkedHashSet<>();
        for (ListenerRule r : index.rulesOf(l)) {
            hosts.addAll(ruleHosts(r));
        }
        for (DnsRecord record : index.referrers(l.loadBalancerId(), DnsRecord.class)) {
            if (record.recordName() != null) {
                hosts.add(normalise(record.recordName()));
            }
        }
        return hosts;
    }

    static Set<String> ruleHosts(ListenerRule r) {
        Set<String> hosts = new LinkedHashSet<>();
        for (RuleCondition c : r.conditions()) {
            if (c.field() == ConditionField.HOST_HEADER) {
                c.values().forEach(v -> hosts.add(normalise(v)));
            }
        }
        return hosts;
    }

    static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
