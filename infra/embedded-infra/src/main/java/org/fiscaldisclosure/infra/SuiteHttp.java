package org.fiscaldisclosure.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The JSON calls the loaders ({@link LargeDepartmentLoad}, {@link RegionLoad}) make to a running suite as its people
 * would, each with a role's bearer token: the answer's JSON, a {@link Conflict} for a 409 or 412, any other answer
 * but a 2xx an {@link IllegalStateException} naming the call and the answer.
 */
final class SuiteHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SuiteHttp() {
    }

    /** A 409 or 412 answer: the content changed since it was read. */
    static final class Conflict extends IllegalStateException {
        Conflict(String message) {
            super(message);
        }
    }

    static JsonNode send(String method, String url, String body, String token) {
        return send(method, url, body, token, null);
    }

    static JsonNode send(String method, String url, String body, String token, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(3))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 409 || r.statusCode() == 412) {
                throw new Conflict(method + " " + url + " answered " + r.statusCode() + ": " + r.body());
            }
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + url + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
