package dev.archway.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The engine panels under the diagram, one tab each (id {@code tab-<title>}). */
final class BottomPanels {
    private final TabPane tabs = new TabPane();

    BottomPanels() {
        tabs.setId("panels");
        tabs.setMinHeight(0);
    }

    TabPane tabs() {
        return tabs;
    }

    void add(String title, Node panel, int index) {
        Tab tab = new Tab(title, panel);
        tab.setClosable(false);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        tabs.getTabs().add(Math.min(index, tabs.getTabs().size()), tab);
    }

    void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
