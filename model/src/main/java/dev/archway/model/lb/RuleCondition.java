package dev.archway.model.lb;

import dev.archway.model.Lists;
import java.util.List;

/**
 * One condition of a listener rule. Values are ORed; a rule's conditions are ANDed.
 * {@code values} serve every field but query-string, which uses {@code queryValues}; {@code headerName} is for
 * http-header only; {@code regexValues} are the regex form of host-header, path-pattern and http-header.
 */
public record RuleCondition(ConditionField field, String headerName, List<String> values, List<QueryPair> queryValues,
        List<String> regexValues) {

    public RuleCondition {
        values = Lists.copy(values);
        queryValues = Lists.copy(queryValues);
        regexValues = Lists.copy(regexValues);
    }

    public static RuleCondition of(ConditionField field, String... values) {
        return new RuleCondition(field, null, List.of(values), List.of(), List.of());
    }

    public static RuleCondition host(String... hosts) {
        return of(ConditionField.HOST_HEADER, hosts);
    }

    public static RuleCondition path(String... paths) {
        return of(ConditionField.PATH_PATTERN, paths);
    }

    public static RuleCondition header(String name, String... values) {
        return new RuleCondition(ConditionField.HTTP_HEADER, name, List.of(values), List.of(), List.of());
    }

    public static RuleCondition query(QueryPair... pairs) {
        return new RuleCondition(ConditionField.QUERY_STRING, null, List.of(), List.of(pairs), List.of());
    }
}
