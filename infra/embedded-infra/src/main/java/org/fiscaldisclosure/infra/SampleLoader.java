package org.fiscaldisclosure.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Loads a sample disclosure through the producers' public REST APIs, exactly as a preparer would:
 * {@code sample/<unitCode>/<year>/<part>.json} is PUT to {@code /api/v1/<part>/<unitCode>/<year>} with a preparer's
 * token for that unit; the draft is read back with a reviewer's.
 */
public final class SampleLoader {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SampleLoader() {
    }

    /** Part name to the producer that owns it. */
    public static Map<String, Suite.Service> owners() {
        return Map.of("final-accounts", Suite.STATEMENTS, "procurement", Suite.PROCUREMENT,
                "performance", Suite.PERFORMANCE);
    }

    public static void load(Suite suite, Path sampleDir, String unitCode, int year) {
        String token = suite.tokens().preparer(unitCode);
        for (String part : List.of("final-accounts", "procurement", "performance")) {
            Path file = sampleDir.resolve(unitCode).resolve(String.valueOf(year)).resolve(part + ".json");
            String url = suite.baseUrl(owners().get(part)) + "/api/v1/" + part + "/" + unitCode + "/" + year;
            HttpResponse<String> response = put(url, read(file), token);
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                throw new IllegalStateException("PUT " + url + " answered " + response.statusCode() + ": " + response.body());
            }
        }
    }

    /** Waits until the disclosure-service holds all three parts of the disclosure. */
    public static String awaitComplete(Suite suite, String unitCode, int year, Duration timeout) {
        String url = suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/" + unitCode + "/" + year;
        Instant deadline = Instant.now().plus(timeout);
        String token = suite.tokens().reviewer();
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && r.body().contains("\"completeness\":\"COMPLETE\"")) {
                    return r.body();
                }
                Thread.sleep(250);
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("disclosure " + unitCode + "/" + year + " not complete after " + timeout + ": " + last);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("sample file " + file, e);
        }
    }

    private static HttpResponse<String> put(String url, String json, String token) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("PUT " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
