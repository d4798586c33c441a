package dev.archway.model.command;

import dev.archway.model.Element;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites an element so that it no longer refers to elements that are going away, or says it must go with them.
 * Ids in lists are dropped (an SG leaves an instance's SG list); a list entry that points at a gone element is
 * dropped (an SG rule from a deleted SG, a route to a deleted NAT gateway, a target registration, a forward to a
 * deleted target group, and an action left with nothing to forward to). A single reference to a gone element takes
 * the element with it, except the few that AWS lets fall back to a default.
 */
final class ReferenceDropper {
    /** Single references with an AWS default when absent: the main route table, the default NACL, ... */
    private static final Set<String> OPTIONAL = Set.of("Subnet.routeTableId", "Subnet.networkAclId",
            "Certificate.hostedZoneId", "AuroraCluster.dbSubnetGroupId", "AuroraCluster.writerId");
    /** Lists an element is meaningless without: a rule or listener with no action left goes too. */
    private static final Set<String> REQUIRED = Set.of("ListenerRule.actions", "Listener.defaultActions");

    private final Set<String> gone;

    ReferenceDropper(Set<String> gone) {
        this.gone = gone;
    }

    /** The element without references to gone elements, or null when it cannot stay. */
    Element without(Element element) {
        return (Element) rebuilt((Record) element, true);
    }

    private Object rebuilt(Record r, boolean topLevel) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String field = r.getClass().getSimpleName() + "." + components[i].getName();
            Object before = valueOf(components[i], r);
            Object after = rewritten(before);
            if (after == null && before != null) {
                if (!topLevel || !OPTIONAL.contains(field)) {
                    return null;
                }
            }
            if (after instanceof List<?> list && list.isEmpty() && !((List<?>) before).isEmpty()
                    && (!topLevel || REQUIRED.contains(field))) {
                return null;
            }
            values[i] = after;
        }
        return construct(r.getClass(), types, values);
    }

    /** The value without gone references; null for a single reference to a gone element or a record that must go. */
    private Object rewritten(Object value) {
        if (value instanceof String s) {
            return gone.contains(s) ? null : s;
        }
        if (value instanceof List<?> list) {
            List<Object> kept = new ArrayList<>(list.size());
            for (Object item : list) {
                Object after = rewritten(item);
                if (after != null) {
                    kept.add(after);
                }
            }
            return kept.size() == list.size() && kept.equals(list) ? list : kept;
        }
        if (value instanceof Record nested) {
            return rebuilt(nested, false);
        }
        return value;
    }

    private static Object valueOf(RecordComponent component, Record r) {
        try {
            return component.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object construct(Class<?> type, Class<?>[] types, Object[] values) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
        }
    }
}
