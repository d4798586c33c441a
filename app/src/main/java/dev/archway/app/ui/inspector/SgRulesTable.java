package dev.archway.app.ui.inspector;

import dev.archway.model.Design;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;

/** The ingress or egress rules of a security group: protocol, ports, peer (CIDR or group name), description. */
final class SgRulesTable extends EditableTable<SgRule> {
    private final Inspector inspector;
    private final SecurityGroup sg;
    private final boolean ingress;

    SgRulesTable(Inspector inspector, SecurityGroup sg, boolean ingress) {
        super(ingress ? "Inbound rules" : "Outbound rules");
        this.inspector = inspector;
        this.sg = sg;
        this.ingress = ingress;
        setId(ingress ? "sg-ingress" : "sg-egress");
        table.getItems().setAll(ingress ? sg.ingress() : sg.egress());
        column("Protocol", 70, r -> r.allProtocols() ? "all" : r.protocol(), (r, v) -> replace(r, protocol(r, v)));
        column("Ports", 80, SgRulesTable::ports, (r, v) -> replace(r, ports(r, v)));
        column(ingress ? "Source" : "Destination", 140, r -> peer(design(), r), (r, v) -> replace(r, peer(r, v)));
        column("Description", 120, r -> r.description() == null ? "" : r.description(),
                (r, v) -> replace(r, new SgRule(r.protocol(), r.fromPort(), r.toPort(), r.cidr(), r.securityGroupId(), v)));
        fitRows();
        Button add = new Button("Add rule");
        add.setOnAction(e -> {
            List<SgRule> rules = new ArrayList<>(rules());
            rules.add(SgRule.tcp(443, "0.0.0.0/0"));
            commit(rules);
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            SgRule picked = table.getSelectionModel().getSelectedItem();
            if (picked != null) {
                List<SgRule> rules = new ArrayList<>(rules());
                rules.remove(picked);
                commit(rules);
            }
        });
        add.setId(getId() + "-add");
        remove.setId(getId() + "-remove");
        getChildren().add(new javafx.scene.layout.HBox(6, add, remove));
    }

    private Design design() {
        return inspector.document().design();
    }

    private List<SgRule> rules() {
        return ingress ? sg.ingress() : sg.egress();
    }

    private void commit(List<SgRule> rules) {
        inspector.edit("Edit rules of " + sg.name(), ingress ? sg.withIngress(rules) : sg.withEgress(rules));
    }

    /** Either a valid rule or an IllegalArgumentException with the reason. */
    private String replace(SgRule old, Object result) {
        if (result instanceof String problem) {
            return problem;
        }
        List<SgRule> rules = new ArrayList<>(rules());
        rules.set(rules.indexOf(old), (SgRule) result);
        commit(rules);
        return null;
    }

    static String ports(SgRule r) {
        if (r.allProtocols() || r.fromPort() == -1) {
            return "all";
        }
        return r.fromPort() == r.toPort() ? String.valueOf(r.fromPort()) : r.fromPort() + "-" + r.toPort();
    }

    static String peer(Design design, SgRule r) {
        return r.securityGroupId() != null ? design.nameOf(r.securityGroupId()) : r.cidr();
    }

    private static Object protocol(SgRule r, String v) {
        String p = v.trim().toLowerCase();
        if (p.equals("all") || p.equals("-1")) {
            return new SgRule("-1", -1, -1, r.cidr(), r.securityGroupId(), r.description());
        }
        if (!p.equals("tcp") && !p.equals("udp") && !p.equals("icmp")) {
            return "tcp, udp, icmp or all";
        }
        int from = r.fromPort() == -1 ? 0 : r.fromPort();
        int to = r.toPort() == -1 ? 65535 : r.toPort();
        return new SgRule(p, from, to, r.cidr(), r.securityGroupId(), r.description());
    }

    private static Object ports(SgRule r, String v) {
        if (r.allProtocols()) {
            return "all-traffic rules cover every port; pick tcp or udp first";
        }
        String[] parts = v.trim().split("-");
        try {
            int from = Integer.parseInt(parts[0].trim());
            int to = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : from;
            if (from < 0 || to > 65535 || from > to) {
                return "ports are 0 to 65535, low-high";
            }
            return new SgRule(r.protocol(), from, to, r.cidr(), r.securityGroupId(), r.description());
        } catch (NumberFormatException e) {
            return "write a port (443) or a range (1024-2048)";
        }
    }

    private Object peer(SgRule r, String v) {
        String text = v.trim();
        var group = design().byName(text).filter(SecurityGroup.class::isInstance);
        if (group.isPresent()) {
            return new SgRule(r.protocol(), r.fromPort(), r.toPort(), null, group.get().id(), r.description());
        }
        try {
            Cidr.parse(text);
            return new SgRule(r.protocol(), r.fromPort(), r.toPort(), text, null, r.description());
        } catch (IllegalArgumentException e) {
            return "a CIDR (10.0.0.0/16) or the name of a security group";
        }
    }
}
