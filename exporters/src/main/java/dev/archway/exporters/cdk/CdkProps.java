package dev.archway.exporters.cdk;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered construct or struct properties; null values are left out, so optional design fields just disappear. */
final class CdkProps {
    private final Map<String, CdkExpr> values = new LinkedHashMap<>();

    static CdkProps of() {
        return new CdkProps();
    }

    CdkProps put(String name, CdkExpr value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    CdkProps lit(String name, Object value) {
        return value == null ? this : put(name, CdkExpr.lit(value));
    }

    Map<String, CdkExpr> map() {
        return values;
    }
}
