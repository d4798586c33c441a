package dev.archway.exporters.assume;

import dev.archway.exporters.InputException;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.network.ZoneSlot;
import dev.archway.model.query.ExternalFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives facts to an element from outside the template: records them under the element's external mark (so the rules
 * count them as known) and makes the element say them: a subnet moves to its zone's column (made when the VPC has
 * none) and takes its CIDR, a group takes its inbound rules.
 */
final class GivenFacts {
    private static final int COLUMN_GAP = 20;

    private final Design design;
    private final Path file;

    GivenFacts(Design design, Path file) {
        this.design = design;
        this.file = file;
    }

    /** Merges {@code facts} into those the element had; {@code place} names them in messages. */
    void give(Element e, Map<String, Object> facts, String place) throws InputException {
        Map<String, Object> extras = new LinkedHashMap<>(design.cfnExtras(e.id()));
        Map<String, Object> known = ExternalFacts.given(extras);
        if (known == null) {
            throw new InputException(file, place, e.name() + " is part of the template, not an element from outside "
                    + "it: its facts are the template's");
        }
        Map<String, Object> given = new LinkedHashMap<>(known);
        given.putAll(facts);
        given.values().removeIf(java.util.Objects::isNull);
        @SuppressWarnings("unchecked")
        Map<String, Object> mark = new LinkedHashMap<>((Map<String, Object>) extras.get(ExternalFacts.EXTERNAL));
        mark.put(ExternalFacts.GIVEN, given);
        extras.put(ExternalFacts.EXTERNAL, mark);
        design.batch(() -> design.setCfnExtras(e.id(), extras));
        if (e instanceof Subnet s) {
            subnet(s, given);
        } else if (e instanceof Vpc v && given.get(ExternalFacts.CIDR) instanceof String cidr) {
            design.put(v.withCidr(cidr));
        } else if (e instanceof SecurityGroup g && given.get(ExternalFacts.INGRESS) instanceof List<?> rules) {
            design.put(g.withIngress(rules(rules, place + ".ingress")));
        }
    }

    private void subnet(Subnet s, Map<String, Object> given) {
        Subnet changed = s;
        if (given.get(ExternalFacts.ZONE) instanceof String zone) {
            changed = moveTo(changed, azFor(changed, zone));
        }
        if (given.get(ExternalFacts.CIDR) instanceof String cidr) {
            changed = changed.withCidr(cidr);
        }
        design.put(changed);
    }

    /**
     * The VPC's column for a zone (a slot such as {@code 2nd}, the one a template's {@code !Select [1, !GetAZs '']}
     * names, or a zone name): the one there is, else a new one drawn right of the others.
     */
    private AvailabilityZone azFor(Subnet s, String zone) {
        List<AvailabilityZone> columns = design.all(AvailabilityZone.class).stream()
                .filter(az -> s.vpcId().equals(az.vpcId())).toList();
        for (AvailabilityZone az : columns) {
            if (zone.equals(az.zone())) {
                return az;
            }
        }
        String title = ZoneSlot.title(zone);
        String name = title;
        for (int i = 2; design.byName(name).isPresent(); i++) {
            name = title + " " + i;
        }
        AvailabilityZone made = new AvailabilityZone(s.vpcId() + "-" + zone, name, s.vpcId(), zone);
        design.put(made);
        columns.stream().map(az -> design.bounds(az.id())).filter(b -> b != null)
                .max(Comparator.comparingDouble(Bounds::x)).ifPresent(last -> design.setBounds(made.id(),
                        new Bounds(last.x() + last.width() + COLUMN_GAP, last.y(), last.width(), last.height())));
        return made;
    }

    /** The subnet in another column, at the same place within it. */
    private Subnet moveTo(Subnet s, AvailabilityZone az) {
        if (az.id().equals(s.azId())) {
            return s;
        }
        Bounds from = s.azId() == null ? null : design.bounds(s.azId());
        Bounds to = design.bounds(az.id());
        Bounds own = design.bounds(s.id());
        if (from != null && to != null && own != null) {
            design.setBounds(s.id(), new Bounds(own.x() + to.x() - from.x(), own.y() + to.y() - from.y(),
                    own.width(), own.height()));
        }
        return s.withAz(az.id());
    }

    private List<SgRule> rules(List<?> rules, String place) throws InputException {
        List<SgRule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!(rules.get(i) instanceof Map<?, ?> r)) {
                throw new InputException(file, place + "[" + i + "]", "a rule is a mapping");
            }
            String groupId = null;
            if (r.get("group") instanceof String name) {
                groupId = design.byName(name).filter(g -> g instanceof SecurityGroup).map(Element::id).orElse(null);
                if (groupId == null) {
                    throw new InputException(file, place + "[" + i + "].group", "the design has no security group "
                            + name);
                }
            }
            out.add(rule(r, groupId));
        }
        return out;
    }

    private static SgRule rule(Map<?, ?> r, String groupId) {
        String protocol = String.valueOf(r.get("protocol"));
        Object description = r.get("description");
        String text = description == null ? null : description.toString();
        String cidr = r.get("cidr") instanceof String c ? c : null;
        if (protocol.equals("all")) {
            return new SgRule("-1", -1, -1, cidr, groupId, text);
        }
        String[] ports = String.valueOf(r.get("ports")).split("-");
        int from = Integer.parseInt(ports[0]);
        int to = ports.length > 1 ? Integer.parseInt(ports[1]) : from;
        return new SgRule(protocol, from, to, cidr, groupId, text);
    }
}
