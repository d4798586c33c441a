package dev.archway.model.db;

/**
 * A Django {@code DATABASES} alias: which cluster and which endpoint its HOST is. {@code endpoint} is
 * {@code cluster}, {@code reader}, {@code custom:NAME} or {@code instance:NAME}.
 */
public record DbAlias(String alias, String clusterId, String endpoint) {
}
