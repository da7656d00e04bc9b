package org.fiscaldisclosure.e2e;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the hostile-input corpus, sent exactly as built: any method, raw bytes, headers, and optionally
 * without a Content-Length (chunked), so that the size limit is met both ways.
 */
record HostileRequest(String method, String url, Map<String, String> headers, byte[] body, boolean chunked) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String contentType, String body, String wwwAuthenticate) {
    }

    static HostileRequest of(String method, String url) {
        return new HostileRequest(method, url, new LinkedHashMap<>(), null, false);
    }

    HostileRequest header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (value == null) {
            h.remove(name);
        } else {
            h.put(name, value);
        }
        return new HostileRequest(method, url, h, body, chunked);
    }

    HostileRequest bearer(String token) {
        return header("Authorization", token == null ? null : "Bearer " + token);
    }

    HostileRequest body(String contentType, byte[] bytes) {
        return new HostileRequest(method, url, headers, bytes, chunked).header("Content-Type", contentType);
    }

    HostileRequest json(String text) {
        return body("application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    HostileRequest withoutLength() {
        return new HostileRequest(method, url, headers, body, true);
    }

    HostileRequest url(String other) {
        return new HostileRequest(method, other, headers, body, chunked);
    }

    Reply send() throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, publisher);
        headers.forEach(b::header);
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                r.headers().firstValue("WWW-Authenticate").orElse(null));
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : " body " + body.length + " bytes"
                + (body.length <= 160 ? ": " + new String(body, StandardCharsets.UTF_8) : "");
        return method + " " + url + " " + headers.keySet() + shown + (chunked ? " (chunked)" : "");
    }
}
