package dev.archway.model.lb;

import dev.archway.model.Lists;
import java.util.List;

/**
 * A listener rule's transform (doc §1.5): after the rule has routed the request, rewrite its Host header
 * ({@code host-header-rewrite}) or its URL ({@code url-rewrite}) by regex match and replace. A regex that does not
 * match leaves the request unchanged; one that matches but cannot be applied makes the ALB answer HTTP 500.
 */
public record RuleTransform(Type type, List<Rewrite> rewrites) {

    public RuleTransform {
        rewrites = Lists.copy(rewrites);
    }

    public static RuleTransform hostHeader(String regex, String replace) {
        return new RuleTransform(Type.HOST_HEADER_REWRITE, List.of(new Rewrite(regex, replace)));
    }

    public static RuleTransform url(String regex, String replace) {
        return new RuleTransform(Type.URL_REWRITE, List.of(new Rewrite(regex, replace)));
    }

    /** One regex and its replacement ({@code $1} and so on name capture groups). */
    public record Rewrite(String regex, String replace) {
    }

    public enum Type {
        HOST_HEADER_REWRITE("host-header-rewrite"), URL_REWRITE("url-rewrite");

        private final String cfnName;

        Type(String cfnName) {
            this.cfnName = cfnName;
        }

        /** The name CloudFormation and the ELB API use. */
        public String cfnName() {
            return cfnName;
        }

        public static Type fromCfn(String name) {
            for (Type t : values()) {
                if (t.cfnName.equals(name)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown transform type " + name);
        }
    }
}
