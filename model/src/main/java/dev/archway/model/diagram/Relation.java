package dev.archway.model.diagram;

/** A relation the diagram draws as an edge from one element to another. */
public record Relation(String from, String to, Kind kind) {
    /** What the line means; it decides colour, dash and whether it is drawn by default. */
    public enum Kind {
        ALIAS, LISTENS, FORWARDS, TARGET, USES_DB, DB_MEMBER,
        /** The layers below are hidden until an end is selected or the layer is switched on (View > Layers). */
        RUNS_ON, SG_REFERENCE, CERTIFICATE, ROUTE_TABLE;

        /** Secondary relations clutter a diagram at any size: they are drawn on request only. */
        public boolean secondary() {
            return ordinal() >= RUNS_ON.ordinal();
        }
    }
}
