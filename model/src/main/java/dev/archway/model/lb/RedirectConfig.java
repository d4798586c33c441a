package dev.archway.model.lb;

/**
 * A redirect. A null component keeps the request's value (AWS defaults: {@code #{protocol}}, {@code #{host}},
 * {@code #{port}}, {@code /#{path}}, {@code #{query}}). {@code statusCode} is {@code HTTP_301} or {@code HTTP_302}.
 */
public record RedirectConfig(String protocol, String host, String port, String path, String query, String statusCode) {

    /** The canonical HTTP to HTTPS redirect. */
    public static RedirectConfig toHttps() {
        return new RedirectConfig("HTTPS", "#{host}", "443", "/#{path}", "#{query}", "HTTP_301");
    }
}
