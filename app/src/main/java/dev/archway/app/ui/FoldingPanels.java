package dev.archway.app.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;

/**
 * Room for the diagram, remembered by the window: the inspector shows while something is selected unless it is
 * pinned open (View > Inspector always open); the bottom panels fold down to their tab headers (View > Bottom
 * panels), and a click on a header, or a panel asked for (a lesson's *Show in simulation*), unfolds them.
 */
public final class FoldingPanels {
    static final String INSPECTOR = "view.inspectorPinned";
    static final String PANELS = "view.panelsFolded";
    private static final double HEADER = 44;
    private final Preferences prefs;
    private final SplitPane centre;
    private final TabPane panels;
    private final Runnable placeInspector;
    private boolean inspectorPinned;
    private boolean panelsFolded;
    private double divider;
    /** Where the divider was before a panel asked for more room (negative: it did not). */
    private double raisedFrom = -1;
    private static final double MOST = 0.55;
    private final java.util.Set<Node> roomy = new java.util.HashSet<>();

    FoldingPanels(Preferences prefs, SplitPane centre, TabPane panels, Runnable placeInspector) {
        this.prefs = prefs;
        this.centre = centre;
        this.panels = panels;
        this.placeInspector = placeInspector;
        this.inspectorPinned = prefs.getBoolean(INSPECTOR, false);
        this.divider = centre.getDividerPositions().length > 0 ? centre.getDividerPositions()[0] : 0.68;
        panels.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (panelsFolded && e.getY() <= headerHeight()) {
                foldPanels(false);
            }
        });
        panels.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (panelsFolded && was != null && showing()) {
                foldPanels(false);
            }
        });
        foldPanels(prefs.getBoolean(PANELS, false));
        panels.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> roomForSelectedPanel());
        centre.heightProperty().addListener((o, was, now) -> roomForSelectedPanel());
    }

    /** Panels that get their preferred height while they are shown (the simulation's table of steps). */
    public void giveRoomTo(Node panel) {
        roomy.add(panel);
        roomForSelectedPanel();
    }

    /**
     * A roomy panel gets its preferred height while it is selected, up to {@value #MOST} of the height; the divider
     * goes back where it was when another panel is picked.
     */
    private void roomForSelectedPanel() {
        double height = centre.getHeight();
        if (panelsFolded || centre.getOrientation() != Orientation.VERTICAL || height <= 0
                || centre.getDividerPositions().length == 0) {
            return;
        }
        javafx.scene.control.Tab tab = panels.getSelectionModel().getSelectedItem();
        double wanted = tab == null || !roomy.contains(tab.getContent()) ? 0
                : Math.min(MOST * height, tab.getContent().prefHeight(panels.getWidth()) + headerHeight());
        double position = centre.getDividerPositions()[0];
        if (wanted > (1 - position) * height + 1) {
            if (raisedFrom < 0) {
                raisedFrom = position;
            }
            centre.setDividerPositions(1 - wanted / height);
        } else if (raisedFrom >= 0 && wanted <= (1 - raisedFrom) * height) {
            centre.setDividerPositions(raisedFrom);
            raisedFrom = -1;
        }
    }

    public boolean inspectorPinned() {
        return inspectorPinned;
    }

    public boolean panelsFolded() {
        return panelsFolded;
    }

    public void pinInspector(boolean pin) {
        inspectorPinned = pin;
        prefs.putBoolean(INSPECTOR, pin);
        placeInspector.run();
    }

    public void foldPanels(boolean fold) {
        if (fold && !panelsFolded && centre.getDividerPositions().length > 0) {
            divider = centre.getDividerPositions()[0];
        }
        panelsFolded = fold;
        prefs.putBoolean(PANELS, fold);
        panels.setMaxHeight(fold ? headerHeight() : Double.MAX_VALUE);
        if (!fold && centre.getOrientation() == Orientation.VERTICAL) {
            centre.setDividerPositions(divider);
        }
    }

    /** Tabs added and selected while the window is built are not a request to see a panel. */
    private boolean showing() {
        return panels.getScene() != null && panels.getScene().getWindow() != null
                && panels.getScene().getWindow().isShowing();
    }

    private double headerHeight() {
        Node header = panels.lookup(".tab-header-area");
        return header == null || header.getBoundsInParent().getHeight() <= 0 ? HEADER
                : header.getBoundsInParent().getHeight() + 4;
    }
}
