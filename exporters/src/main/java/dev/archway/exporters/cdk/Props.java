package dev.archway.exporters.cdk;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered construct or struct properties; null values are left out, so optional design fields just disappear. */
final class Props {
    private final Map<String, CdkExpr> values = new LinkedHashMap<>();

    static Props of() {
        return new Props();
    }

    Props put(String name, CdkExpr value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    Props lit(String name, Object value) {
        return value == null ? this : put(name, CdkExpr.lit(value));
    }

    Map<String, CdkExpr> map() {
        return values;
    }
}
