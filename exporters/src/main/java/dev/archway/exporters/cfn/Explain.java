package dev.archway.exporters.cfn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Short renderings of template values for the reasons {@code archway import --explain} gives: intrinsics in their
 * long names ({@code Fn::If [UseHttps, Ref Cert, Ref AWS::NoValue]}), long values cut.
 */
final class Explain {
    private static final int MAX = 100;

    private Explain() {
    }

    static String brief(Object value) {
        String s = render(value);
        return s.length() <= MAX ? s : s.substring(0, MAX - 3) + "...";
    }

    private static String render(Object value) {
        String fn = Cfn.intrinsicName(value);
        if (fn != null) {
            Object arg = Cfn.asMap(value).get(fn);
            if (fn.equals("Fn::GetAtt") && arg instanceof List<?> l) {
                return fn + " " + String.join(".", l.stream().map(String::valueOf).toList());
            }
            return fn + " " + render(arg);
        }
        if (value instanceof Intrinsics.ResourceRef r) {
            return r.attribute() == null ? "Ref " + r.logicalId() : "Fn::GetAtt " + r.logicalId() + "." + r.attribute();
        }
        if (value instanceof Intrinsics.External x) {
            return x.name();
        }
        if (value instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(k + ": " + render(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(Explain::render).toList()) + "]";
        }
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
