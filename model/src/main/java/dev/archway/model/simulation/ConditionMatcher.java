package dev.archway.model.simulation;

import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.network.Cidr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One compiled listener-rule condition (doc §1.2): its values are ORed. Host, header and query values compare
 * case-insensitively, path and method case-sensitively; the path never includes the query string; source-ip
 * is the TCP peer, never {@code X-Forwarded-For}. Regex values use unanchored search (doc default).
 */
public abstract class ConditionMatcher {
    private final RuleCondition condition;

    ConditionMatcher(RuleCondition condition) {
        this.condition = condition;
    }

    public RuleCondition condition() {
        return condition;
    }

    public abstract boolean matches(SimRequest request);

    /** What the request had that this condition looked at, for a trace: {@code host-header is 'a.example.com'}. */
    public abstract String actual(SimRequest request);

    /** {@code host-header [api.example.com, *.api.example.com]}. */
    public String describe() {
        List<String> all = new ArrayList<>(condition.values());
        condition.queryValues().forEach(q -> all.add((q.key() == null ? "" : q.key() + "=") + q.value()));
        condition.regexValues().forEach(r -> all.add("regex " + r));
        String name = condition.field() == ConditionField.HTTP_HEADER ? "http-header " + condition.headerName()
                : condition.field().awsName();
        return name + " " + all;
    }

    public static ConditionMatcher compile(RuleCondition c, boolean hostPortIgnored) {
        switch (c.field()) {
            case HOST_HEADER:
                return new Host(c, hostPortIgnored);
            case PATH_PATTERN:
                return new Path(c);
            case HTTP_HEADER:
                return new Header(c);
            case HTTP_REQUEST_METHOD:
                return new Method(c);
            case QUERY_STRING:
                return new Query(c);
            case SOURCE_IP:
                return new SourceIp(c);
            default:
                throw new IllegalArgumentException("unknown condition " + c.field());
        }
    }

    static GlobMatcher[] globs(List<String> values, boolean ignoreCase) {
        return values.stream().map(v -> GlobMatcher.compile(v, ignoreCase, false)).toArray(GlobMatcher[]::new);
    }

    static Pattern[] regexes(List<String> values, boolean ignoreCase) {
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE : 0;
        return values.stream().map(v -> Pattern.compile(v, flags)).toArray(Pattern[]::new);
    }

    static boolean anyMatches(GlobMatcher[] globs, Pattern[] regexes, String value) {
        for (GlobMatcher g : globs) {
            if (g.matches(value)) {
                return true;
            }
        }
        for (Pattern p : regexes) {
            if (p.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }

    /** host-header: the first Host header, case-insensitive, {@code *.example.com} does not match the apex. */
    static final class Host extends ConditionMatcher {
        private final GlobMatcher[] globs;
        private final Pattern[] regexes;
        private final boolean portIgnored;

        Host(RuleCondition c, boolean portIgnored) {
            super(c);
            this.globs = globs(c.values(), true);
            this.regexes = regexes(c.regexValues(), true);
            this.portIgnored = portIgnored;
        }

        private String host(SimRequest r) {
            return portIgnored ? r.hostHeaderWithoutPort() : r.hostHeader();
        }

        @Override
        public boolean matches(SimRequest r) {
            return anyMatches(globs, regexes, host(r));
        }

        @Override
        public String actual(SimRequest r) {
            return "Host is '" + host(r) + "'";
        }
    }

    /** path-pattern: the path only, case-sensitive. */
    static final class Path extends ConditionMatcher {
        private final GlobMatcher[] globs;
        private final Pattern[] regexes;

        Path(RuleCondition c) {
            super(c);
            this.globs = globs(c.values(), false);
            this.regexes = regexes(c.regexValues(), false);
        }

        @Override
        public boolean matches(SimRequest r) {
            return anyMatches(globs, regexes, r.path());
        }

        @Override
        public String actual(SimRequest r) {
            return "path is '" + r.path() + "'";
        }
    }

    /** http-header: name and value case-insensitive, wildcards in values only. */
    static final class Header extends ConditionMatcher {
        private final String name;
        private final GlobMatcher[] globs;
        private final Pattern[] regexes;

        Header(RuleCondition c) {
            super(c);
            this.name = c.headerName() == null ? "" : c.headerName().toLowerCase(Locale.ROOT);
            this.globs = globs(c.values(), true);
            this.regexes = regexes(c.regexValues(), true);
        }

        @Override
        public boolean matches(SimRequest r) {
            String[] values = r.header(name);
            if (values == null) {
                return false;
            }
            for (String v : values) {
                if (anyMatches(globs, regexes, v)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String actual(SimRequest r) {
            String[] values = r.header(name);
            return values == null ? "no " + condition().headerName() + " header"
                    : condition().headerName() + " is " + Arrays.toString(values);
        }
    }

    /** http-request-method: exact, case-sensitive. */
    static final class Method extends ConditionMatcher {
        private final String[] methods;

        Method(RuleCondition c) {
            super(c);
            this.methods = c.values().toArray(String[]::new);
        }

        @Override
        public boolean matches(SimRequest r) {
            for (String m : methods) {
                if (m.equals(r.method())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String actual(SimRequest r) {
            return "method is " + r.method();
        }
    }

    /** query-string: any listed pair found; no key matches any key; {@code \*} and {@code \?} are literal. */
    static final class Query extends ConditionMatcher {
        private final GlobMatcher[] keys;
        private final GlobMatcher[] values;

        Query(RuleCondition c) {
            super(c);
            List<QueryPair> pairs = c.queryValues();
            this.keys = new GlobMatcher[pairs.size()];
            this.values = new GlobMatcher[pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                QueryPair p = pairs.get(i);
                keys[i] = p.key() == null ? null : GlobMatcher.compile(p.key(), true, true);
                values[i] = GlobMatcher.compile(p.value() == null ? "*" : p.value(), true, true);
            }
        }

        @Override
        public boolean matches(SimRequest r) {
            for (int i = 0; i < keys.length; i++) {
                for (int j = 0; j < r.queryPairCount(); j++) {
                    if ((keys[i] == null || keys[i].matches(r.queryKey(j))) && values[i].matches(r.queryValue(j))) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public String actual(SimRequest r) {
            return r.query().isEmpty() ? "no query string" : "query is '" + r.query() + "'";
        }
    }

    /** source-ip: the client address of the TCP connection against IPv4 CIDRs (IPv6 values never match IPv4). */
    static final class SourceIp extends ConditionMatcher {
        private final Cidr[] blocks;

        SourceIp(RuleCondition c) {
            super(c);
            this.blocks = c.values().stream().filter(v -> !v.contains(":")).map(Cidr::parse).toArray(Cidr[]::new);
        }

        @Override
        public boolean matches(SimRequest r) {
            for (Cidr b : blocks) {
                if (b.contains(r.sourceAddress())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String actual(SimRequest r) {
            return "source IP is " + r.sourceIp();
        }
    }
}
