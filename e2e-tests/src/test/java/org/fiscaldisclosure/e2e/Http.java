package org.fiscaldisclosure.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A small JSON-over-HTTP client for the end-to-end tests. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The token every request carries (docs/security.md), or null for none. */
    static volatile String bearer;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    record Reply(int status, JsonNode body, String etag) {
    }

    static Reply get(String url) throws Exception {
        return send(request(url).GET().build());
    }

    static String text(String url) throws Exception {
        return CLIENT.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The bytes at {@code url} (a zip, a PDF), failing unless the answer is 200. */
    static byte[] bytes(String url) throws Exception {
        HttpResponse<byte[]> r = CLIENT.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new AssertionError(url + " answered " + r.statusCode() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return r.body();
    }

    static Reply post(String url) throws Exception {
        return send(request(url).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    static Reply postJson(String url, String json) throws Exception {
        return send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static Reply put(String url, String json) throws Exception {
        return send(request(url).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        String token = bearer;
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.body().isEmpty() ? null : JSON.readTree(r.body());
        return new Reply(r.statusCode(), body, r.headers().firstValue("ETag").orElse(null));
    }

    /** Polls until the JSON at {@code url} satisfies the condition; returns it, or fails after the timeout. */
    static JsonNode await(String url, Predicate<JsonNode> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            last = get(url);
            if (last.status() == 200 && condition.test(last.body())) {
                return last.body();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(url + " did not reach the expected state within " + timeout + "; last: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }
}
