package dev.archway.model.diagram;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global band's order once the Regions are placed: each hosted zone with its records stays one group, the groups
 * and the records in them sorted left to right by where their alias targets are drawn (the barycentre), so that the
 * alias edges run down side by side instead of across each other. Chips without a placed target keep their order.
 */
final class BandOrder {
    private BandOrder() {
    }

    static List<String> of(Design design, List<String> band, Map<String, Bounds> placed) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        String group = null;
        for (String id : band) {
            HostedZone zone = design.get(id, HostedZone.class);
            DnsRecord record = design.get(id, DnsRecord.class);
            boolean inGroup = record != null && group != null && group.equals(record.hostedZoneId());
            if (!inGroup) {
                group = zone != null ? id : null;
            }
            String key = inGroup ? group : zone != null ? id : "#" + groups.size();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
        }
        List<List<String>> sorted = new ArrayList<>();
        for (List<String> ids : groups.values()) {
            List<String> members = new ArrayList<>(ids);
            boolean zoneFirst = design.get(members.get(0), HostedZone.class) != null;
            List<String> records = new ArrayList<>(members.subList(zoneFirst ? 1 : 0, members.size()));
            records.sort(Comparator.comparingDouble(id -> targetX(design, id, placed, Double.MAX_VALUE)));
            List<String> group2 = new ArrayList<>(zoneFirst ? List.of(members.get(0)) : List.of());
            group2.addAll(records);
            sorted.add(group2);
        }
        sorted.sort(Comparator.comparingDouble(g -> meanX(design, g, placed)));
        List<String> out = new ArrayList<>();
        sorted.forEach(out::addAll);
        return out;
    }

    private static double meanX(Design design, List<String> group, Map<String, Bounds> placed) {
        return group.stream().mapToDouble(id -> targetX(design, id, placed, Double.NaN)).filter(x -> !Double.isNaN(x))
                .average().orElse(Double.MAX_VALUE);
    }

    private static double targetX(Design design, String id, Map<String, Bounds> placed, double none) {
        DnsRecord record = design.get(id, DnsRecord.class);
        Bounds target = record == null || record.aliasTargetId() == null ? null : placed.get(record.aliasTargetId());
        return target == null ? none : target.centerX();
    }
}
