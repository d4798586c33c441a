package dev.archway.app.ui;

import dev.archway.model.catalog.ElementTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.OpaqueResource;
import dev.archway.model.edit.Containment;
import dev.archway.model.edit.ElementFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every fact the model holds is editable: for each element kind, every property of the record has an inspector
 * editor (or is where it is drawn, which a drag on the canvas changes). Other resources are carried through from a
 * template and only renamed.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorCoverageTest {
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, everyKind());
    }

    /** The fixture plus one element of each kind it lacks, each in a container of the kind it needs. */
    private static Design everyKind() {
        Design d = DesignerFixture.design();
        for (ElementKind kind : ElementKind.values()) {
            if (d.all(ElementTypes.of(kind)).isEmpty()) {
                ElementKind required = Containment.requiredParent(kind);
                Element parent = required == null ? null : d.all(ElementTypes.of(required)).get(0);
                d.put(ElementFactory.create(d, kind, parent));
            }
        }
        return d;
    }

    @Test
    void everyPropertyOfEveryKindHasAnEditor(FxRobot robot) {
        TreeMap<String, Set<String>> missing = new TreeMap<>();
        for (ElementKind kind : ElementKind.values()) {
            Element e = window.document().design().all(ElementTypes.of(kind)).get(0);
            robot.interact(() -> window.selection().set(List.of(e.id())));
            List<String> edited = new ArrayList<>();
            robot.interact(() -> edited.addAll(window.inspector().editedProperties()));
            Set<String> gaps = new LinkedHashSet<>(properties(e));
            gaps.removeAll(edited);
            if (!gaps.isEmpty()) {
                missing.put(kind.name(), gaps);
            }
        }
        assertEquals(new TreeMap<>(), missing, "properties without an editor, by kind");
    }

    @Test
    void everyChoiceReadsAsWordsAndAListenerIsOfferedOnlyItsBalancersProtocols(FxRobot robot) {
        List<String> raw = new ArrayList<>();
        for (ElementKind kind : ElementKind.values()) {
            Element e = window.document().design().all(ElementTypes.of(kind)).get(0);
            robot.interact(() -> window.selection().set(List.of(e.id())));
            for (String text : choices(robot, ".inspector .combo-box")) {
                if (text.matches("[A-Z0-9]+(_[A-Z0-9]+)+")) {
                    raw.add(kind + ": " + text);
                }
            }
        }
        assertEquals(List.of(), raw, "enum names shown as choices");

        Listener listener = window.document().design().all(Listener.class).get(0);
        LoadBalancer lb = window.document().design().get(listener.loadBalancerId(), LoadBalancer.class);
        robot.interact(() -> window.selection().set(List.of(listener.id())));
        assertEquals(List.of("HTTP", "HTTPS"), choices(robot, "#inspector-protocol"), "an ALB's listener");
        robot.interact(() -> window.document().execute(new PutElementCommand("NLB", new LoadBalancer(lb.id(),
                lb.name(), lb.vpcId(), LbType.NETWORK, lb.scheme(), lb.subnetIds(), List.of(), lb.attributes(),
                lb.elasticIps()))));
        robot.interact(() -> window.selection().set(List.of(listener.id())));
        assertEquals(List.of("TCP", "TLS", "UDP", "TCP and UDP"), choices(robot, "#inspector-protocol"),
                "an NLB's listener");
    }

    /** The texts the drop-downs matching {@code query} offer, as the user reads them. */
    @SuppressWarnings("unchecked")
    private static List<String> choices(FxRobot robot, String query) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> robot.lookup(query).queryAll().forEach(n -> {
            ComboBox<Object> box = (ComboBox<Object>) n;
            box.getItems().forEach(item -> texts.add(box.getConverter().toString(item)));
        }));
        return texts;
    }

    private static List<String> properties(Element e) {
        if (e instanceof OpaqueResource) {
            return List.of("name");
        }
        return Arrays.stream(e.getClass().getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> !n.equals("id")).toList();
    }
}
