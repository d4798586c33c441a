package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.lb.RedirectConfig;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doc §1.4 redirect: components default to the request's own; keywords resolve only where AWS allows them. */
class RedirectResolverTest {

    private static String nullable(String s) {
        return s == null || s.equals("-") ? null : s;
    }

    @ParameterizedTest(name = "{7}")
    @CsvSource(delimiter = '|', value = {
        "HTTPS | #{host} | 443 | /#{path} | #{query} | HTTP_301 | 301 https://www.example.com:443/img/a.png?x=1 | §1.4 canonical HTTP to HTTPS",
        "- | - | - | - | - | HTTP_302 | 302 http://www.example.com:80/img/a.png?x=1 | §1.4 unset components keep their values",
        "#{protocol} | - | - | - | - | HTTP_301 | 301 http://www.example.com:80/img/a.png?x=1 | §1.4 #{protocol}",
        "- | new.#{host} | - | - | - | HTTP_301 | 301 http://new.www.example.com:80/img/a.png?x=1 | §1.4 #{host} in host",
        "- | - | 8080 | - | - | HTTP_301 | 301 http://www.example.com:8080/img/a.png?x=1 | §1.4 port",
        "- | - | #{port} | /p#{port} | - | HTTP_301 | 301 http://www.example.com:80/p80?x=1 | §1.4 #{port} in port and path",
        "- | - | - | /new/#{path} | - | HTTP_301 | 301 http://www.example.com:80/new/img/a.png?x=1 | §1.4 #{path} has no leading slash",
        "- | - | - | /#{host}/#{path} | - | HTTP_301 | 301 http://www.example.com:80/www.example.com/img/a.png?x=1 | §1.4 #{host} in path",
        "- | - | - | - | #{query}&from=#{host} | HTTP_301 | 301 http://www.example.com:80/img/a.png?x=1&from=www.example.com | §1.4 #{query} and #{host} in query",
        "- | - | - | - | p=#{protocol}&o=#{path}&q=#{port} | HTTP_301 | 301 http://www.example.com:80/img/a.png?p=http&o=img/a.png&q=80 | §1.4 #{protocol}, #{path}, #{port} in query",
        "- | - | - | /#{query} | - | HTTP_301 | 301 http://www.example.com:80/#{query}?x=1 | §1.4 #{query} is allowed in query only",
        "- | #{path} | - | - | - | HTTP_301 | 301 http://#{path}:80/img/a.png?x=1 | §1.4 #{path} is not allowed in host",
        "- | - | - | - | '' | HTTP_301 | 301 http://www.example.com:80/img/a.png | §1.4 an empty query adds no '?'",
    })
    void resolvesTheLocation(String protocol, String host, String port, String path, String query, String status,
            String expected, String doc) {
        RedirectConfig config = new RedirectConfig(nullable(protocol), nullable(host), nullable(port), nullable(path),
                query == null ? "" : nullable(query), status);
        SimRequest request = SimRequest.parse("GET http://www.example.com/img/a.png?x=1", List.of(), null);
        RedirectResolver.Redirect r = RedirectResolver.resolve(config, request);
        assertEquals(expected, r.statusCode() + " " + r.location());
    }
}
