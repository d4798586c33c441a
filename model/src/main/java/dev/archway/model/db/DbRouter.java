package dev.archway.model.db;

/**
 * One database router in {@code DATABASE_ROUTERS} order. {@code dbForRead}/{@code dbForWrite} are the alias the
 * router returns, or null for Django's {@code None} (fall through to the next router).
 * {@code allowRelation}: true, false or null (no opinion). {@code migrateAlias}: the only alias that migrations
 * run on, or null (no opinion).
 */
public record DbRouter(String className, String dbForRead, String dbForWrite, Boolean allowRelation,
        String migrateAlias) {
}
