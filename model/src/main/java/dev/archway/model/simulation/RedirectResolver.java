package dev.archway.model.simulation;

import dev.archway.model.lb.RedirectConfig;
import java.util.Locale;

/**
 * Resolves a redirect action into its Location (doc §1.4): {@code protocol://host:port/path?query}, each component
 * defaulting to the request's own ({@code #{protocol}}, {@code #{host}}, {@code #{port}}, {@code /#{path}},
 * {@code #{query}}). A keyword is replaced only where AWS allows it: {@code #{protocol}} in protocol and query,
 * {@code #{host}} in host, path and query, {@code #{port}} in port, path and query, {@code #{path}} in path and query,
 * {@code #{query}} in query only. {@code #{path}} has no leading slash; an empty query adds no {@code ?}.
 */
public final class RedirectResolver {
    private RedirectResolver() {
    }

    /** A resolved redirect: 301 or 302 and the Location header. */
    public record Redirect(int statusCode, String location) {
    }

    public static Redirect resolve(RedirectConfig config, SimRequest request) {
        String protocol = or(config.protocol(), "#{protocol}");
        String host = or(config.host(), "#{host}");
        String port = or(config.port(), "#{port}");
        String path = or(config.path(), "/#{path}");
        String query = or(config.query(), "#{query}");
        String scheme = protocol.replace("#{protocol}", requestProtocol(request)).toLowerCase(Locale.ROOT);
        String location = scheme + "://" + host.replace("#{host}", request.host()) + ":"
                + port.replace("#{port}", String.valueOf(request.port())) + inPath(path, request)
                + queryPart(inQuery(query, request));
        return new Redirect(statusCode(config.statusCode()), location);
    }

    private static String inPath(String path, SimRequest r) {
        return path.replace("#{host}", r.host()).replace("#{port}", String.valueOf(r.port()))
                .replace("#{path}", r.path().substring(1));
    }

    private static String inQuery(String query, SimRequest r) {
        return query.replace("#{protocol}", requestProtocol(r).toLowerCase(Locale.ROOT)).replace("#{host}", r.host())
                .replace("#{port}", String.valueOf(r.port())).replace("#{path}", r.path().substring(1))
                .replace("#{query}", r.query());
    }

    private static String queryPart(String query) {
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String requestProtocol(SimRequest r) {
        return r.protocol().name();
    }

    static int statusCode(String code) {
        return "HTTP_302".equals(code) ? 302 : 301;
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
