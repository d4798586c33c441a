package dev.archway.account;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * An HTTP client that answers the SDK from recorded responses in {@code recorded/}: {@code Action.xml} (or
 * {@code .json}), {@code Action-2.xml} for the page asked for with a marker or token, {@code Action.403.xml} for a
 * refusal. An action without a recording gets an empty answer. It keeps the list of actions asked, in order.
 */
final class RecordedHttpClient implements SdkHttpClient {
    private final List<String> asked = new ArrayList<>();

    List<String> asked() {
        return asked;
    }

    Builder<?> builder() {
        return new Recorded(this);
    }

    /** Hands the SDK this client, whatever defaults it asks for. */
    private record Recorded(RecordedHttpClient client) implements Builder<Recorded> {
        @Override
        public SdkHttpClient buildWithDefaults(AttributeMap defaults) {
            return client;
        }
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String body = request.contentStreamProvider().map(p -> read(p.newStream())).orElse("");
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse(null);
        boolean json = target != null;
        String action = json ? target.substring(target.indexOf('.') + 1) : queryAction(body, request);
        boolean nextPage = body.contains("Marker=") || body.contains("NextToken=") || body.contains("\"nextToken\"")
                || request.httpRequest().rawQueryParameters().containsKey("marker");
        asked.add(action + (nextPage ? "-2" : ""));
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return answer(action, nextPage, json);
            }

            @Override
            public void abort() {
            }
        };
    }

    private static String queryAction(String body, HttpExecuteRequest request) {
        for (String pair : body.split("&")) {
            if (pair.startsWith("Action=")) {
                return URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
            }
        }
        String path = request.httpRequest().encodedPath();
        return path.endsWith("/hostedzone") ? "ListHostedZones" : "ListResourceRecordSets";
    }

    private HttpExecuteResponse answer(String action, boolean nextPage, boolean json) {
        String ext = json ? ".json" : ".xml";
        int status = 200;
        String text = null;
        if (asked.stream().filter(action::equals).count() == 1) {
            text = resource(action + ".throttled" + ext);
            status = 400;
        }
        if (text == null) {
            status = 200;
            text = resource(action + (nextPage ? "-2" : "") + ext);
        }
        if (text == null) {
            text = resource(action + ".403" + ext);
            status = text == null ? 200 : 403;
        }
        if (text == null) {
            text = json ? "{}" : "<" + action + "Response><" + action + "Result/><IsTruncated>false</IsTruncated>"
                    + "<MaxItems>100</MaxItems></" + action + "Response>";
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SdkHttpResponse response = SdkHttpResponse.builder().statusCode(status)
                .putHeader("Content-Type", json ? "application/x-amz-json-1.1" : "text/xml")
                .putHeader("Content-Length", Integer.toString(bytes.length))
                .putHeader("x-amzn-RequestId", "recorded").build();
        return HttpExecuteResponse.builder().response(response)
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes))).build();
    }

    private static String resource(String name) {
        try (InputStream in = RecordedHttpClient.class.getResourceAsStream("recorded/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
    }
}
