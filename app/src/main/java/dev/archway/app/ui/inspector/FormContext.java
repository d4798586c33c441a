package dev.archway.app.ui.inspector;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.edit.DesignEdits;
import dev.archway.model.edit.Edit;
import dev.archway.model.edit.Membership;
import dev.archway.model.network.SecurityGroup;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** What a kind's form works with: the inspector (to apply edits), the property rows and the panel below them. */
record FormContext(Inspector inspector, PropertyForm form, VBox content) {

    Design design() {
        return inspector.document().design();
    }

    void edit(String label, Element updated) {
        inspector.edit(label, updated);
    }

    void apply(Edit edit) {
        inspector.apply(edit);
    }

    void add(Node node) {
        content.getChildren().add(node);
    }

    /** The elements of a type in a VPC (all of them when {@code vpcId} is null). */
    <T extends Element> List<T> inVpc(Class<T> type, String vpcId, java.util.function.Function<T, String> vpcOf) {
        return design().all(type).stream().filter(e -> vpcId == null || vpcId.equals(vpcOf.apply(e))).toList();
    }

    /** Check boxes for the security groups of the element's VPC; a change puts the element in exactly those. */
    void securityGroups(Element e, String vpcId) {
        List<String> current = Membership.groupsOf(design(), e);
        form.edits("securityGroupIds").checks("Security groups", inVpc(SecurityGroup.class, vpcId,
                SecurityGroup::vpcId), current, ids -> edit("Security groups of " + e.name(),
                Membership.withGroups(design(), e, ids)));
    }

    /** Where the element is drawn: edited by dragging it into another container on the canvas. */
    void placed(String property, String label, String containerId) {
        form.edits(property).drawnIn(label, (containerId == null ? "none" : design().nameOf(containerId))
                + " (drag it on the canvas to move it)");
    }

    void rename(Element e) {
        form.edits("name").text("Name", e.name(), v -> DesignEdits.rename(design(), e.id(), v).refusal() == null
                || v.equals(e.name()) ? null : DesignEdits.rename(design(), e.id(), v).refusal(),
                v -> apply(DesignEdits.rename(design(), e.id(), v)));
    }

    static PutElementCommand put(String label, Element e) {
        return new PutElementCommand(label, e);
    }
}
