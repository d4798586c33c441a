package dev.archway.app.ui.canvas;

import dev.archway.model.diagram.Relation;
import javafx.scene.paint.Color;

/** How each kind of relation is drawn: colour, dash and strength. */
final class EdgeStyle {
    private EdgeStyle() {
    }

    static Color colour(Relation.Kind kind, CanvasTheme theme) {
        return switch (kind) {
            case ALIAS, FORWARDS, LISTENS -> theme.vpcLine();
            case TARGET -> Color.web("#ED7100");
            case USES_DB, DB_MEMBER -> Color.web("#C925D1");
            case SG_REFERENCE -> Color.web("#DD344C");
            case CERTIFICATE -> Color.web("#1D8102");
            case ROUTE_TABLE -> theme.privateLine();
            default -> theme.edge();
        };
    }

    static double[] dashes(Relation.Kind kind) {
        return switch (kind) {
            case SG_REFERENCE, CERTIFICATE, ROUTE_TABLE -> new double[] {5, 4};
            case RUNS_ON -> new double[] {2, 4};
            default -> null;
        };
    }

    static double opacity(Relation.Kind kind) {
        return kind == Relation.Kind.LISTENS || kind == Relation.Kind.DB_MEMBER ? 0.45 : 0.85;
    }
}
