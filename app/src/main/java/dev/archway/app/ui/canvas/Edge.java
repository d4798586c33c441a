package dev.archway.app.ui.canvas;

/** A drawn relation between two elements. */
public record Edge(String from, String to, Type type) {
    /** What the line means; it decides colour and dash. */
    public enum Type {
        ALIAS, LISTENS, FORWARDS, TARGET, USES_DB, RUNS_ON, SG_REFERENCE, DB_MEMBER
    }
}
