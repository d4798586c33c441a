package dev.archway.app.ui.inspector;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.OpaqueResource;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Vpc;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The fields of each element kind: the name, then the kind's own form (network, load balancing, workloads, data). */
final class ElementForms {
    private final FormContext context;

    ElementForms(Inspector inspector, VBox content) {
        this.context = new FormContext(inspector, new PropertyForm(), content);
    }

    /** Builds the form of {@code e}; returns the element properties it edits. */
    List<String> build(Element e) {
        context.add(context.form());
        context.rename(e);
        boolean known = new NetworkForms(context).build(e) || new LbForms(context).build(e)
                || new WorkloadForms(context).build(e) || new DataForms(context).build(e);
        if (!known || e instanceof OpaqueResource) {
            Label none = new Label(e.kind().label() + ": carried through from the template as it was written; "
                    + "only its name is edited here.");
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            context.add(none);
        }
        return context.form().properties();
    }

    static String vpcCidr(String v) {
        try {
            Cidr c = Cidr.parse(v);
            return c.prefix() < 16 || c.prefix() > 28 ? "A VPC's block is /16 to /28" : null;
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
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

    static String address(String v) {
        try {
            Cidr.parse(v.trim() + "/32");
            return null;
        } catch (IllegalArgumentException ex) {
            return "not an IPv4 address";
        }
    }

    static Function<String, String> actionProblem(Design design) {
        return PropertyForm.parses(v -> RuleText.parseActions(design, v));
    }
}
