package org.fiscaldisclosure.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The harness's HTTP client: JSON in and out, with the role's bearer token when one is configured. */
public final class Http {

    /** A status and body. */
    public record Reply(int status, String body, String etag) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Tokens tokens;

    public Http(Tokens tokens) {
        this.tokens = tokens;
    }

    public Reply get(String url, Tokens.Role role) {
        return send(builder(url, role).GET().build());
    }

    public Reply put(String url, String json, Tokens.Role role) {
        return send(builder(url, role).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply post(String url, String json, Tokens.Role role) {
        return send(builder(url, role).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The bytes of a GET, or null when it is not 2xx. */
    public byte[] bytes(String url, Tokens.Role role) {
        try {
            HttpResponse<byte[]> r = client.send(builder(url, role).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() / 100 == 2 ? r.body() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String url, Tokens.Role role) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        tokens.authorization(role).ifPresent(v -> b.header("Authorization", v));
        return b;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
