package dev.archway.exporters.cfn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites what a template tree refers to through {@code Ref}, {@code Fn::GetAtt} and the variables of
 * {@code Fn::Sub}; everything else is copied. Splitting into nested stacks turns references to another stack into
 * Parameters; importing nested stacks turns those Parameters back into references.
 */
final class ReferenceRewriter {
    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}!][^}]*)}");

    /** The replacements; each returns null to keep the reference as it is. */
    interface Rule {
        Object ref(String name);

        Object getAtt(String name, String attribute);

        /** The text that replaces {@code ${variable}} of a Sub ({@code Name} or {@code Name.Attribute}). */
        String subVariable(String variable);
    }

    private ReferenceRewriter() {
    }

    /** The names {@code value} refers to (resources, parameters, pseudo parameters), in order. */
    static List<String> namesIn(Object value) {
        List<String> out = new ArrayList<>();
        rewrite(value, new Rule() {
            @Override
            public Object ref(String name) {
                out.add(name);
                return null;
            }

            @Override
            public Object getAtt(String name, String attribute) {
                out.add(name);
                return null;
            }

            @Override
            public String subVariable(String variable) {
                int dot = variable.indexOf('.');
                out.add(dot < 0 || variable.startsWith("AWS::") ? variable : variable.substring(0, dot));
                return null;
            }
        });
        return out;
    }

    /** A rewritten deep copy of {@code value}. */
    static Object rewrite(Object value, Rule rule) {
        String fn = Cfn.intrinsicName(value);
        Object arg = fn == null ? null : Cfn.asMap(value).get(fn);
        if ("Ref".equals(fn) && arg instanceof String name) {
            Object replaced = rule.ref(name);
            return replaced != null ? replaced : Cfn.copy(value);
        }
        if ("Fn::GetAtt".equals(fn)) {
            return getAtt(value, arg, rule);
        }
        if ("Fn::Sub".equals(fn)) {
            return Map.of("Fn::Sub", sub(arg, rule));
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, rewrite(v, rule)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(rewrite(v, rule)));
            return out;
        }
        return value;
    }

    private static Object getAtt(Object value, Object arg, Rule rule) {
        try {
            List<Object> parts = Intrinsics.getAttParts(arg);
            if (parts.get(0) instanceof String name && parts.get(1) instanceof String attribute) {
                Object replaced = rule.getAtt(name, attribute);
                if (replaced != null) {
                    return replaced;
                }
            }
        } catch (Intrinsics.Unresolved malformed) {
            // left as written: the template checks report it
        }
        return Cfn.copy(value);
    }

    private static Object sub(Object arg, Rule rule) {
        if (arg instanceof String text) {
            return subText(text, Map.of(), rule);
        }
        if (arg instanceof List<?> l && l.size() == 2 && l.get(0) instanceof String text) {
            Map<String, Object> vars = Cfn.asMap(l.get(1)) == null ? Map.of() : Cfn.asMap(l.get(1));
            return new ArrayList<>(List.of(subText(text, vars, rule), rewrite(l.get(1), rule)));
        }
        return rewrite(arg, rule);
    }

    private static String subText(String text, Map<String, Object> vars, Rule rule) {
        Matcher m = SUB_VAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1).trim();
            String replaced = vars.containsKey(variable) ? null : rule.subVariable(variable);
            m.appendReplacement(out, Matcher.quoteReplacement(replaced == null ? m.group() : replaced));
        }
        m.appendTail(out);
        return out.toString();
    }
}
