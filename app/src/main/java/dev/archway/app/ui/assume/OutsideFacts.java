package dev.archway.app.ui.assume;

import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.exporters.assume.IngressText;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.ExternalFacts;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The facts about the elements a template takes from outside, as the rules need them: a subnet's AZ (a slot of the
 * region, {@code 1st} to {@code 3rd}), whether it is public, its CIDR; a VPC's CIDR. "not known" leaves the rules that
 * need the fact saying "cannot tell"; so do a group's inbound rules, given as one line ({@link IngressText}).
 */
final class OutsideFacts {
    private static final String UNKNOWN = "not known";
    private static final List<String> SLOTS = List.of(UNKNOWN, "1st", "2nd", "3rd");
    private static final List<String> TIERS = List.of(UNKNOWN, "public", "private");

    private final DiagramView diagram;
    private final Design design;
    OutsideFacts(DiagramView diagram, Design design) {
        this.diagram = diagram;
        this.design = design;
    }

    GridPane grid(List<Element> outside) {
        GridPane grid = AssumptionsPanel.grid();
        int row = 0;
        for (Element e : outside) {
            Map<String, Object> given = ExternalFacts.given(design.cfnExtras(e.id()));
            if (e instanceof Subnet s) {
                grid.addRow(row++, new Label(s.name()), zone(s, given), tier(s, given), cidr(s, "subnets", given));
            } else if (e instanceof Vpc v) {
                grid.addRow(row++, new Label(v.name()), new Label("VPC"), new Label(), cidr(v, "vpcs", given));
            } else if (e instanceof SecurityGroup g) {
                TextField rules = ingress(g, given);
                grid.addRow(row++, new Label(g.name()), new Label("security group"), rules);
                GridPane.setColumnSpan(rules, 2);
            }
        }
        return grid;
    }

    private ComboBox<String> zone(Subnet s, Map<String, Object> given) {
        Object zone = given.get(ExternalFacts.ZONE);
        ComboBox<String> box = choice(SLOTS, zone == null ? UNKNOWN : zone.toString(), AssumptionsPanel.ids("az",
                s.name()));
        box.setOnAction(e -> give(s, "subnets", ExternalFacts.ZONE, known(box.getValue()), "AZ"));
        return box;
    }

    private ComboBox<String> tier(Subnet s, Map<String, Object> given) {
        Object pub = given.get(ExternalFacts.PUBLIC);
        ComboBox<String> box = choice(TIERS, pub == null ? UNKNOWN : Boolean.TRUE.equals(pub) ? "public" : "private",
                AssumptionsPanel.ids("tier", s.name()));
        box.setOnAction(e -> give(s, "subnets", ExternalFacts.PUBLIC,
                known(box.getValue()) == null ? null : "public".equals(box.getValue()), "tier"));
        return box;
    }

    private TextField cidr(Element e, String section, Map<String, Object> given) {
        Object cidr = given.get(ExternalFacts.CIDR);
        TextField field = new TextField(cidr == null ? "" : cidr.toString());
        field.setId(AssumptionsPanel.ids("cidr", e.name()));
        field.setPromptText(UNKNOWN + " (CIDR)");
        field.setPrefColumnCount(9);
        field.setOnAction(a -> {
            String text = field.getText().strip();
            if (!text.isEmpty() && !Cidr.isValid(text)) {
                diagram.refuse(text + " is not an IPv4 CIDR block such as 10.0.1.0/24");
            } else if (!text.equals(cidr == null ? "" : cidr)) {
                give(e, section, ExternalFacts.CIDR, text.isEmpty() ? null : text, "CIDR");
            }
        });
        return field;
    }

    /** The group's inbound rules as one line ({@link IngressText}); empty leaves them not known. */
    private TextField ingress(SecurityGroup g, Map<String, Object> given) {
        Object rules = given.get(ExternalFacts.INGRESS);
        String shown = rules instanceof List<?> l ? IngressText.format(l) : "";
        TextField field = new TextField(shown);
        field.setId(AssumptionsPanel.ids("ingress", g.name()));
        field.setPromptText(UNKNOWN + " (tcp 443 from 0.0.0.0/0; tcp 80 from LbSg)");
        field.setPrefColumnCount(30); // room for the example in the prompt
        field.setOnAction(a -> {
            String text = field.getText().strip();
            try {
                List<Map<String, Object>> parsed = text.isEmpty() ? null : IngressText.parse(text);
                if (!text.equals(shown)) {
                    give(g, "securityGroups", ExternalFacts.INGRESS, parsed, "inbound rules");
                }
            } catch (IllegalArgumentException e) {
                diagram.refuse(e.getMessage());
            }
        });
        return field;
    }

    private void give(Element e, String section, String fact, Object value, String what) {
        String label = value == null ? "Forget the " + what + " of " + e.name()
                : "Assume the " + what + " of " + e.name() + (value instanceof List<?> l ? " are " + IngressText.format(l)
                        : " is " + value);
        diagram.apply(AssumptionEdits.fact(design, section + "." + e.name(), fact, value, label));
    }

    private static ComboBox<String> choice(List<String> items, String current, String id) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(items);
        if (!items.contains(current)) {
            box.getItems().add(current); // a zone name given in a file
        }
        box.setValue(current);
        box.setId(id);
        box.setPrefWidth(124);
        return box;
    }

    private static String known(String choice) {
        return UNKNOWN.equals(choice) ? null : choice;
    }
}
