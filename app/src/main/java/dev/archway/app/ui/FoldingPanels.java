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
