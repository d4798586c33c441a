package dev.archway.model.lb;

/** A query-string condition value; a null {@code key} matches any key. */
public record QueryPair(String key, String value) {
}
