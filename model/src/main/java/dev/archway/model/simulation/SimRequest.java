package dev.archway.model.simulation;

import dev.archway.model.lb.Protocol;
import dev.archway.model.network.Cidr;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as a client sends it, parsed once so that rule matching allocates nothing: host and header values are
 * lower-cased here (AWS compares them case-insensitively), path and method are kept as given (case-sensitive).
 * Written as {@code METHOD http(s)://host[:port]/path?query} or, for a Network Load Balancer,
 * {@code TCP|UDP|TLS host:port}.
 */
public final class SimRequest {
    /** Where a client without {@code --source-ip} comes from: a documentation address on the internet. */
    public static final String DEFAULT_CLIENT_IP = "203.0.113.200";

    private final String method;
    private final Protocol protocol;
    private final String host;
    private final int port;
    private final String path;
    private final String query;
    private final String hostHeader;
    private final String hostHeaderWithoutPort;
    private final String[] queryKeys;
    private final String[] queryValues;
    private final Map<String, String[]> headers;
    private final String sourceIp;
    private final long sourceAddress;
    private final boolean sourceIpGiven;
    private final Map<String, List<String>> rawHeaders;

    private SimRequest(String method, Protocol protocol, String host, int port, String path, String query,
            Map<String, List<String>> headerLists, String sourceIp) {
        this.method = method;
        this.protocol = protocol;
        this.host = host.toLowerCase(Locale.ROOT);
        this.port = port;
        this.path = path;
        this.query = query;
        this.rawHeaders = headerLists;
        this.headers = lowerCased(headerLists);
        String[] hostValues = headers.get("host");
        boolean defaultPort = (protocol == Protocol.HTTP && port == 80) || (protocol == Protocol.HTTPS && port == 443);
        this.hostHeader = hostValues != null ? hostValues[0] : defaultPort ? this.host : this.host + ":" + port;
        this.hostHeaderWithoutPort = stripPort(hostHeader);
        List<String[]> pairs = queryPairs(query);
        this.queryKeys = pairs.stream().map(p -> p[0]).toArray(String[]::new);
        this.queryValues = pairs.stream().map(p -> p[1]).toArray(String[]::new);
        this.sourceIpGiven = sourceIp != null;
        this.sourceIp = sourceIp == null ? DEFAULT_CLIENT_IP : sourceIp;
        this.sourceAddress = Cidr.parseAddress(this.sourceIp, this.sourceIp);
    }

    /**
     * Parses {@code "GET https://api.example.com/v1?x=1"} or {@code "TCP gw.example.com:7000"}; header lines are
     * {@code "Name: value"}. Throws {@link IllegalArgumentException} with a one-line message on bad input.
     */
    public static SimRequest parse(String requestLine, List<String> headerLines, String sourceIp) {
        if (requestLine == null || requestLine.isBlank()) {
            throw new IllegalArgumentException("--request is empty: write \"METHOD URL\" or \"TCP host:port\"");
        }
        if (sourceIp != null && !isIpv4(sourceIp)) {
            throw new IllegalArgumentException("--source-ip '" + sourceIp + "' is not an IPv4 address");
        }
        Map<String, List<String>> headers = parseHeaders(headerLines);
        String[] parts = requestLine.trim().split("\\s+");
        if (parts.length == 1 && parts[0].contains("://")) {
            return http("GET", parts[0], headers, sourceIp);
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("--request '" + requestLine
                    + "' is not \"METHOD URL\" nor \"TCP|UDP|TLS host:port\"");
        }
        String first = parts[0].toUpperCase(Locale.ROOT);
        if (!parts[1].contains("://") && (first.equals("TCP") || first.equals("UDP") || first.equals("TLS"))) {
            return layer4(Protocol.valueOf(first), parts[1], headers, sourceIp);
        }
        return http(parts[0], parts[1], headers, sourceIp);
    }

    public static SimRequest http(String method, String url, Map<String, List<String>> headers, String sourceIp) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("URL '" + url + "' is not valid: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("URL '" + url + "' must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("URL '" + url + "' has no host");
        }
        Protocol protocol = scheme.equals("https") ? Protocol.HTTPS : Protocol.HTTP;
        int port = uri.getPort() >= 0 ? uri.getPort() : protocol == Protocol.HTTPS ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        return new SimRequest(method, protocol, uri.getHost(), port, path, query, headers, sourceIp);
    }

    private static SimRequest layer4(Protocol protocol, String hostPort, Map<String, List<String>> headers,
            String sourceIp) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("'" + hostPort + "' needs a port: write host:port");
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + hostPort + "' has no numeric port");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
        return new SimRequest(null, protocol, hostPort.substring(0, colon), port, "/", "", headers, sourceIp);
    }

    private static Map<String, List<String>> parseHeaders(List<String> lines) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--header '" + line + "' is not \"Name: value\"");
            }
            headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return headers;
    }

    private static Map<String, String[]> lowerCased(Map<String, List<String>> headers) {
        Map<String, String[]> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            List<String> all = new ArrayList<>();
            if (out.containsKey(key)) {
                all.addAll(List.of(out.get(key)));
            }
            values.forEach(v -> all.add(v.toLowerCase(Locale.ROOT)));
            out.put(key, all.toArray(String[]::new));
        });
        return out;
    }

    private static List<String[]> queryPairs(String query) {
        List<String[]> pairs = new ArrayList<>();
        if (query.isEmpty()) {
            return pairs;
        }
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(new String[] {key.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT)});
        }
        return pairs;
    }

    static boolean isIpv4(String text) {
        try {
            Cidr.parseAddress(text, text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The same request from another client address, marked as not given by the user when {@code given} is false. */
    public SimRequest withDefaultSourceIp(String ip) {
        SimRequest copy = new SimRequest(method, protocol, host, port, path, query, rawHeaders, ip);
        return new SimRequest(copy, false);
    }

    private SimRequest(SimRequest other, boolean given) {
        this.method = other.method;
        this.protocol = other.protocol;
        this.host = other.host;
        this.port = other.port;
        this.path = other.path;
        this.query = other.query;
        this.hostHeader = other.hostHeader;
        this.hostHeaderWithoutPort = other.hostHeaderWithoutPort;
        this.queryKeys = other.queryKeys;
        this.queryValues = other.queryValues;
        this.headers = other.headers;
        this.rawHeaders = other.rawHeaders;
        this.sourceIp = other.sourceIp;
        this.sourceAddress = other.sourceAddress;
        this.sourceIpGiven = given;
    }

    /** The HTTP method, or null for a TCP/UDP/TLS connection. */
    public String method() {
        return method;
    }

    public Protocol protocol() {
        return protocol;
    }

    public boolean isHttp() {
        return protocol.isHttp();
    }

    /** The host name the client dialled, lower-cased, without port. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The URL path, never the query string (AWS path patterns never see it). */
    public String path() {
        return path;
    }

    /** The raw query string without {@code ?}; empty when there is none. */
    public String query() {
        return query;
    }

    /** The first Host header as received, lower-cased: {@code host[:port]}, the port only when not the default. */
    public String hostHeader() {
        return hostHeader;
    }

    /** {@link #hostHeader()} without any {@code :port} suffix. */
    public String hostHeaderWithoutPort() {
        return hostHeaderWithoutPort;
    }

    private static String stripPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** Values of a header (name lower-case), lower-cased; null when absent. */
    public String[] header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    public int queryPairCount() {
        return queryKeys.length;
    }

    public String queryKey(int i) {
        return queryKeys[i];
    }

    public String queryValue(int i) {
        return queryValues[i];
    }

    public String sourceIp() {
        return sourceIp;
    }

    public long sourceAddress() {
        return sourceAddress;
    }

    /** Did the user name the client's address, or is it {@link #DEFAULT_CLIENT_IP}? */
    public boolean sourceIpGiven() {
        return sourceIpGiven;
    }

    /** {@code GET https://host/path?query} or {@code TCP host:port}: how traces show the request. */
    public String describe() {
        if (method == null) {
            return protocol + " " + host + ":" + port;
        }
        String scheme = protocol == Protocol.HTTPS ? "https" : "http";
        boolean defaultPort = (protocol == Protocol.HTTP && port == 80) || (protocol == Protocol.HTTPS && port == 443);
        return method + " " + scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query);
    }
}
